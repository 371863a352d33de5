import { describe, expect, it } from 'vitest';
import { articleWords } from './all';
import {
  CASE_LABEL,
  FORM_PATTERN,
  GENDER_LABEL,
  MOOD_LABEL,
  NUMBER_LABEL,
  PERSON_LABEL,
  POS_LABEL,
  ROOTLESS_LABEL,
  STATE_LABEL,
  TENSE_LABEL,
  VOICE_LABEL,
  describeWord,
  formPattern,
  posLabel,
  rootlessLabel,
  spacedRoot,
} from './describe';
import { FORMS, POS, ROOTLESS, type Word } from './schema';

// The class lists the marks themselves, on purpose.
// eslint-disable-next-line no-misleading-character-class
const ARABIC = /^[\u0621-\u064A\u064B-\u0652\u0670 ()،:]+$/;
const LATIN = /^[\x20-\x7E\u0100-\u017F\u02BE\u02BF\u1E00-\u1EFF’]+$/;

const verb = (extra: Partial<Word> & { verb: Word['verb'] }): Word => ({
  w: 'يصوت',
  v: 'يُصَوِّتُ',
  tr: 'yuṣawwitu',
  seg: [{ t: 'يصوت', g: 'votes' }],
  lemma: 'صَوَّتَ',
  root: 'صوت',
  pos: 'verb',
  form: 'II',
  gloss: { en: 'votes', ar: 'يصوت' },
  ...extra,
});

describe('the grammar tables', () => {
  // Every value the schema allows has its words in both languages, Arabic in Arabic letters.
  const tables: [string, Record<string, Record<'ar' | 'en', string>>, readonly string[]][] = [
    ['POS_LABEL', POS_LABEL, POS],
    ['ROOTLESS_LABEL', ROOTLESS_LABEL, ROOTLESS],
    ['TENSE_LABEL', TENSE_LABEL, ['perfect', 'imperfect', 'imperative']],
    ['MOOD_LABEL', MOOD_LABEL, ['indicative', 'subjunctive', 'jussive']],
    ['VOICE_LABEL', VOICE_LABEL, ['active', 'passive']],
    ['NUMBER_LABEL', NUMBER_LABEL, ['sg', 'du', 'pl']],
    ['GENDER_LABEL', GENDER_LABEL, ['m', 'f']],
    ['STATE_LABEL', STATE_LABEL, ['definite', 'indefinite', 'construct']],
    ['CASE_LABEL', CASE_LABEL, ['nom', 'acc', 'gen']],
    [
      'PERSON_LABEL',
      PERSON_LABEL,
      ['1s', '1p', ...['2', '3'].flatMap((p) => ['ms', 'fs', 'md', 'fd', 'mp', 'fp', 'd'].map((x) => p + x))],
    ],
  ];
  it.each(tables)('%s names every value, in English and in Arabic', (_, table, values) => {
    expect(Object.keys(table).sort()).toEqual([...values].sort());
    for (const k of values) {
      expect(table[k].en, k).toMatch(LATIN);
      expect(table[k].ar, k).toMatch(ARABIC);
    }
  });

  it.each([
    ['noun', 'اسم'],
    ['masdar', 'مصدر'],
    ['act-part', 'اسم فاعل'],
    ['pass-part', 'اسم مفعول'],
    ['verb', 'فعل'],
    ['name', 'اسم علم'],
    ['prep', 'حرف جر'],
  ] as const)('calls a %s «%s»', (pos, ar) => expect(POS_LABEL[pos].ar).toBe(ar));

  it.each([
    ['perfect', 'فعل ماضٍ', 'past'],
    ['imperfect', 'فعل مضارع', 'present'],
    ['imperative', 'فعل أمر', 'imperative'],
  ] as const)('calls the %s «%s» / %s', (tense, ar, en) => expect(TENSE_LABEL[tense]).toEqual({ ar, en }));

  it.each([
    ['I', 'فَعَلَ'],
    ['II', 'فَعَّلَ'],
    ['III', 'فَاعَلَ'],
    ['IV', 'أَفْعَلَ'],
    ['V', 'تَفَعَّلَ'],
    ['VI', 'تَفَاعَلَ'],
    ['VII', 'انْفَعَلَ'],
    ['VIII', 'افْتَعَلَ'],
    ['IX', 'افْعَلَّ'],
    ['X', 'اسْتَفْعَلَ'],
  ] as const)('gives form %s the measure %s', (form, pattern) => {
    expect(FORM_PATTERN[form]).toBe(pattern);
    expect(formPattern(form)).toBe(pattern);
  });

  it('has a measure for every form the schema allows', () => {
    for (const f of FORMS) expect(formPattern(f)).toMatch(ARABIC);
  });
});

