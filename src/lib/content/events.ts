import type { TimelineEvent } from './schema';

/**
 * The article's events, in time order. Every date was checked against shared/article/FACTS.md; `known`
 * says whether the article states it, implies it (with the reasoning in `how`), or only other sources
 * give it. The article's year is never printed: 2015 always comes from outside.
 */
export const events: TimelineEvent[] = [
  {
    id: 'crisis-begins',
    kind: 'context',
    title: { ar: 'بداية الأزمة السورية', en: 'The Syrian crisis begins' },
    description: {
      ar: 'يقول المقال إن الأزمة «دخلت عامها الخامس». بدأت باحتجاجات في مارس 2011.',
      en: 'The article says the crisis “has entered its fifth year”. It began with protests in March 2011.',
    },
    start: '2011-03-15',
    end: '2011-03-15',
    known: 'outside',
    how: {
      ar: 'المقال لا يذكر تاريخ البداية، بل يقول «عامها الخامس». الاحتجاجات عمّت البلاد في 15 مارس 2011، فيقع أغسطس 2015 في العام الخامس.',
      en: 'The article gives no start date, only “its fifth year”. Nationwide protests began on 15 March 2011, so August 2015 falls in the fifth year.',
    },
    evidence: [{ s: 'p5.s3', ar: 'دخلت الأزمة عامها الخامس' }],
    disagreement: {
      start: '2011-03-15',
      end: '2011-03-18',
      text: {
        ar: 'يعدّ المرصد السوري القتلى منذ 18 مارس 2011.',
        en: 'The Syrian Observatory counts deaths from 18 March 2011.',
      },
    },
    sources: [
      {
        label: 'IBTimes',
        url: 'https://www.ibtimes.co.uk/syria-five-years-brutal-civil-war-numbers-conflict-enters-sixth-year-1549559',
      },
    ],
    places: ['syria'],
    actors: [],
    sentences: ['p5.s3'],
  },
  {
    id: 'palmyra-falls',
    kind: 'event',
    title: { ar: 'التنظيم يسيطر على تدمر', en: 'The group seizes Palmyra' },
    description: {
      ar: 'سيطر التنظيم على مدينة تدمر الأثرية، التي يربطها طريق بالقريتين.',
      en: 'The group took the ancient city of Palmyra, which a road links with al-Qaryatayn.',
    },
    start: '2015-05-21',
    end: '2015-05-21',
    known: 'stated',
    how: {
      ar: 'يذكر المقال اليوم والشهر: «في 21 مايو». السنة (2015) لا يذكرها المقال.',
      en: 'The article gives the day and month: «في 21 مايو» (on 21 May). The year, 2015, is not in the article.',
    },
    evidence: [{ s: 'p8.s3', ar: 'سيطر التنظيم الإرهابي عليها في 21 مايو' }],
    disagreement: {
      start: '2015-05-20',
      end: '2015-05-21',
      text: {
        ar: 'اقتحم التنظيم المدينة في 20 مايو وأحكم سيطرته عليها في 21 منه؛ لذلك يكتب بعض المصادر 20 مايو.',
        en: 'The group stormed the city on 20 May and had full control on 21 May, so some sources say 20 May.',
      },
    },
    sources: [
      { label: 'Reuters via HuffPost', url: 'https://www.huffpost.com/topic/isis-palmyra' },
      { label: 'AFP via El Khabar', url: 'https://djazairess.com/elkhabar/587236' },
    ],
    places: ['palmyra'],
    actors: ['isis'],
    sentences: ['p8.s3'],
  },
  {
    id: 'death-toll',
    kind: 'context',
    title: { ar: 'أكثر من 230 ألف قتيل', en: 'More than 230,000 dead' },
    description: {
      ar: 'يقول المقال إن الأزمة «أودت بحياة أكثر من 230 ألف شخص».',
      en: 'The article says the crisis “has claimed the lives of more than 230,000 people”.',
    },
    start: '2015-06-09',
    end: '2015-06-09',
    known: 'outside',
    how: {
      ar: 'المقال لا يؤرخ هذا الرقم. أعلن المرصد السوري 230,618 قتيلاً في 9 يونيو 2015، ثم رفعه إلى 240,381 في 6 أغسطس، فرقم المقال صحيح لكنه أقدم من آخر حصيلة.',
      en: 'The article does not date the figure. The Syrian Observatory announced 230,618 dead on 9 June 2015 and raised it to 240,381 on 6 August, so the article’s figure is true but older than the latest count.',
    },
    evidence: [{ s: 'p5.s3', ar: 'أودت بحياة أكثر من 230 ألف شخص' }],
    sources: [
      {
        label: 'Al-Araby',
        url: 'https://www.alaraby.co.uk/english/news/2015/8/7/nearly-12-000-children-killed-in-syria',
      },
    ],
    places: ['syria'],
    actors: ['sohr'],
    sentences: ['p5.s3'],
  },
  {
    id: 'kerry-lavrov-meet',
    kind: 'event',
    title: { ar: 'كيري يلتقي لافروف في ماليزيا', en: 'Kerry meets Lavrov in Malaysia' },
    description: {
      ar: 'التقى وزير الخارجية الأميركي نظيره الروسي وبحثا قرار الأمم المتحدة بشأن هجمات الكلور.',
      en: 'The US Secretary of State met his Russian counterpart; they discussed the UN resolution on the chlorine attacks.',
    },
    start: '2015-08-05',
    end: '2015-08-05',
    known: 'inferred',
    how: {
      ar: 'تحدث كيري «غداة» اللقاء، أي في اليوم التالي له، وتحدث «أمس» (6 أغسطس)، فيكون اللقاء في 5 أغسطس. تؤكد ذلك رويترز.',
      en: 'Kerry spoke «غداة» (the day after) the meeting, and he spoke «أمس» (yesterday, 6 August), so the meeting was on 5 August. Reuters confirms it.',
    },
    evidence: [
      { s: 'p2.s1', ar: 'قال كيري غداة لقاء مع لافروف في ماليزيا' },
      { s: 'p1.s1', ar: 'أمس' },
    ],
    sources: [
      {
        label: 'Reuters',
        url: 'http://www.reuters.com/article/us-mideast-crisis-syria-kerry-idUSKCN0QB11H20150806',
      },
    ],
    places: ['malaysia'],
    actors: ['kerry', 'lavrov'],
    sentences: ['p2.s1', 'p1.s1'],
  },
  {
    id: 'qaryatayn-falls',
    kind: 'event',
    title: { ar: 'التنظيم يسيطر على القريتين', en: 'The group takes al-Qaryatayn' },
    description: {
      ar: 'بعد اشتباكات عنيفة مع قوات النظام والمسلحين الموالين لها استمرت ساعات طويلة، سيطر التنظيم بالكامل على القريتين في ريف حمص الجنوبي الشرقي.',
      en: 'After fierce clashes with regime forces and loyal gunmen that lasted many hours, the group took full control of al-Qaryatayn in the south-eastern Homs countryside.',
    },
    start: '2015-08-05',
    end: '2015-08-06',
    known: 'outside',
    how: {
      ar: 'المقال لا يذكر اليوم، ويقدّمه خبراً حديثاً. تقول المصادر الأخرى إنه بين ليل الأربعاء 5 أغسطس وظهر الخميس 6 أغسطس 2015.',
      en: 'The article does not give the day; it reports it as fresh news. Other sources put it between the night of Wednesday 5 August and Thursday 6 August 2015.',
    },
    evidence: [{ s: 'p8.s2', ar: 'سيطر فيه التنظيم بشكل كامل على مدينة القريتين' }],
    disagreement: {
      start: '2015-08-05',
      end: '2015-08-06',
      text: {
        ar: 'فرانس برس: ليل الأربعاء إلى الخميس (5–6 أغسطس). أسوشيتد برس والمرصد لاحقاً: الخميس 6 أغسطس.',
        en: 'AFP: overnight Wednesday to Thursday (5–6 August). AP, and later the Syrian Observatory: Thursday 6 August.',
      },
    },
    sources: [
      { label: 'AFP via El Khabar', url: 'https://djazairess.com/elkhabar/587236' },
      { label: 'SOHR', url: 'https://www.syriahr.com/en/29722/' },
    ],
    places: ['qaryatayn', 'homs', 'palmyra', 'qalamoun'],
    actors: ['isis', 'regime', 'abdulrahman'],
    sentences: ['p8.s2', 'p8.s3', 'c.s1', 'h1.s2', 'p1.s1'],
  },
  {
    id: 'coalition-strikes',
    kind: 'event',
    title: { ar: 'غارات التحالف تقتل 51 من «داعش»', en: 'Coalition strikes kill 51 Daesh members' },
    description: {
      ar: 'قصفت طائرات التحالف الدولي بشكل مكثف مواقع التنظيم في دير الزور والحسكة والرقة، فقتلت 51 من عناصره خلال 48 ساعة، بحسب المرصد السوري.',
      en: 'International-coalition aircraft bombed the group’s positions in Deir ez-Zor, al-Hasakah and Raqqa, killing 51 of its members in 48 hours, according to the Syrian Observatory.',
    },
    start: '2015-08-05',
    end: '2015-08-07',
    known: 'inferred',
    how: {
      ar: 'يقول المقال «خلال الـ48 ساعة»، أي اليومين السابقين لنشره: نحو 5–7 أغسطس 2015. لكن تاريخ النشر نفسه، 7 أغسطس 2015، لا يظهر على الصفحة: استُنتج من كلمات المقال («أمس» و«اليوم») مع تقارير أخرى تؤرخ تصريح كيري وتصويت مجلس الأمن (انظر تاريخ النشر في المقال). أما تاريخ تقرير المرصد السوري عن الـ51 قتيلاً فلم نتمكن من تأكيده.',
      en: 'The article says «خلال الـ48 ساعة» (in the 48 hours), the two days before it came out: roughly 5–7 August 2015. But the publication date itself, 7 August 2015, is not printed on the page: it was worked out from the article’s words («أمس», yesterday, and «اليوم», today) with other reports that date Kerry’s statement and the Security Council vote (see the publication date in the reader). We could not confirm the date of the Syrian Observatory’s own report of the 51 dead.',
    },
    evidence: [{ s: 'p8.s1', ar: 'بمقتل 51 من عناصر «داعش» خلال الـ48 ساعة' }],
    // The sources of the publication date the two days are counted back from (FACTS.md §1, §8.4).
    sources: [
      {
        label: 'Reuters',
        url: 'http://www.reuters.com/article/us-mideast-crisis-syria-kerry-idUSKCN0QB11H20150806',
      },
      { label: 'UN press release SC/12001', url: 'https://press.un.org/en/2015/sc12001.doc.htm' },
    ],
    places: ['deir-ez-zor', 'hasakah', 'raqqa'],
    actors: ['coalition', 'isis', 'sohr'],
    sentences: ['p8.s1', 'h1.s1', 'p1.s1'],
  },
  {
    id: 'kerry-announces',
    kind: 'event',
    title: { ar: 'كيري يعلن الاتفاق مع روسيا', en: 'Kerry announces the agreement with Russia' },
    description: {
      ar: 'قال كيري للصحافيين بعد منتدى الأمن الإقليمي في ماليزيا إنه اتفق مع لافروف على قرار يحدد المسؤولين عن هجمات الكلور.',
      en: 'After the Regional Security Forum in Malaysia, Kerry told reporters he had agreed with Lavrov on a resolution to identify who was behind the chlorine attacks.',
    },
    start: '2015-08-06',
    end: '2015-08-06',
    known: 'inferred',
    how: {
      ar: 'يقول المقال إن كيري تحدث «أمس». المقال منشور في 7 أغسطس 2015، فـ«أمس» هو 6 أغسطس. تضع رويترز التصريح يوم الخميس 6 أغسطس.',
      en: 'The article says Kerry spoke «أمس» (yesterday). It came out on 7 August 2015, so “yesterday” is 6 August. Reuters puts the statement on Thursday 6 August.',
    },
    evidence: [
      { s: 'p1.s1', ar: 'أفاد وزير الخارجية الأميركي، جون كيري، أمس' },
      { s: 'p5.s1', ar: 'وقال كيري للصحافيين، بعد منتدى الأمن الاقليمي في ماليزيا' },
    ],
    sources: [
      {
        label: 'Reuters',
        url: 'http://www.reuters.com/article/us-mideast-crisis-syria-kerry-idUSKCN0QB11H20150806',
      },
    ],
    places: ['malaysia'],
    // Russia's and Zakharova's statements (p7) are not dated by the article: they are not this day's.
    actors: ['kerry', 'lavrov'],
    sentences: ['p1.s1', 'p2.s1', 'p5.s1', 'p5.s2'],
  },
  {
    id: 'unsc-vote',
    kind: 'event',
    expected: true,
    title: { ar: 'مجلس الأمن قد يصوّت «اليوم»', en: 'The Security Council may vote “today”' },
    description: {
      ar: 'يقول المقال إن مجلس الأمن قد يصوّت اليوم على قرار بتشكيل لجنة تقدّم المسؤولين عن استخدام الأسلحة الكيميائية إلى العدالة.',
      en: 'The article says the Security Council may vote today on a resolution to form a committee to bring those behind the use of chemical weapons to justice.',
    },
    start: '2015-08-07',
    end: '2015-08-07',
    known: 'inferred',
    how: {
      ar: '«اليوم» هو يوم نشر المقال، 7 أغسطس 2015 (مستنتج: انظر تاريخ النشر في المقال).',
      en: '«اليوم» (today) is the day the article came out, 7 August 2015 (inferred: see the publication date in the reader).',
    },
    evidence: [{ s: 'p3.s1', ar: 'ومن الممكن أن يصوت مجلس الأمن الدولي اليوم' }],
    outside: {
      ar: 'ما حدث فعلاً (لا يذكره المقال): في 7 أغسطس 2015 تبنّى مجلس الأمن بالإجماع، 15 صوتاً مقابل لا شيء، القرار 2235 الذي أنشأ آلية تحقيق مشتركة بين الأمم المتحدة ومنظمة حظر الأسلحة الكيميائية.',
      en: 'What happened (not in the article): on 7 August 2015 the Security Council unanimously adopted Resolution 2235, 15 votes to none, setting up a joint UN–OPCW investigative mechanism.',
    },
    sources: [{ label: 'UN press release SC/12001', url: 'https://press.un.org/en/2015/sc12001.doc.htm' }],
    places: [],
    actors: ['unsc', 'usa', 'russia'],
    sentences: ['p3.s1', 'p4.s1'],
  },
];
