import { strings } from './index';

/**
 * Counted nouns, one form per plural category (`count()` in `../count.ts` picks it; `{n}` is the number).
 * Arabic follows CLDR's categories, the ones `Intl.PluralRules('ar')` gives: zero; one and two, where
 * the noun stands alone («سؤال واحد», «سؤالان»); few, 3–10 and 103–110, with the plural («3 أسئلة»);
 * many, 11–99 and 111–199, with the singular in the accusative («11 سؤالاً»); other, 100, 101, 102,
 * 200…, with the singular in the genitive («100 سؤال»). Things counted say 0 as «لا أسئلة», measures as
 * Intl does («0 كيلومتر»). The tanween is written on the alif, as the article writes «داعشياً». English
 * has only one and other (and zero, «no questions»); its table repeats `other` for the rest.
 */
export const counts = strings({
  ar: {
    question_zero: 'لا أسئلة',
    question_one: 'سؤال واحد',
    question_two: 'سؤالان',
    question_few: '{n} أسئلة',
    question_many: '{n} سؤالاً',
    question_other: '{n} سؤال',
    student_zero: 'لا طلاب',
    student_one: 'طالب واحد',
    student_two: 'طالبان',
    student_few: '{n} طلاب',
    student_many: '{n} طالباً',
    student_other: '{n} طالب',
    character_zero: 'لا أحرف',
    character_one: 'حرف واحد',
    character_two: 'حرفان',
    character_few: '{n} أحرف',
    character_many: '{n} حرفاً',
    character_other: '{n} حرف',
    minute_zero: '{n} دقيقة',
    minute_one: 'دقيقة واحدة',
    minute_two: 'دقيقتان',
    minute_few: '{n} دقائق',
    minute_many: '{n} دقيقة',
    minute_other: '{n} دقيقة',
    km_zero: '{n} كيلومتر',
    km_one: 'كيلومتر واحد',
    km_two: 'كيلومتران',
    km_few: '{n} كيلومترات',
    km_many: '{n} كيلومتراً',
    km_other: '{n} كيلومتر',
  },
  en: {
    question_zero: 'no questions',
    question_one: '1 question',
    question_two: '{n} questions',
    question_few: '{n} questions',
    question_many: '{n} questions',
    question_other: '{n} questions',
    student_zero: 'no students',
    student_one: '1 student',
    student_two: '{n} students',
    student_few: '{n} students',
    student_many: '{n} students',
    student_other: '{n} students',
    character_zero: 'no characters',
    character_one: '1 character',
    character_two: '{n} characters',
    character_few: '{n} characters',
    character_many: '{n} characters',
    character_other: '{n} characters',
    minute_zero: '{n} min',
    minute_one: '1 min',
    minute_two: '{n} min',
    minute_few: '{n} min',
    minute_many: '{n} min',
    minute_other: '{n} min',
    km_zero: '{n} km',
    km_one: '1 km',
    km_two: '{n} km',
    km_few: '{n} km',
    km_many: '{n} km',
    km_other: '{n} km',
  },
});

/** The nouns `count()` can count. */
export type Noun = 'question' | 'student' | 'character' | 'minute' | 'km';
