import type { Evidence, Label, Rich } from '../types';

/**
 * Questions written by hand: inference, comprehension, true/false, fill the gap, and one order
 * question. Every wrong option says why it is wrong and, where the article contradicts it, with which
 * words. Every Arabic snippet here is copied from the article (the tests check each one).
 */

type HandOption = {
  id: string;
  /** Text in both languages, Arabic words from the article, or an entity whose name is used. */
  label: Label | { t: 'entity'; id: string };
  why?: Rich;
  against?: Evidence;
};

export type HandChoice = {
  id: string;
  kind: 'choice' | 'inference';
  prompt: Rich;
  options: HandOption[];
  answer: string;
  evidence: Evidence[];
  explanation: Rich;
};

export type HandTrueFalse = {
  id: string;
  statement: Rich;
  answer: boolean;
  evidence: Evidence[];
  explanation: Rich;
};

export type HandFill = {
  id: string;
  /** The sentence, and the part of it shown (the whole sentence can be long). */
  s: string;
  shown: string;
  answer: string;
  distractors: { ar: string; why: Rich }[];
  explanation: Rich;
};

export type HandOrder = {
  id: string;
  prompt: Rich;
  /** In the correct order. */
  items: Rich[];
  /** For each item after the first, the article's words that put it after the one before it. */
  after: Evidence[];
  evidence: Evidence[];
  explanation: Rich;
};

const t = (ar: string, en: string): Label => ({ t: 'text', ar, en });

