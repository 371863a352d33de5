import type { Evidence, Rich } from '../types';

/**
 * The words the question templates need that the content data does not carry: how to ask about each
 * number, which places to offer for each place question, how a relative date resolves in words. Names,
 * values, days, quotes and claims all come from `$lib/content`; change those and the questions change.
 */

/** Prompts shared by every question of a generated kind. */
export const PROMPTS = {
  whoSaid: { ar: 'لمن هذه الكلمات، بحسب المقال؟', en: 'Whose words are these, according to the article?' },
  claim: { ar: 'بحسب المقال، مَن يقول هذا؟', en: 'According to the article, who says this?' },
  date: {
    ar: 'بحسب المقال، في أيّ يوم حدث هذا؟',
    en: 'According to the article, on which day did this happen?',
  },
  dateEvent: {
    ar: 'بحسب المقال، ماذا حدث في {day}؟',
    en: 'According to the article, what happened on {day}?',
  },
  relativeDate: {
    ar: 'لنفترض أن المقال نُشر في {published}. بحسب كلماته أدناه، في أيّ يوم حدث هذا؟',
    en: 'Suppose the article came out on {published}. Going by its words below, on which day did this happen?',
  },
  /** For what the article reports as still to come (an `expected` event): the day it was expected. */
  relativeDateExpected: {
    ar: 'لنفترض أن المقال نُشر في {published}. بحسب كلماته أدناه، في أيّ يوم كان هذا متوقعاً؟',
    en: 'Suppose the article came out on {published}. Going by its words below, on which day was this expected to happen?',
  },
  orderEvents: {
    ar: 'رتّب هذه الأحداث بحسب أيامها، من الأقدم إلى الأحدث: اليوم الذي وقع فيه كلٌّ منها، أو اليوم الذي كان متوقعاً فيه إن لم يكن قد وقع بعد.',
    en: 'Put these in order of their days, earliest first: the day each one happened or, if it had not happened yet, the day it was expected.',
  },
  // Not "as they appear": a claim's content can come before the sentence that says whose it is (the 51
  // dead are in the headline; the Syrian Observatory is named in paragraph 8). The attribution is once.
  orderClaims: {
    ar: 'بأيّ ترتيب ينسب المقال هذه الأقوال إلى قائليها؟ رتّبها بحسب الجملة التي تذكر قائل كلٍّ منها، من الأولى إلى الأخيرة.',
    en: 'In what order does the article attribute these statements to their sources? Order them by the sentence that names who says each one, first to last.',
  },
  fill: {
    ar: 'اختر الكلمة الناقصة في هذه الجملة من المقال.',
    en: 'Choose the missing word in this sentence from the article.',
  },
  trueFalse: { ar: 'صح أم خطأ، بحسب المقال؟', en: 'True or false, according to the article?' },
} satisfies Record<string, Rich>;

/** Explanations shared by every question of a generated kind; `{name}` and `{Name}` are the answer. */
export const EXPLAIN = {
  whoSaid: {
    ar: 'ينسب المقال هذه الكلمات إلى {name}.',
    en: 'The article gives these words to {name}.',
  },
  whoSaidAdded: {
    ar: 'ينسب المقال هذه الكلمات إلى {name}: تبدأ الجملة بـ«وأضاف»، أي أكمل {name} كلامه الذي بدأه في الجملة السابقة.',
    en: 'The article gives these words to {name}: the sentence opens with «وأضاف» (he added), going on from {name}’s words in the sentence before.',
  },
  claim: { ar: 'ينسب المقال هذا القول إلى {name}.', en: 'The article attributes this to {name}.' },
  about: { ar: '{Name} — {note}', en: '{Name} — {note}' },
  dateStated: {
    ar: '«{event}»: يقول المقال «{words}»، أي في {day}. يذكر اليوم والشهر، ولا يذكر السنة.',
    en: '“{event}”: the article says «{words}», that is on {day}. It gives the day and the month, not the year.',
  },
  orderEvents: {
    ar: 'بحسب كلمات المقال، إن كان قد نُشر في {published}: {list}.',
    en: 'Going by the article’s words, if it came out on {published}: {list}.',
  },
  orderClaims: {
    ar: 'ينسبها المقال إلى قائليها بهذا الترتيب: {list}. العبرة بالجملة التي تذكر قائل القول، لا بأول ذكر لمضمونه.',
    en: 'The article attributes them in this order: {list}. What counts is the sentence that names who says it, not the first mention of what is said.',
  },
} satisfies Record<string, Rich>;