describe('formPattern(form, verb)', () => {
  it.each([
    ['I', 'قَتَلَ', 'فَعَلَ'],
    ['I', 'حَظِيَ', 'فَعِلَ'],
    ['I', 'كَبُرَ', 'فَعُلَ'],
    ['I', 'قَالَ', 'فَعَلَ'],
    ['I', 'تَمَّ', 'فَعَلَ'],
    ['II', 'صَوَّتَ', 'فَعَّلَ', 'صوت'],
    ['Q', 'تَرْجَمَ', 'فَعْلَلَ', 'ترجم'],
    ['Q', 'تَزَلْزَلَ', 'تَفَعْلَلَ', 'زلزل'],
  ] as const)('%s %s → %s', (form, v, pattern, root?: string) =>
    expect(formPattern(form, v, root)).toBe(pattern),
  );
});

describe('describeWord(word, lang)', () => {
  it.each([
    [
      verb({ verb: { tense: 'imperfect', mood: 'indicative', voice: 'active', person: '3ms' } }),
      'form II verb, present (indicative), he',
      'فعل مضارع مرفوع، الوزن: فَعَّلَ، هو',
    ],
    [
      verb({
        form: 'IV',
        lemma: 'أَفَادَ',
        root: 'فيد',
        verb: { tense: 'perfect', voice: 'active', person: '3ms' },
      }),
      'form IV verb, past, he',
      'فعل ماضٍ، الوزن: أَفْعَلَ، هو',
    ],
    [
      verb({
        form: 'I',
        lemma: 'قَتَلَ',
        root: 'قتل',
        verb: { tense: 'perfect', voice: 'passive', person: '3ms' },
      }),
      'form I verb, past, passive, he',
      'فعل ماضٍ، الوزن: فَعَلَ، مبني للمجهول، هو',
    ],
    [
      verb({
        form: 'Q',
        lemma: 'سَيْطَرَ',
        root: 'سطر',
        verb: { tense: 'imperfect', mood: 'subjunctive', voice: 'active', person: '3fs' },
      }),
      'quadriliteral pattern verb, present (subjunctive), she',
      'فعل مضارع منصوب، ملحق بالرباعي، هي',
    ],
    [
      verb({ form: undefined, lemma: 'كَانَ', verb: { tense: 'imperative', voice: 'active', person: '2mp' } }),
      'verb, imperative, you (m. pl.)',
      'فعل أمر، أنتم',
    ],
    [
      {
        ...verb({ verb: undefined }),
        pos: 'masdar',
        form: 'IV',
        lemma: 'إِفَادَة',
        root: 'فيد',
        from: 'أَفَادَ',
        noun: { number: 'sg', gender: 'f', state: 'construct', case: 'gen' },
      } satisfies Word,
      'form IV verbal noun (masdar), of أَفَادَ, singular, feminine, construct (iḍāfa), genitive',
      'مصدر، من الفعل أَفَادَ (الوزن: أَفْعَلَ)، مفرد، مؤنث، مضاف، مجرور',
    ],
    [
      {
        ...verb({ verb: undefined }),
        pos: 'act-part',
        form: 'V',
        lemma: 'مُتَوَرِّط',
        root: 'ورط',
        from: 'تَوَرَّطَ',
        noun: { number: 'pl', gender: 'f', state: 'indefinite' },
      } satisfies Word,
      'form V active participle, of تَوَرَّطَ, plural, feminine, indefinite',
      'اسم فاعل، من الفعل تَوَرَّطَ (الوزن: تَفَعَّلَ)، جمع، مؤنث، نكرة',
    ],
    [
      {
        ...verb({ verb: undefined, form: undefined }),
        pos: 'noun',
        lemma: 'مَدِينَة',
        root: 'مدن',
        noun: { number: 'du', gender: 'm', state: 'definite', case: 'nom' },
      } satisfies Word,
      'noun, dual, masculine, definite, nominative',
      'اسم، مثنى، مذكر، معرفة، مرفوع',
    ],
    [
      {
        ...verb({ verb: undefined, form: undefined }),
        pos: 'name',
        lemma: 'كِيرِي',
        root: null,
        rootless: 'name',
      } satisfies Word,
      'proper name',
      'اسم علم',
    ],
  ] as [Word, string, string][])('%#: %s / %s', (word, en, ar) => {
    expect(describeWord(word, 'en')).toBe(en);
    expect(describeWord(word, 'ar')).toBe(ar);
  });

  it('describes every word of the article in both languages, with no value left unnamed', () => {
    for (const p of articleWords().all) {
      const en = describeWord(p.word, 'en');
      const ar = describeWord(p.word, 'ar');
      // English words, and the Arabic verb a masdar or participle comes from
      expect(en.replace(/ [\u0621-\u0670]+/g, ''), p.word.w).toMatch(LATIN);
      expect(ar, p.word.w).toMatch(ARABIC);
      expect(en).not.toMatch(/undefined/);
    }
  });
});