export const HAND_CHOICE: HandChoice[] = [
  {
    id: 'qaryatayn-matters',
    kind: 'inference',
    prompt: {
      ar: 'لماذا تحظى القريتين بأهمية استراتيجية، بحسب عبدالرحمن؟',
      en: 'Why is al-Qaryatayn strategically important, according to Abdulrahman?',
    },
    options: [
      {
        id: 'road',
        label: t(
          'لأنها تقع على طريق يربط تدمر بريف القلمون الشرقي.',
          'It lies on a road linking Palmyra with the eastern Qalamoun countryside.',
        ),
      },
      {
        id: 'bombed',
        label: t('لأن طائرات التحالف قصفتها.', 'Coalition aircraft bombed it.'),
        why: {
          ar: 'قصف التحالف مواقع في دير الزور والحسكة والرقة.',
          en: 'The coalition bombed positions in Deir ez-Zor, al-Hasakah and Raqqa.',
        },
        against: { s: 'p8.s1', ar: 'في دير الزور والحسكة والرقة' },
      },
      {
        id: 'met',
        label: t('لأن كيري ولافروف التقيا فيها.', 'Kerry and Lavrov met there.'),
        why: { ar: 'التقيا في ماليزيا.', en: 'They met in Malaysia.' },
        against: { s: 'p2.s1', ar: 'لقاء مع لافروف في ماليزيا' },
      },
      {
        id: 'capital',
        label: t('لأنها عاصمة سورية.', 'It is the capital of Syria.'),
        why: {
          ar: 'يصفها المقال بأنها مدينة في ريف حمص الجنوبي الشرقي.',
          en: 'The article calls it a town in the south-eastern countryside of Homs.',
        },
        against: { s: 'c.s1', ar: 'مدينة القريتين الواقعة في ريف حمص الجنوبي الشرقي' },
      },
    ],
    answer: 'road',
    evidence: [
      {
        s: 'p8.s3',
        ar: 'وتحظى مدينة القريتين بأهمية استراتيجية، وفق عبدالرحمن، نتيجة موقعها على طريق يربط مدينة تدمر الاثرية',
      },
    ],
    explanation: {
      ar: 'يعلّل عبدالرحمن أهميتها بـ«موقعها على طريق يربط مدينة تدمر الاثرية… بريف القلمون الشرقي». وكان التنظيم قد سيطر على تدمر من قبل، فالقريتين خطوة على هذا الطريق.',
      en: 'Abdulrahman puts it down to «موقعها على طريق يربط مدينة تدمر الاثرية» (its place on a road linking the ancient city of Palmyra) with the eastern Qalamoun. The group already held Palmyra, so the town is a step along that road.',
    },
  },
  {
    id: 'needs-moscow',
    kind: 'inference',
    prompt: {
      ar: 'لماذا يحتاج مشروع القرار إلى دعم موسكو؟',
      en: 'Why does the draft resolution need Moscow’s support?',
    },
    options: [
      {
        id: 'veto',
        label: t(
          'لأن روسيا، كما الولايات المتحدة، تملك حق النقض في مجلس الأمن.',
          'Russia, like the United States, holds a veto in the Security Council.',
        ),
      },
      {
        id: 'drafted',
        label: t('لأن روسيا هي التي قدّمت مشروع القرار.', 'Russia submitted the draft resolution.'),
        why: { ar: 'الولايات المتحدة هي التي قدّمته.', en: 'The United States submitted it.' },
        against: { s: 'p4.s1', ar: 'وقدمت الولايات المتحدة مشروع قرار' },
      },
      {
        id: 'attacks-in-russia',
        label: t('لأن هجمات الكلور وقعت في روسيا.', 'The chlorine attacks took place in Russia.'),
        why: { ar: 'وقعت الهجمات في سورية.', en: 'The attacks were in Syria.' },
        against: { s: 'p1.s1', ar: 'الهجمات بغاز الكلور في سورية' },
      },
      {
        id: 'helicopters',
        label: t('لأن روسيا وحدها تملك مروحيات.', 'Russia is the only side that has helicopters.'),
        why: {
          ar: 'تقول الدول الثلاث ذلك عن النظام السوري، لا عن روسيا.',
          en: 'The three countries say that of the Syrian regime, not of Russia.',
        },
        against: { s: 'p6.s1', ar: 'أن النظام السوري هو الوحيد الذي يمتلك مروحيات' },
      },
    ],
    answer: 'veto',
    evidence: [
      { s: 'p4.s1', ar: 'لكن القيام بذلك يحتاج إلى دعم من موسكو' },
      { s: 'p4.s1', ar: 'إذ إن روسيا كما الولايات المتحدة تملك حق النقض في مجلس الأمن الدولي' },
    ],
    explanation: {
      ar: '«حق النقض» (الفيتو) يتيح للدولة أن تمنع وحدها صدور القرار. يقول المقال إن روسيا تملكه كما الولايات المتحدة، ويصف موسكو بأنها حليفة الرئيس السوري بشار الأسد.',
      en: '«حق النقض» is the veto: a country holding it can block a resolution on its own. The article says Russia holds it, like the United States, and calls Moscow the ally of Syrian President Bashar al-Assad.',
    },
  },
  {
    id: 'why-blame-regime',
    kind: 'inference',
    prompt: {
      ar: 'لماذا تقول بريطانيا وفرنسا والولايات المتحدة إن النظام السوري هو من نفّذ هجمات الغاز؟',
      en: 'Why do Britain, France and the United States say the Syrian regime carried out the gas attacks?',
    },
    options: [
      {
        id: 'helicopters',
        label: t(
          'لأنها تؤكد أن النظام وحده يملك المروحيات التي أُلقيت منها البراميل.',
          'They say only the regime has the helicopters the barrel bombs were dropped from.',
        ),
      },
      {
        id: 'russia-evidence',
        label: t(
          'لأن روسيا قدّمت لها أدلة دامغة على أن دمشق وراء الهجمات.',
          'Russia showed them conclusive evidence that Damascus was behind the attacks.',
        ),
        why: {
          ar: 'تصر روسيا على أنه لا توجد أدلة دامغة على مسؤولية دمشق.',
          en: 'Russia insists there is no conclusive evidence against Damascus.',
        },
        against: { s: 'p6.s1', ar: 'تصر روسيا على أنه لا يوجد أدلة دامغة' },
      },
      {
        id: 'council-decided',
        label: t(
          'لأن مجلس الأمن صوّت بالفعل على أن النظام هو المسؤول.',
          'The Security Council has already voted that the regime was to blame.',
        ),
        why: {
          ar: 'لم يقرر المجلس بعد: من الممكن أن يصوّت «اليوم».',
          en: 'The Council has not decided yet: it may vote «اليوم» (today).',
        },
        against: { s: 'p3.s1', ar: 'ومن الممكن أن يصوت مجلس الأمن الدولي اليوم' },
      },
      {
        id: 'zakharova',
        label: t(
          'لأن ماريا زاخاروفا قالت إن النظام نفّذ الهجمات.',
          'Maria Zakharova said the regime had carried out the attacks.',
        ),
        why: {
          ar: 'قالت زاخاروفا فقط إن اتفاقاً كهذا لا يتم إلا عبر مجلس الأمن.',
          en: 'Zakharova said only that such an agreement can only be made through the Security Council.',
        },
        against: { s: 'p7.s3', ar: 'لا يمكن أن يتم إلا من خلال مجلس الأمن الدولي' },
      },
    ],
    answer: 'helicopters',
    evidence: [
      { s: 'p5.s4', ar: 'باستخدام براميل متفجرة تلقى من المروحيات' },
      { s: 'p6.s1', ar: 'وتؤكد هذه الدول الثلاث أن النظام السوري هو الوحيد الذي يمتلك مروحيات' },
    ],
    explanation: {
      ar: 'جملتان معاً: الهجمات نُفّذت «باستخدام براميل متفجرة تلقى من المروحيات»، والدول الثلاث تؤكد أن النظام السوري «هو الوحيد الذي يمتلك مروحيات».',
      en: 'Two sentences together: the attacks used «براميل متفجرة تلقى من المروحيات» (barrel bombs dropped from helicopters), and the three countries stress that the regime «هو الوحيد الذي يمتلك مروحيات» (is the only side with helicopters).',
    },
  },
  {
    id: 'mechanism',
    kind: 'inference',
    prompt: {
      ar: 'ما الغرض من «الآلية» التي يأملها كيري؟',
      en: 'What is the “mechanism” Kerry hopes for meant to do?',
    },
    options: [
      {
        id: 'accountability',
        label: t(
          'معرفة من استخدم الأسلحة الكيميائية فعلاً، وتحميله المسؤولية.',
          'Find out who actually used the chemical weapons, and hold them responsible.',
        ),
      },
      {
        id: 'count-dead',
        label: t(
          'إحصاء عدد من قتلتهم الأزمة في سورية.',
          'Count how many people the crisis in Syria has killed.',
        ),
        why: {
          ar: 'يذكر المقال عدد القتلى، لكن لا علاقة له بمهمة الآلية.',
          en: 'The article gives a death toll, but not as the mechanism’s task.',
        },
      },
      {
        id: 'retake-town',
        label: t(
          'استعادة القريتين من التنظيم بعد الاشتباكات.',
          'Take al-Qaryatayn back from the group after the clashes.',
        ),
        why: {
          ar: 'الآلية تخص هجمات الكلور، لا القتال على المدينة.',
          en: 'The mechanism is about the chlorine attacks, not the fighting for the town.',
        },
      },
      {
        id: 'meeting',
        label: t('ترتيب لقاء كيري ولافروف في ماليزيا.', 'Arrange Kerry’s meeting with Lavrov in Malaysia.'),
        why: {
          ar: 'اللقاء حدث قبل تصريح كيري؛ الآلية هي ما سينشئه القرار.',
          en: 'The meeting had already happened when Kerry spoke; the mechanism is what the resolution would create.',
        },
        against: { s: 'p2.s1', ar: 'قال كيري غداة لقاء مع لافروف في ماليزيا' },
      },
    ],
    answer: 'accountability',
    evidence: [
      { s: 'p2.s1', ar: 'وأن تنشأ آلية لمحاسبة (المسؤولين)' },
      { s: 'p5.s1', ar: 'ومعرفة من استخدمه فعلاً، وتحميله مسؤولية هذا الاستخدام' },
      { s: 'p5.s2', ar: 'هو خلق آلية تتيح لنا القيام بذلك' },
    ],
    explanation: {
      ar: 'يريد كيري «آلية لمحاسبة (المسؤولين)»: «معرفة من استخدمه فعلاً، وتحميله مسؤولية هذا الاستخدام». ويسمي المقال الهيئة المزمع إنشاؤها أيضاً «مجموعة خبراء» و«لجنة» و«فريق عمل».',
      en: 'Kerry wants «آلية لمحاسبة (المسؤولين)», a mechanism to hold those responsible to account: to know «من استخدمه فعلاً» (who actually used it) and hold them responsible. The article also calls the planned body a group of experts, a committee and a working team.',
    },
  },
  {
    id: 'russia-position',
    kind: 'inference',
    prompt: { ar: 'ما موقف روسيا بحسب المقال؟', en: 'What is Russia’s position, according to the article?' },
    options: [
      {
        id: 'both',
        label: t(
          'تؤيد تحديد المسؤول، لكنها لا ترى أدلة دامغة على أن دمشق وراء الهجمات.',
          'It backs identifying who is to blame, but sees no conclusive evidence against Damascus.',
        ),
      },
      {
        id: 'accuses',
        label: t(
          'تتهم النظام السوري بتنفيذ هجمات الغاز، كما تفعل بريطانيا وفرنسا.',
          'It accuses the Syrian regime of the gas attacks, as Britain and France do.',
        ),
        why: {
          ar: 'هذا موقف بريطانيا وفرنسا والولايات المتحدة؛ روسيا تقول إنه لا أدلة دامغة.',
          en: 'That is what Britain, France and the United States say; Russia says there is no conclusive evidence.',
        },
        against: { s: 'p6.s1', ar: 'فيما تصر روسيا على أنه لا يوجد أدلة دامغة' },
      },
      {
        id: 'rejects',
        label: t(
          'ترفض أي قرار لمجلس الأمن بشأن هجمات الكلور.',
          'It rejects any Security Council resolution on the chlorine attacks.',
        ),
        why: {
          ar: 'قالت روسيا إنها تؤيد تحديد المسؤول، وإنها تجري محادثات مع الولايات المتحدة حول القرار.',
          en: 'Russia said it supports identifying who is responsible, and that it was in talks with the US about the resolution.',
        },
        against: { s: 'p7.s1', ar: 'وقالت روسيا إنها تؤيد خطوة تحديد المسؤول عن هجمات الكلور' },
      },
      {
        id: 'drafted',
        label: t(
          'كتبت مشروع القرار وقدّمته إلى مجلس الأمن.',
          'It wrote the draft resolution and gave it to the Security Council.',
        ),
        why: { ar: 'الولايات المتحدة هي التي قدّمته.', en: 'The United States did.' },
        against: { s: 'p4.s1', ar: 'وقدمت الولايات المتحدة مشروع قرار' },
      },
    ],
    answer: 'both',
    evidence: [
      { s: 'p6.s1', ar: 'فيما تصر روسيا على أنه لا يوجد أدلة دامغة على أن دمشق تقف وراء الهجمات' },
      { s: 'p7.s1', ar: 'وقالت روسيا إنها تؤيد خطوة تحديد المسؤول عن هجمات الكلور' },
    ],
    explanation: {
      ar: 'يعرض المقال الأمرين: روسيا «تؤيد خطوة تحديد المسؤول عن هجمات الكلور»، لكنها «تصر… على أنه لا يوجد أدلة دامغة على أن دمشق تقف وراء الهجمات».',
      en: 'The article gives both halves: Russia «تؤيد خطوة تحديد المسؤول» (supports identifying who is responsible), but «تصر… على أنه لا يوجد أدلة دامغة» (insists there is no conclusive evidence) that Damascus is behind the attacks.',
    },
  },
  {
    id: 'organization',
    kind: 'choice',
    prompt: {
      ar: 'مَن هو «التنظيم» في عنوان المقال؟',
      en: 'Who is «التنظيم» (“the Organization”) in the headline?',
    },
    options: [
      { id: 'isis', label: { t: 'entity', id: 'isis' } },
      {
        id: 'coalition',
        label: { t: 'entity', id: 'coalition' },
        why: { ar: 'طائرات التحالف هي التي قصفت التنظيم.', en: 'The coalition’s aircraft bombed the group.' },
        against: { s: 'h1.s1', ar: 'بقصف لطائرات التحالف' },
      },
      {
        id: 'regime',
        label: { t: 'entity', id: 'regime' },
        why: {
          ar: 'قاتل التنظيم «قوات النظام» للسيطرة على القريتين.',
          en: 'The group fought «قوات النظام» (regime forces) for the town.',
        },
        against: { s: 'p8.s2', ar: 'بعد اشتباكات عنيفة ضد قوات النظام' },
      },
      {
        id: 'sohr',
        label: { t: 'entity', id: 'sohr' },
        why: { ar: 'المرصد ينقل الأخبار فقط.', en: 'The Observatory only reports the news.' },
        against: { s: 'p8.s1', ar: 'أفاد المرصد السوري لحقوق الإنسان' },
      },
    ],
    answer: 'isis',
    evidence: [
      { s: 'h1.s2', ar: 'و«التنظيم» يسيطر على مدينة استراتيجية بحمص' },
      { s: 'c.s1', ar: 'عناصر من «داعش» تسيطر بشكل كامل على مدينة القريتين' },
    ],
    explanation: {
      ar: 'يقول العنوان إن «التنظيم» يسيطر على مدينة استراتيجية بحمص، ويقول تعليق الصورة مَن هو: «عناصر من «داعش»» تسيطر على القريتين. يستعمل المقال الاسمين للجماعة نفسها.',
      en: 'The headline says «التنظيم» takes a strategic town in Homs; the photo caption says who: «عناصر من «داعش»», members of Daesh, take al-Qaryatayn. The article uses both names for the same group.',
    },
  },
  {
    id: 'committee-word',
    kind: 'choice',
    prompt: {
      ar: 'تسمّي الفقرة الرابعة الهيئة المزمع إنشاؤها «فريق عمل». بأيّ كلمة تسمّيها الفقرة الثالثة؟',
      en: 'Paragraph 4 calls the planned body «فريق عمل» (a working team). Which word does paragraph 3 use for it?',
    },
    options: [
      { id: 'committee', label: { t: 'arabic', ar: 'لجنة' } },
      {
        id: 'coalition',
        label: { t: 'arabic', ar: 'التحالف' },
        why: {
          ar: '«التحالف» هو الذي تقصف طائراته مواقع التنظيم.',
          en: '«التحالف» is the coalition whose aircraft bomb the group.',
        },
        against: { s: 'p8.s1', ar: 'قصف طائرات التحالف الدولي' },
      },
      {
        id: 'observatory',
        label: { t: 'arabic', ar: 'المرصد' },
        why: {
          ar: '«المرصد» هو المرصد السوري الذي أفاد بعدد القتلى.',
          en: '«المرصد» is the Syrian Observatory that reported the dead.',
        },
        against: { s: 'p8.s1', ar: 'أفاد المرصد السوري لحقوق الإنسان' },
      },
      {
        id: 'forum',
        label: { t: 'arabic', ar: 'منتدى' },
        why: {
          ar: '«منتدى الأمن الاقليمي» هو المنتدى الذي تحدث كيري بعده.',
          en: '«منتدى» is the forum in Malaysia after which Kerry spoke.',
        },
        against: { s: 'p5.s1', ar: 'بعد منتدى الأمن الاقليمي في ماليزيا' },
      },
    ],
    answer: 'committee',
    evidence: [
      { s: 'p3.s1', ar: 'قرار تشكيل لجنة مهمتها' },
      { s: 'p4.s1', ar: 'إنشاء فريق عمل' },
    ],
    explanation: {
      ar: 'في الفقرة الثالثة: «قرار تشكيل لجنة». ويستعمل المقال عدة كلمات للهيئة نفسها: «مجموعة خبراء» و«لجنة» و«فريق عمل»، ويتحدث كيري عن «آلية».',
      en: 'Paragraph 3: «قرار تشكيل لجنة» (a resolution to form a committee). The article uses several words for the same planned body: «مجموعة خبراء» (a group of experts), «لجنة» (a committee), «فريق عمل» (a working team), and Kerry speaks of «آلية» (a mechanism).',
    },
  },
  {
    id: 'lavrov',
    kind: 'choice',
    prompt: { ar: 'مَن هو سيرغي لافروف بحسب المقال؟', en: 'Who is Sergei Lavrov, according to the article?' },
    options: [
      { id: 'counterpart', label: t('نظير كيري الروسي', 'Kerry’s Russian counterpart') },
      {
        id: 'us-secretary',
        label: t('وزير الخارجية الأميركي', 'The US Secretary of State'),
        why: { ar: 'هذا جون كيري.', en: 'That is John Kerry.' },
        against: { s: 'p1.s1', ar: 'وزير الخارجية الأميركي، جون كيري' },
      },
      {
        id: 'president',
        label: t('الرئيس السوري', 'The Syrian president'),
        why: { ar: 'هذا بشار الأسد.', en: 'That is Bashar al-Assad.' },
        against: { s: 'p4.s1', ar: 'الرئيس السوري بشار الأسد' },
      },
      {
        id: 'source',
        label: t('مَن شرح أهمية القريتين', 'The one who explains why al-Qaryatayn matters'),
        why: { ar: 'هذا عبدالرحمن.', en: 'That is Abdulrahman.' },
        against: { s: 'p8.s3', ar: 'وفق عبدالرحمن' },
      },
    ],
    answer: 'counterpart',
    evidence: [{ s: 'p1.s1', ar: 'توصل إلى اتفاق مع نظيره الروسي، سيرغي لافروف' }],
    explanation: {
      ar: 'يسميه المقال «نظيره الروسي»، أي نظير كيري. وكيري وزير الخارجية الأميركي، فلافروف يشغل المنصب نفسه في روسيا.',
      en: 'The article calls him «نظيره الروسي»: Kerry’s Russian counterpart. Kerry is the US Secretary of State, so Lavrov holds the same post in Russia.',
    },
  },
];