/** Who speaks for whom: a distractor from the answer's own side could also be true, so none is offered. */
export const VOICE_GROUPS: readonly (readonly string[])[] = [
  ['kerry', 'usa', 'western-three', 'uk', 'france'],
  ['lavrov', 'russia', 'russian-mfa', 'zakharova'],
  ['sohr', 'abdulrahman'],
];

/** Claims that others in the article make too, so "who says this?" would have two right answers. */
export const CLAIM_ALSO_SAID_BY: Record<string, readonly string[]> = {
  // The US drafted a resolution to identify those responsible, and Kerry wants to "know who used it".
  'c-supports-identifying': ['usa', 'western-three', 'kerry'],
};

/** Claims left out of "who says this?": every side says it (Kerry: «بحثنا»; Russia: «محادثات»). */
export const CLAIMS_SKIPPED: readonly string[] = ['c-discussed'];

/** Quote explanations that need more than "the article gives these words to…". */
export const QUOTE_EXPLAIN: Record<string, Rich> = {
  'q-draft': {
    ar: 'هذه كلمات مشروع القرار الذي قدّمته الولايات المتحدة إلى الدول الأعضاء في مجلس الأمن: «يدعو إلى إنشاء فريق عمل لـ«تحديد…»».',
    en: 'These are the words of the draft resolution the United States gave to the Security Council’s member states: it «يدعو إلى إنشاء فريق عمل» (calls for a working team) to identify them.',
  },
};

/** How to ask about each number entity; every number the article states must have one (tested). */
export const NUMBER_QUESTIONS: Record<
  string,
  { prompt: Rich; evidence: Evidence[]; explanation: Rich; style?: 'year-ord'; extra?: number[] }
> = {
  'n-51': {
    prompt: {
      ar: 'بحسب المرصد السوري لحقوق الإنسان، كم عنصراً من «داعش» قُتل بقصف طائرات التحالف؟',
      en: 'According to the Syrian Observatory for Human Rights, how many “Daesh” members did coalition bombing kill?',
    },
    evidence: [
      { s: 'p8.s1', ar: 'بمقتل 51 من عناصر «داعش»' },
      { s: 'h1.s1', ar: 'مقتل 51 داعشياً' },
    ],
    explanation: {
      ar: 'يذكر المقال الرقم نفسه ثلاث مرات، في العنوان وفي الفقرة الأولى وفي الأخيرة: مقتل {n} من عناصر «داعش».',
      en: 'The article gives the same number three times, in the headline, the first paragraph and the last: {n} “Daesh” members killed.',
    },
  },
  'n-48': {
    prompt: {
      ar: 'قُتل {n51} من عناصر «داعش» بقصف طائرات التحالف. خلال كم ساعة، بحسب المرصد السوري؟',
      en: '{n51} “Daesh” members were killed by coalition bombing. Over how many hours, according to the Syrian Observatory?',
    },
    evidence: [{ s: 'p8.s1', ar: 'خلال الـ48 ساعة' }],
    explanation: {
      ar: 'أحصى المرصد السوري القتلى «خلال الـ48 ساعة»، أي في الساعات الـ{n} الماضية.',
      en: 'The Syrian Observatory counted the dead «خلال الـ48 ساعة»: over the past {n} hours.',
    },
  },
  'n-15': {
    prompt: {
      ar: 'قدّمت الولايات المتحدة مشروع قرار إلى الدول الأعضاء في مجلس الأمن الدولي. كم عددها بحسب المقال؟',
      en: 'The United States gave a draft resolution to the member states of the UN Security Council. How many are they, according to the article?',
    },
    evidence: [{ s: 'p4.s1', ar: 'للدول الـ15 الأعضاء في مجلس الأمن الدولي' }],
    explanation: {
      ar: 'يقول المقال «للدول الـ15 الأعضاء في مجلس الأمن الدولي»: عددها {n}.',
      en: 'The article says «للدول الـ15 الأعضاء»: to the {n} member states.',
    },
  },
  'n-230000': {
    prompt: {
      ar: 'بحسب المقال، أودت الأزمة في سورية بحياة أكثر من كم شخص؟',
      en: 'According to the article, the crisis in Syria has claimed the lives of more than how many people?',
    },
    evidence: [{ s: 'p5.s3', ar: 'وأودت بحياة أكثر من 230 ألف شخص' }],
    explanation: {
      ar: '«230 ألف» تعني مئتين وثلاثين ألفاً: {n}.',
      en: '«230 ألف» is 230 thousand («ألف» means “thousand”): {n}.',
    },
    // The digits as printed, without «ألف»: the slip a reader of the Arabic could make.
    extra: [230],
  },
  'n-fifth-year': {
    prompt: {
      ar: 'بحسب المقال، أيّ عام دخلته الأزمة في سورية؟',
      en: 'According to the article, which year has the crisis in Syria entered?',
    },
    evidence: [{ s: 'p5.s3', ar: 'حيث دخلت الأزمة عامها الخامس' }],
    explanation: {
      ar: 'يقول المقال «دخلت الأزمة عامها الخامس». ولا يذكر متى بدأت الأزمة.',
      en: 'The article says «دخلت الأزمة عامها الخامس»: the crisis has entered its fifth year. It does not say when the crisis began.',
    },
    style: 'year-ord',
  },
  'n-three': {
    prompt: {
      ar: 'بحسب المقال، كم دولة تتهم النظام السوري بتنفيذ هجمات بالغاز؟',
      en: 'According to the article, how many countries accuse the Syrian regime of gas attacks?',
    },
    evidence: [
      { s: 'p5.s4', ar: 'وتتهم بريطانيا وفرنسا والولايات المتحدة النظام السوري' },
      { s: 'p6.s1', ar: 'وتؤكد هذه الدول الثلاث' },
    ],
    explanation: {
      ar: 'بريطانيا وفرنسا والولايات المتحدة، ويسميها المقال بعد ذلك «هذه الدول الثلاث».',
      en: 'Britain, France and the United States; the article then calls them «هذه الدول الثلاث», “these three countries”.',
    },
  },
};

