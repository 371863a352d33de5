import type { Lang } from '$lib/i18n/lang';
import type { FORMS, POS, ROOTLESS, Word } from './schema';

/**
 * A word's grammar in plain words, from the data's fields: "form II verb, present (indicative), he" /
 * «فعل مضارع مرفوع، الوزن: فَعَّلَ، هو». Arabic uses the terms of Arabic grammar (اسم، فعل ماضٍ، مصدر،
 * اسم فاعل، حرف جر، مرفوع …), not translations of the English ones. Every value the schema allows has
 * its words in both languages (the tables are typed by the schema's lists, and tested).
 */

type Pos = (typeof POS)[number];
type Form = (typeof FORMS)[number];
type Rootless = (typeof ROOTLESS)[number];
type Verb = NonNullable<Word['verb']>;
type Noun = NonNullable<Word['noun']>;
type Table<K extends string> = Record<K, Record<Lang, string>>;

export const POS_LABEL: Table<Pos> = {
  noun: { en: 'noun', ar: 'اسم' },
  adj: { en: 'adjective', ar: 'صفة' },
  masdar: { en: 'verbal noun (masdar)', ar: 'مصدر' },
  'act-part': { en: 'active participle', ar: 'اسم فاعل' },
  'pass-part': { en: 'passive participle', ar: 'اسم مفعول' },
  verb: { en: 'verb', ar: 'فعل' },
  name: { en: 'proper name', ar: 'اسم علم' },
  prep: { en: 'preposition', ar: 'حرف جر' },
  conj: { en: 'conjunction', ar: 'أداة ربط' },
  particle: { en: 'particle', ar: 'حرف' },
  pron: { en: 'pronoun', ar: 'اسم مبني' },
  num: { en: 'number', ar: 'اسم عدد' },
  adv: { en: 'adverb', ar: 'ظرف أو ما في معناه' },
};

// Closed classes the schema lumps together, named as Arabic grammar names them, by lemma.
const BY_LEMMA: Record<string, Record<Lang, string>> = {
  // conjunctions (حروف العطف) among the linking words
  وَ: { en: 'conjunction', ar: 'حرف عطف' },
  فَ: { en: 'conjunction', ar: 'حرف عطف' },
  أَوْ: { en: 'conjunction', ar: 'حرف عطف' },
  ثُمَّ: { en: 'conjunction', ar: 'حرف عطف' },
  // particles
  إِنَّ: { en: 'particle of emphasis', ar: 'حرف توكيد ونصب' },
  أَنَّ: { en: 'particle of emphasis ("that")', ar: 'حرف توكيد ونصب' },
  لٰكِنَّ: { en: 'particle ("but")', ar: 'حرف استدراك ونصب' },
  أَنْ: { en: 'particle ("that", + subjunctive)', ar: 'حرف مصدري ونصب' },
  لَا: { en: 'particle of negation', ar: 'حرف نفي' },
  لَمْ: { en: 'particle of negation', ar: 'حرف نفي وجزم' },
  لَنْ: { en: 'particle of negation', ar: 'حرف نفي ونصب' },
  إِلَّا: { en: 'particle of exception', ar: 'أداة استثناء' },
  // pronouns: personal, demonstrative, relative
  هُوَ: { en: 'personal pronoun', ar: 'ضمير منفصل' },
  هِيَ: { en: 'personal pronoun', ar: 'ضمير منفصل' },
  هُمْ: { en: 'personal pronoun', ar: 'ضمير منفصل' },
  نَحْنُ: { en: 'personal pronoun', ar: 'ضمير منفصل' },
  أَنَا: { en: 'personal pronoun', ar: 'ضمير منفصل' },
  هٰذَا: { en: 'demonstrative', ar: 'اسم إشارة' },
  هٰذِهِ: { en: 'demonstrative', ar: 'اسم إشارة' },
  ذٰلِكَ: { en: 'demonstrative', ar: 'اسم إشارة' },
  تِلْكَ: { en: 'demonstrative', ar: 'اسم إشارة' },
  هٰؤُلَاءِ: { en: 'demonstrative', ar: 'اسم إشارة' },
  الَّذِي: { en: 'relative pronoun', ar: 'اسم موصول' },
  الَّتِي: { en: 'relative pronoun', ar: 'اسم موصول' },
  الَّذِينَ: { en: 'relative pronoun', ar: 'اسم موصول' },
  // adverbs of time and place (ظروف)
  أَمْس: { en: 'adverb of time', ar: 'ظرف زمان' },
  غَدَاة: { en: 'adverb of time', ar: 'ظرف زمان' },
  يَوْم: { en: 'adverb of time', ar: 'ظرف زمان' },
  بَعْد: { en: 'adverb of time', ar: 'ظرف زمان' },
  بَعْدَ: { en: 'adverb of time', ar: 'ظرف زمان' },
  خِلَال: { en: 'adverb of time', ar: 'ظرف زمان' },
  خَلْف: { en: 'adverb of place', ar: 'ظرف مكان' },
  وَرَاء: { en: 'adverb of place', ar: 'ظرف مكان' },
  حَوْل: { en: 'adverb of place', ar: 'ظرف مكان' },
  حَيْثُ: { en: 'adverb of place', ar: 'ظرف مكان' },
};