export const HAND_TRUE_FALSE: HandTrueFalse[] = [
  {
    id: 'vote-done',
    statement: {
      ar: 'يذكر المقال أن مجلس الأمن صوّت على القرار بالفعل.',
      en: 'The article reports that the Security Council has already voted on the resolution.',
    },
    answer: false,
    evidence: [{ s: 'p3.s1', ar: 'ومن الممكن أن يصوت مجلس الأمن الدولي اليوم' }],
    explanation: {
      ar: 'خطأ. يقول المقال «من الممكن أن يصوت مجلس الأمن الدولي اليوم»: حين كُتب المقال لم يكن التصويت قد جرى، ولا يذكر المقال نتيجته.',
      en: 'False. The article says the Council «من الممكن أن يصوت… اليوم», may vote today: when it was written, the vote was still to come, and it gives no result.',
    },
  },
  {
    id: 'year-given',
    statement: {
      ar: 'يذكر المقال السنة التي سيطر فيها التنظيم على تدمر.',
      en: 'The article gives the year in which the group seized Palmyra.',
    },
    answer: false,
    evidence: [{ s: 'p8.s3', ar: 'سيطر التنظيم الإرهابي عليها في 21 مايو' }],
    explanation: {
      ar: 'خطأ. يذكر اليوم والشهر فقط: «في 21 مايو». لا يذكر المقال أي سنة.',
      en: 'False. It gives only a day and a month: «في 21 مايو» (on 21 May). The article never states a year.',
    },
  },
  {
    id: 'countryside',
    statement: {
      ar: 'تقع القريتين في ريف حمص الشمالي الغربي.',
      en: 'Al-Qaryatayn lies in the north-western countryside of Homs.',
    },
    answer: false,
    evidence: [{ s: 'c.s1', ar: 'الواقعة في ريف حمص الجنوبي الشرقي' }],
    explanation: {
      ar: 'خطأ. تقع «في ريف حمص الجنوبي الشرقي».',
      en: 'False. It lies «في ريف حمص الجنوبي الشرقي»: in the south-eastern countryside of Homs.',
    },
  },
  {
    id: 'strikes-where',
    statement: {
      ar: 'بحسب المرصد السوري، استهدف قصف طائرات التحالف مدينة القريتين.',
      en: 'According to the Syrian Observatory, the coalition’s bombing hit al-Qaryatayn.',
    },
    answer: false,
    evidence: [
      { s: 'p8.s1', ar: 'في دير الزور والحسكة والرقة' },
      { s: 'p8.s2', ar: 'بعد اشتباكات عنيفة ضد قوات النظام' },
    ],
    explanation: {
      ar: 'خطأ. استهدف القصف مواقع التنظيم «في دير الزور والحسكة والرقة». أما القريتين فسيطر عليها التنظيم بعد اشتباكات عنيفة مع قوات النظام.',
      en: 'False. The bombing hit the group «في دير الزور والحسكة والرقة» (in Deir ez-Zor, al-Hasakah and Raqqa). The group took al-Qaryatayn after fierce clashes with regime forces.',
    },
  },
  {
    id: 'russia-talks',
    statement: {
      ar: 'قالت روسيا إنها أجرت محادثات مع الولايات المتحدة بشأن القرار المقترح.',
      en: 'Russia said it had been holding talks with the United States about the proposed resolution.',
    },
    answer: true,
    evidence: [{ s: 'p7.s1', ar: 'وإنها كانت تجري محادثات مع الولايات المتحدة حول القرار المقترح' }],
    explanation: {
      ar: 'صح: قالت روسيا «إنها كانت تجري محادثات مع الولايات المتحدة حول القرار المقترح».',
      en: 'True: Russia said «إنها كانت تجري محادثات مع الولايات المتحدة حول القرار المقترح», that it had been in talks with the United States about the proposed resolution.',
    },
  },
  {
    id: 'clashes',
    statement: {
      ar: 'سيطر التنظيم على القريتين بعد اشتباكات عنيفة مع قوات النظام دامت ساعات طويلة.',
      en: 'The group took al-Qaryatayn after fierce clashes with regime forces that lasted many hours.',
    },
    answer: true,
    evidence: [
      { s: 'p8.s2', ar: 'بعد اشتباكات عنيفة ضد قوات النظام والمسلحين الموالين لها، استمرت ساعات طويلة' },
    ],
    explanation: {
      ar: 'صح: «بعد اشتباكات عنيفة ضد قوات النظام والمسلحين الموالين لها، استمرت ساعات طويلة».',
      en: 'True: «بعد اشتباكات عنيفة ضد قوات النظام والمسلحين الموالين لها، استمرت ساعات طويلة», after fierce clashes with regime forces and the gunmen loyal to them, which lasted many hours.',
    },
  },
  {
    id: 'after-forum',
    statement: {
      ar: 'تحدث كيري إلى الصحافيين بعد منتدى الأمن الإقليمي.',
      en: 'Kerry spoke to journalists after the Regional Security Forum.',
    },
    answer: true,
    evidence: [{ s: 'p5.s1', ar: 'وقال كيري للصحافيين، بعد منتدى الأمن الاقليمي' }],
    explanation: {
      ar: 'صح: «وقال كيري للصحافيين، بعد منتدى الأمن الاقليمي في ماليزيا».',
      en: 'True: «وقال كيري للصحافيين، بعد منتدى الأمن الاقليمي في ماليزيا», Kerry told journalists after the Regional Security Forum in Malaysia.',
    },
  },
];