/**
 * Place questions: the answer and the distractors are place entities (their names come from the data);
 * `alsoTrue` lists places that must never be offered as wrong.
 */
export const PLACE_QUESTIONS: {
  id: string;
  prompt: Rich;
  answer: string;
  distractors: string[];
  alsoTrue: string[];
  evidence: Evidence[];
  explanation: Rich;
}[] = [
  {
    id: 'meeting',
    prompt: {
      ar: 'بحسب المقال، أين التقى كيري لافروف؟',
      en: 'According to the article, where did Kerry meet Lavrov?',
    },
    answer: 'malaysia',
    distractors: ['damascus', 'homs', 'palmyra'],
    alsoTrue: [],
    evidence: [{ s: 'p2.s1', ar: 'غداة لقاء مع لافروف في ماليزيا' }],
    explanation: {
      ar: 'تحدث كيري «غداة لقاء مع لافروف في ماليزيا». يذكر المقال البلد، ولا يذكر المدينة.',
      en: 'Kerry spoke «غداة لقاء مع لافروف في ماليزيا»: the day after a meeting with Lavrov in Malaysia. The article names the country, not the city.',
    },
  },
  {
    id: 'road',
    prompt: {
      ar: 'بحسب المقال، أيّ مدينة تقع على طريق يربط تدمر بريف القلمون الشرقي؟',
      en: 'According to the article, which town lies on a road linking Palmyra with the eastern Qalamoun countryside?',
    },
    answer: 'qaryatayn',
    distractors: ['homs', 'raqqa', 'deir-ez-zor'],
    alsoTrue: [],
    evidence: [
      { s: 'p8.s3', ar: 'نتيجة موقعها على طريق يربط مدينة تدمر الاثرية' },
      { s: 'p8.s3', ar: 'بريف القلمون الشرقي' },
    ],
    explanation: {
      ar: 'بحسب عبدالرحمن، تكمن أهمية القريتين في «موقعها على طريق يربط مدينة تدمر الاثرية… بريف القلمون الشرقي».',
      en: 'According to Abdulrahman, al-Qaryatayn matters because of «موقعها على طريق يربط مدينة تدمر الاثرية» (its place on a road linking the ancient city of Palmyra) with the eastern Qalamoun countryside.',
    },
  },
  {
    id: 'strikes',
    prompt: {
      ar: 'قصفت طائرات التحالف مواقع التنظيم في دير الزور والحسكة ومكان ثالث. ما هو؟',
      en: 'Coalition aircraft bombed the group’s positions in Deir ez-Zor, al-Hasakah and a third place. Which one?',
    },
    answer: 'raqqa',
    distractors: ['homs', 'palmyra', 'qaryatayn'],
    alsoTrue: ['deir-ez-zor', 'hasakah'],
    evidence: [{ s: 'p8.s1', ar: 'في دير الزور والحسكة والرقة' }],
    explanation: {
      ar: 'يذكر المقال ثلاثة أماكن: «في دير الزور والحسكة والرقة».',
      en: 'The article names three places: «في دير الزور والحسكة والرقة», in Deir ez-Zor, al-Hasakah and Raqqa.',
    },
  },
  {
    id: 'qalamoun',
    prompt: {
      ar: 'بحسب المقال، في أيّ محافظة يقع ريف القلمون الشرقي؟',
      en: 'According to the article, in which province is the eastern Qalamoun countryside?',
    },
    answer: 'damascus',
    distractors: ['homs', 'raqqa', 'hasakah'],
    alsoTrue: [],
    evidence: [{ s: 'p8.s3', ar: 'بريف القلمون الشرقي في محافظة دمشق' }],
    explanation: {
      ar: 'يقول المقال «بريف القلمون الشرقي في محافظة دمشق».',
      en: 'The article says «بريف القلمون الشرقي في محافظة دمشق»: the eastern Qalamoun countryside, in Damascus province.',
    },
  },
];