export const TENSE_LABEL: Table<Verb['tense']> = {
  perfect: { en: 'past', ar: 'فعل ماضٍ' },
  imperfect: { en: 'present', ar: 'فعل مضارع' },
  imperative: { en: 'imperative', ar: 'فعل أمر' },
};

export const MOOD_LABEL: Table<NonNullable<Verb['mood']>> = {
  indicative: { en: 'indicative', ar: 'مرفوع' },
  subjunctive: { en: 'subjunctive', ar: 'منصوب' },
  jussive: { en: 'jussive', ar: 'مجزوم' },
};

export const VOICE_LABEL: Table<Verb['voice']> = {
  active: { en: 'active', ar: 'مبني للمعلوم' },
  passive: { en: 'passive', ar: 'مبني للمجهول' },
};

/** Every person the schema's pattern allows (1s 1p, then 2 and 3 with ms fs md fd mp fp d). */
export const PERSON_LABEL: Record<string, Record<Lang, string>> = {
  '1s': { en: 'I', ar: 'أنا' },
  '1p': { en: 'we', ar: 'نحن' },
  '2ms': { en: 'you (m.)', ar: 'أنتَ' },
  '2fs': { en: 'you (f.)', ar: 'أنتِ' },
  '2md': { en: 'you two (m.)', ar: 'أنتما (للمذكر)' },
  '2fd': { en: 'you two (f.)', ar: 'أنتما (للمؤنث)' },
  '2d': { en: 'you two', ar: 'أنتما' },
  '2mp': { en: 'you (m. pl.)', ar: 'أنتم' },
  '2fp': { en: 'you (f. pl.)', ar: 'أنتنّ' },
  '3ms': { en: 'he', ar: 'هو' },
  '3fs': { en: 'she', ar: 'هي' },
  '3md': { en: 'they two (m.)', ar: 'هما (للمذكر)' },
  '3fd': { en: 'they two (f.)', ar: 'هما (للمؤنث)' },
  '3d': { en: 'they two', ar: 'هما' },
  '3mp': { en: 'they (m.)', ar: 'هم' },
  '3fp': { en: 'they (f.)', ar: 'هنّ' },
};

export const NUMBER_LABEL: Table<Noun['number']> = {
  sg: { en: 'singular', ar: 'مفرد' },
  du: { en: 'dual', ar: 'مثنى' },
  pl: { en: 'plural', ar: 'جمع' },
};
export const GENDER_LABEL: Table<Noun['gender']> = {
  m: { en: 'masculine', ar: 'مذكر' },
  f: { en: 'feminine', ar: 'مؤنث' },
};
export const STATE_LABEL: Table<Noun['state']> = {
  definite: { en: 'definite', ar: 'معرفة' },
  indefinite: { en: 'indefinite', ar: 'نكرة' },
  construct: { en: 'construct (iḍāfa)', ar: 'مضاف' },
};
export const CASE_LABEL: Table<NonNullable<Noun['case']>> = {
  nom: { en: 'nominative', ar: 'مرفوع' },
  acc: { en: 'accusative', ar: 'منصوب' },
  gen: { en: 'genitive', ar: 'مجرور' },
};

/** The measure (وزن) of each verb form, as Arabic grammar names it. Form I's is worked out per verb. */
export const FORM_PATTERN: Record<Exclude<Form, 'Q'>, string> = {
  I: 'فَعَلَ',
  II: 'فَعَّلَ',
  III: 'فَاعَلَ',
  IV: 'أَفْعَلَ',
  V: 'تَفَعَّلَ',
  VI: 'تَفَاعَلَ',
  VII: 'انْفَعَلَ',
  VIII: 'افْتَعَلَ',
  IX: 'افْعَلَّ',
  X: 'اسْتَفْعَلَ',
};

export const ROOTLESS_LABEL: Table<Rootless> = {
  name: { en: 'Names', ar: 'أسماء أعلام' },
  loan: { en: 'Loanwords', ar: 'كلمات دخيلة' },
  particle: { en: 'Particles and pronouns', ar: 'حروف وأسماء مبنية' },
  number: { en: 'Numbers', ar: 'أعداد' },
  abbrev: { en: 'Abbreviations', ar: 'اختصارات' },
};

const SEP: Record<Lang, string> = { en: ', ', ar: '، ' };

/**
 * The measure of a verb of this form, given the verb (3ms perfect, vowelled). Form I has three
 * (فَعَلَ، فَعِلَ، فَعُلَ), told by the vowel of the second letter (حَظِيَ → فَعِلَ); a hollow or doubled
 * verb (قَالَ، تَمَّ) is listed as فَعَلَ. Quadriliterals: فَعْلَلَ, or تَفَعْلَلَ with a تَ before the root.
 */