export const HAND_FILL: HandFill[] = [
  {
    id: 'yesterday',
    s: 'p1.s1',
    shown: 'أفاد وزير الخارجية الأميركي، جون كيري، أمس، بأنه توصل إلى اتفاق مع نظيره الروسي',
    answer: 'أمس',
    distractors: [
      {
        ar: 'اليوم',
        why: {
          ar: '«اليوم» هو يوم التصويت المحتمل في مجلس الأمن، لا يوم تصريح كيري.',
          en: '«اليوم» (today) is when the Security Council may vote, not when Kerry spoke.',
        },
      },
      {
        ar: 'قريباً',
        why: {
          ar: '«قريباً» هو موعد التصويت الذي يتوقعه كيري.',
          en: '«قريباً» (soon) is when Kerry expects the vote.',
        },
      },
      {
        ar: 'ميدانياً',
        why: {
          ar: '«ميدانياً» تفتتح الفقرة الأخيرة عن القتال على الأرض.',
          en: '«ميدانياً» (on the ground) opens the last paragraph, about the fighting.',
        },
      },
    ],
    explanation: {
      ar: '«أمس»: تحدث كيري في اليوم السابق لنشر المقال.',
      en: '«أمس» (yesterday): Kerry spoke the day before the article came out.',
    },
  },
  {
    id: 'conclusive',
    s: 'p6.s1',
    shown: 'فيما تصر روسيا على أنه لا يوجد أدلة دامغة على أن دمشق تقف وراء الهجمات',
    answer: 'دامغة',
    distractors: [
      {
        ar: 'استراتيجية',
        why: {
          ar: 'يصف المقال القريتين بأنها «مدينة استراتيجية».',
          en: 'The article calls al-Qaryatayn «مدينة استراتيجية», a strategic town.',
        },
      },
      {
        ar: 'عنيفة',
        why: {
          ar: '«اشتباكات عنيفة» دارت على القريتين.',
          en: '«اشتباكات عنيفة», fierce clashes, were fought for al-Qaryatayn.',
        },
      },
      {
        ar: 'متفجرة',
        why: {
          ar: '«براميل متفجرة» ألقيت من المروحيات.',
          en: '«براميل متفجرة» are the barrel bombs dropped from helicopters.',
        },
      },
    ],
    explanation: {
      ar: '«أدلة دامغة» أدلة قاطعة لا تُرد: تصر روسيا على أنه لا توجد أدلة كهذه على أن دمشق وراء الهجمات.',
      en: '«أدلة دامغة» is conclusive, irrefutable evidence: Russia insists there is none that Damascus is behind the attacks.',
    },
  },
  {
    id: 'justice',
    s: 'p3.s1',
    shown: 'قرار تشكيل لجنة مهمتها تقديم كل من يقف وراء استخدام الأسلحة الكيميائية إلى العدالة',
    answer: 'العدالة',
    distractors: [
      {
        ar: 'الوقائع',
        why: {
          ar: 'يريد كيري «أكثر من مجرد الوقائع».',
          en: 'Kerry wants «أكثر من مجرد الوقائع», more than just the facts.',
        },
      },
      {
        ar: 'الحكومات',
        why: {
          ar: '«الحكومات» من بين الذين يريد مشروع القرار تحديدهم.',
          en: '«الحكومات» (governments) are among those the draft wants identified.',
        },
      },
      {
        ar: 'المروحيات',
        why: {
          ar: '«المروحيات» هي التي أُلقيت منها البراميل.',
          en: '«المروحيات» are the helicopters the barrel bombs were dropped from.',
        },
      },
    ],
    explanation: {
      ar: '«تقديم… إلى العدالة»: مهمة اللجنة أن تقدّم كل من يقف وراء استخدام الأسلحة الكيميائية إلى العدالة.',
      en: '«تقديم… إلى العدالة» means bringing to justice: the committee’s task is to bring everyone behind the use of chemical weapons to justice.',
    },
  },
  {
    id: 'pressure',
    s: 'p5.s3',
    shown: 'وتزايدت الضغوط على مجلس الأمن الدولي للتحرك حول سورية',
    answer: 'الضغوط',
    distractors: [
      {
        ar: 'الهجمات',
        why: {
          ar: '«الهجمات» وقعت في سورية، لا على مجلس الأمن.',
          en: '«الهجمات» (the attacks) were in Syria, not on the Council.',
        },
      },
      {
        ar: 'المحادثات',
        why: {
          ar: 'أجرت روسيا «محادثات» مع الولايات المتحدة حول القرار.',
          en: 'Russia held «محادثات» (talks) with the United States about the resolution.',
        },
      },
      {
        ar: 'الاشتباكات',
        why: {
          ar: '«اشتباكات» دارت على القريتين.',
          en: 'The «اشتباكات» (clashes) were fought for al-Qaryatayn.',
        },
      },
    ],
    explanation: {
      ar: '«وتزايدت الضغوط على مجلس الأمن»: ازداد الضغط على المجلس ليتحرك بشأن سورية.',
      en: '«وتزايدت الضغوط على مجلس الأمن»: pressure has grown on the Security Council to act on Syria.',
    },
  },
];