describe('posLabel(word, lang) on the article', () => {
  // The lemma tables are written as the data writes lemmas (a shadda before its vowel), so they match.
  it.each([
    ['أَنَّ', 'حرف توكيد ونصب'],
    ['إِنَّ', 'حرف توكيد ونصب'],
    ['لٰكِنَّ', 'حرف استدراك ونصب'],
    ['الَّذِي', 'اسم موصول'],
    ['إِلَّا', 'أداة استثناء'],
    ['وَ', 'حرف عطف'],
  ])('names the article’s %s «%s»', (lemma, ar) => {
    const found = articleWords().all.filter((p) => p.word.lemma === lemma);
    expect(found.length, lemma).toBeGreaterThan(0);
    for (const p of found) expect(posLabel(p.word, 'ar')).toBe(ar);
  });
});

describe('posLabel(word, lang)', () => {
  const w = (pos: Word['pos'], lemma: string, root: string | null = null) => ({ pos, lemma, root });
  it.each([
    [w('conj', 'وَ'), 'conjunction', 'حرف عطف'],
    [w('conj', 'إِذْ'), 'conjunction', 'أداة ربط'],
    [w('particle', 'أَنَّ'), 'particle of emphasis ("that")', 'حرف توكيد ونصب'],
    [w('particle', 'لَا'), 'particle of negation', 'حرف نفي'],
    [w('particle', 'قَدْ'), 'particle', 'حرف'],
    [w('pron', 'هٰذَا'), 'demonstrative', 'اسم إشارة'],
    [w('pron', 'الَّذِي'), 'relative pronoun', 'اسم موصول'],
    [w('pron', 'هُوَ'), 'personal pronoun', 'ضمير منفصل'],
    [w('pron', 'مَا'), 'pronoun', 'اسم مبني'],
    [w('prep', 'فِي'), 'preposition', 'حرف جر'],
    [w('prep', 'حَوْل', 'حول'), 'preposition (a noun)', 'اسم بمعنى حرف الجر'],
    [w('adv', 'أَمْس', 'مسو'), 'adverb of time', 'ظرف زمان'],
    [w('adv', 'وَرَاء', 'وري'), 'adverb of place', 'ظرف مكان'],
    [w('adv', 'فِعْل', 'فعل'), 'adverb', 'ظرف أو ما في معناه'],
    [w('noun', 'هٰذَا'), 'noun', 'اسم'],
  ] as const)('%j → %s / %s', (word, en, ar) => {
    expect(posLabel(word, 'en')).toBe(en);
    expect(posLabel(word, 'ar')).toBe(ar);
  });
});

describe('spacedRoot(root) and rootlessLabel(kind, lang)', () => {
  it('writes a root with spaces between its radicals', () => {
    expect(spacedRoot('فيد')).toBe('ف ي د');
    expect(spacedRoot('ترجم')).toBe('ت ر ج م');
  });
  it('names each reason for having no root', () => {
    expect(rootlessLabel('name', 'ar')).toBe('أسماء أعلام');
    expect(rootlessLabel('loan', 'en')).toBe('Loanwords');
  });
});