export function formPattern(form: Form, verb?: string, root?: string | null): string {
  if (form === 'Q') {
    // تَفَعْلَلَ has a تَ before the four radicals (تَرْجَمَ is فَعْلَلَ: its ت is the root's).
    const letters = verb?.replace(/[\u064B-\u0652\u0670]/g, '') ?? '';
    const prefixed = !!root && letters.length > root.length && letters[0] === 'ت' && root[0] !== 'ت';
    return prefixed ? 'تَفَعْلَلَ' : 'فَعْلَلَ';
  }
  if (form !== 'I' || !verb) return FORM_PATTERN[form];
  const second = /^[\u0621-\u064A][\u064B-\u0652]*([\u0621-\u064A])([\u064B-\u0652]*)/.exec(verb);
  const marks = second?.[2] ?? '';
  if (marks.includes('\u0650')) return 'فَعِلَ';
  if (marks.includes('\u064F')) return 'فَعُلَ';
  return 'فَعَلَ';
}

/** A verb form in words: "form II" / «الوزن: فَعَّلَ». A Q word on a three-letter root is a quadriliteral
 * by an added letter (سَيْطَرَ, تَمَرْكَزَ): Arabic grammar calls it ملحق بالرباعي. */
function formWords(word: Word, verb: string | undefined, lang: Lang): string | undefined {
  if (!word.form) return undefined;
  if (word.form === 'Q' && word.root && word.root.length === 3)
    return lang === 'en' ? 'quadriliteral pattern' : 'ملحق بالرباعي';
  if (lang === 'en') return word.form === 'Q' ? 'quadriliteral' : `form ${word.form}`;
  return `الوزن: ${formPattern(word.form, verb, word.root)}`;
}

/** What a word is, in a word or two: `verb`, `relative pronoun`, «حرف جر», «اسم إشارة». */
export function posLabel(word: Pick<Word, 'pos' | 'lemma' | 'root'>, lang: Lang): string {
  // A preposition with a root is a noun doing a preposition's work (حَوْلَ، ضِدَّ، وَفْقَ، جَرَّاءَ).
  if (word.pos === 'prep' && word.root) return lang === 'en' ? 'preposition (a noun)' : 'اسم بمعنى حرف الجر';
  if (['conj', 'particle', 'pron', 'adv'].includes(word.pos)) {
    const named = BY_LEMMA[word.lemma];
    if (named) return named[lang];
  }
  return POS_LABEL[word.pos][lang];
}

function nounWords(noun: Noun, lang: Lang): string[] {
  const parts = [
    NUMBER_LABEL[noun.number][lang],
    GENDER_LABEL[noun.gender][lang],
    STATE_LABEL[noun.state][lang],
  ];
  if (noun.case) parts.push(CASE_LABEL[noun.case][lang]);
  return parts;
}

/**
 * A word's grammar in plain words in one language: "form II verb, present (indicative), he",
 * «فعل مضارع مرفوع، الوزن: فَعَّلَ، هو», "form IV verbal noun (masdar), of أَفَادَ, singular, …".
 */
export function describeWord(word: Word, lang: Lang): string {
  const parts: string[] = [];
  if (word.verb) {
    const v = word.verb;
    const form = formWords(word, word.lemma, lang);
    if (lang === 'en') {
      parts.push(form ? `${form} verb` : 'verb');
      parts.push(v.mood ? `${TENSE_LABEL[v.tense].en} (${MOOD_LABEL[v.mood].en})` : TENSE_LABEL[v.tense].en);
    } else {
      parts.push(v.mood ? `${TENSE_LABEL[v.tense].ar} ${MOOD_LABEL[v.mood].ar}` : TENSE_LABEL[v.tense].ar);
      if (form) parts.push(form);
    }
    if (v.voice === 'passive') parts.push(VOICE_LABEL.passive[lang]);
    parts.push(PERSON_LABEL[v.person]?.[lang] ?? v.person);
    return parts.join(SEP[lang]);
  }
  const label = posLabel(word, lang);
  const derived = word.pos === 'masdar' || word.pos === 'act-part' || word.pos === 'pass-part';
  const form = derived ? formWords(word, word.from, lang) : undefined;
  if (lang === 'en') {
    parts.push(form ? `${form} ${label}` : label);
    if (derived && word.from) parts.push(`of ${word.from}`);
  } else {
    parts.push(label);
    // «من الفعل أَفَادَ (الوزن: أَفْعَلَ)»: the measure is the verb's, not the masdar's own.
    if (derived && word.from) parts.push(form ? `من الفعل ${word.from} (${form})` : `من الفعل ${word.from}`);
    else if (form) parts.push(form);
  }
  if (word.noun) parts.push(...nounWords(word.noun, lang));
  return parts.join(SEP[lang]);
}

/** A root written with spaces between its radicals, as dictionaries and teachers write it: «ف ي د». */
export function spacedRoot(root: string): string {
  return [...root].join(' ');
}

/** Why words have no root, as a heading: "Names", «أسماء أعلام». */
export function rootlessLabel(kind: Rootless, lang: Lang): string {
  return ROOTLESS_LABEL[kind][lang];
}