/**
 * Dates worked out from the article's own words («أمس», «غداة», «اليوم») and its publication day: the
 * words to show, and the reasoning. `{published}`, `{yesterday}` and `{day}` are filled from the data.
 */
export const RELATIVE_DATES: Record<
  string,
  { quote: { ar: string; en: string }; evidence: Evidence[]; explanation: Rich }
> = {
  'kerry-lavrov-meet': {
    quote: {
      ar: 'أفاد وزير الخارجية الأميركي، جون كيري، أمس … قال كيري غداة لقاء مع لافروف في ماليزيا',
      en: 'US Secretary of State John Kerry said «أمس» (yesterday) … Kerry said, «غداة» (on the day after) a meeting with Lavrov in Malaysia',
    },
    evidence: [
      { s: 'p1.s1', ar: 'أفاد وزير الخارجية الأميركي، جون كيري، أمس' },
      { s: 'p2.s1', ar: 'قال كيري غداة لقاء مع لافروف في ماليزيا' },
    ],
    explanation: {
      ar: 'تحدث كيري «أمس»، أي في اليوم السابق لنشر المقال: {yesterday}. وتحدث «غداة» لقائه مع لافروف، أي في اليوم التالي للقاء، فاللقاء كان قبل ذلك بيوم: {day}.',
      en: 'Kerry spoke «أمس» (yesterday), the day before the article came out: {yesterday}. He spoke «غداة» (on the day after) his meeting with Lavrov, so they met one day earlier: {day}.',
    },
  },
  'kerry-announces': {
    quote: {
      ar: 'أفاد وزير الخارجية الأميركي، جون كيري، أمس، بأنه توصل إلى اتفاق مع نظيره الروسي',
      en: 'US Secretary of State John Kerry said «أمس» (yesterday) that he had reached an agreement with his Russian counterpart',
    },
    evidence: [
      { s: 'p1.s1', ar: 'أفاد وزير الخارجية الأميركي، جون كيري، أمس، بأنه توصل إلى اتفاق مع نظيره الروسي' },
    ],
    explanation: {
      ar: '«أمس» هو اليوم السابق ليوم نشر المقال ({published})، أي {day}.',
      en: '«أمس» means yesterday: the day before the article came out on {published}, so {day}.',
    },
  },
  'unsc-vote': {
    quote: {
      ar: 'ومن الممكن أن يصوت مجلس الأمن الدولي اليوم',
      en: 'The UN Security Council may vote «اليوم» (today)',
    },
    evidence: [{ s: 'p3.s1', ar: 'ومن الممكن أن يصوت مجلس الأمن الدولي اليوم' }],
    explanation: {
      ar: '«اليوم» هو يوم نشر المقال نفسه: {day}، فهو اليوم الذي كان التصويت متوقعاً فيه. ولا يذكر المقال هل جرى التصويت، ولا نتيجته.',
      en: '«اليوم» means today: the day the article came out, {day}, so that is the day the vote was expected. The article does not say whether it took place, or how it went.',
    },
  },
};