export const HAND_ORDER: HandOrder[] = [
  {
    id: 'plan',
    prompt: {
      ar: 'يصف المقال خطة. رتّب خطواتها من الأولى إلى الأخيرة.',
      en: 'The article describes a plan. Put its steps in order, first to last.',
    },
    items: [
      { ar: 'كيري ولافروف يتوصلان إلى اتفاق', en: 'Kerry and Lavrov reach an agreement' },
      { ar: 'مجلس الأمن يصوّت على القرار', en: 'The Security Council votes on the resolution' },
      { ar: 'تُشكَّل لجنة', en: 'A committee is formed' },
      {
        ar: 'يُحدَّد المسؤولون عن الهجمات ويُحاسَبون',
        en: 'Those behind the attacks are identified and held to account',
      },
    ],
    after: [
      // The vote is what the agreement is about.
      { s: 'p2.s1', ar: 'توصلنا إلى اتفاق يفترض بموجبه أن يتم التصويت على هذا القرار قريباً' },
      // The committee is what the resolution voted on would form.
      { s: 'p3.s1', ar: 'يصوت مجلس الأمن الدولي اليوم على قرار تشكيل لجنة' },
      // Bringing those behind the attacks to justice is the committee's task.
      { s: 'p3.s1', ar: 'لجنة مهمتها تقديم كل من يقف وراء استخدام الأسلحة الكيميائية إلى العدالة' },
    ],
    evidence: [
      { s: 'p1.s1', ar: 'توصل إلى اتفاق مع نظيره الروسي' },
      { s: 'p2.s1', ar: 'أن يتم التصويت على هذا القرار قريباً، وأن تنشأ آلية لمحاسبة (المسؤولين)' },
      {
        s: 'p3.s1',
        ar: 'قرار تشكيل لجنة مهمتها تقديم كل من يقف وراء استخدام الأسلحة الكيميائية إلى العدالة',
      },
    ],
    explanation: {
      ar: 'اتفق كيري ولافروف أولاً. ثم «يتم التصويت على هذا القرار قريباً»، والقرار هو «قرار تشكيل لجنة»، ومهمة اللجنة تقديم من يقف وراء الهجمات إلى العدالة.',
      en: 'Kerry and Lavrov agreed first. Then the resolution is to be voted on «قريباً» (soon); it is a «قرار تشكيل لجنة» (a resolution to form a committee), whose task is to bring those behind the attacks to justice.',
    },
  },
];
