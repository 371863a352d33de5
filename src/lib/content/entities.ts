import type { Claim, Entity, Quote } from './schema';

/**
 * The people, places, organizations, numbers and times the article names, each pointing at the exact
 * words of the sentences where it occurs. `note` says only what the article says; anything else is in
 * `outside`, with its sources (all checked in shared/article/FACTS.md).
 */
export const entities: Entity[] = [
  // ── People ──────────────────────────────────────────────────────────────────────────────────────
  {
    id: 'kerry',
    kind: 'person',
    name: { ar: 'جون كيري', en: 'John Kerry' },
    note: {
      ar: 'وزير الخارجية الأميركي. أعلن الاتفاق مع لافروف بعد لقائهما في ماليزيا.',
      en: 'The US Secretary of State. He announced the agreement with Lavrov after they met in Malaysia.',
    },
    outside: {
      text: {
        ar: 'شغل منصب وزير الخارجية الأميركي من فبراير 2013 حتى يناير 2017.',
        en: 'He was US Secretary of State from February 2013 to January 2017.',
      },
      sources: [
        { label: 'US Department of State archive', url: 'https://2009-2017.state.gov/secretary/index.htm' },
      ],
    },
    mentions: [
      { s: 'p1.s1', ar: 'جون كيري', en: 'John Kerry' },
      { s: 'p2.s1', ar: 'كيري', en: 'Kerry' },
      { s: 'p5.s1', ar: 'كيري', en: 'Kerry' },
    ],
  },
  {
    id: 'lavrov',
    kind: 'person',
    name: { ar: 'سيرغي لافروف', en: 'Sergei Lavrov' },
    note: {
      ar: 'وزير الخارجية الروسي، «نظير» كيري. التقى كيري في ماليزيا.',
      en: 'The Russian foreign minister, Kerry’s “counterpart”. He met Kerry in Malaysia.',
    },
    outside: {
      text: {
        ar: 'وزير خارجية روسيا منذ مارس 2004، وكان قبلها سفير روسيا لدى الأمم المتحدة.',
        en: 'Russia’s foreign minister since March 2004; before that, its ambassador to the UN.',
      },
      sources: [{ label: 'DW profile', url: 'https://www.dw.com/en/sergey-lavrov/t-39241389' }],
    },
    mentions: [
      { s: 'p1.s1', ar: 'سيرغي لافروف', en: 'Sergei Lavrov' },
      { s: 'p2.s1', ar: 'لافروف', en: 'Lavrov' },
    ],
  },
  {
    id: 'zakharova',
    kind: 'person',
    name: { ar: 'ماريا زاخاروفا', en: 'Maria Zakharova' },
    note: {
      ar: 'متحدثة باسم وزارة الخارجية الروسية. قالت إن اتفاقاً كهذا لا يتم إلا عبر مجلس الأمن.',
      en: 'A spokeswoman for the Russian Foreign Ministry. She said such an agreement can only be made through the Security Council.',
    },
    outside: {
      text: {
        ar: 'عُيّنت رسمياً مديرة لإدارة الإعلام والصحافة في الخارجية الروسية في 10 أغسطس 2015، بعد نشر المقال بثلاثة أيام. لا يذكر المقال متى أدلت بتصريحها.',
        en: 'She was formally appointed the ministry’s official spokesperson on 10 August 2015, three days after the article came out. The article does not say when she made her statement.',
      },
      sources: [{ label: 'Report.az', url: 'https://report.az/en/region/russian-fm-spokesman-changed/' }],
    },
    mentions: [{ s: 'p7.s3', ar: 'ماريا زاخاروفا', en: 'Maria Zakharova' }],
  },
  {
    id: 'abdulrahman',
    kind: 'person',
    name: { ar: 'عبدالرحمن', en: 'Abdulrahman' },
    note: {
      ar: 'يقول إن للقريتين أهمية استراتيجية. لا يقول المقال من هو.',
      en: 'He says al-Qaryatayn is strategically important. The article does not say who he is.',
    },
    outside: {
      text: {
        ar: 'هو رامي عبد الرحمن، مدير المرصد السوري لحقوق الإنسان، كما ورد في نص وكالة فرانس برس الذي نقل عنه المقال.',
        en: 'He is Rami Abdulrahman, director of the Syrian Observatory for Human Rights, as the AFP report the article draws on says.',
      },
      sources: [{ label: 'AFP via El Khabar', url: 'https://djazairess.com/elkhabar/587236' }],
    },
    mentions: [{ s: 'p8.s3', ar: 'عبدالرحمن', en: 'Abdulrahman' }],
  },
  {
    id: 'assad',
    kind: 'person',
    name: { ar: 'بشار الأسد', en: 'Bashar al-Assad' },
    note: {
      ar: 'الرئيس السوري، وموسكو حليفته.',
      en: 'The Syrian president. Moscow is his ally.',
    },
    outside: {
      text: {
        ar: 'رئيس سورية منذ يوليو 2000. سقط حكمه في 8 ديسمبر 2024.',
        en: 'President of Syria from July 2000; his government fell on 8 December 2024.',
      },
      sources: [
        { label: 'Fall of the Assad regime', url: 'https://wikimili.com/en/Fall_of_the_Assad_regime' },
      ],
    },
    mentions: [{ s: 'p4.s1', ar: 'بشار الأسد', en: 'Bashar al-Assad' }],
  },

  // ── Places ──────────────────────────────────────────────────────────────────────────────────────
  {
    id: 'qaryatayn',
    kind: 'place',
    name: { ar: 'القريتين', en: 'al-Qaryatayn' },
    note: {
      ar: 'مدينة في ريف حمص الجنوبي الشرقي سيطر عليها «داعش» بالكامل. أهميتها أنها على طريق يربط تدمر بريف القلمون الشرقي.',
      en: 'A town in the south-eastern countryside of Homs that “Daesh” took fully. It matters because it lies on a road linking Palmyra with the eastern Qalamoun countryside.',
    },
    outside: {
      text: {
        ar: 'سقطت بيد التنظيم بين 5 و6 أغسطس 2015؛ تختلف المصادر في اليوم. تبعد نحو 74 كيلومتراً عن حمص ونحو 101 كيلومتر عن تدمر خطاً مستقيماً.',
        en: 'It fell to the group on 5–6 August 2015; sources differ on the day. It is about 74 km from Homs and 101 km from Palmyra in a straight line.',
      },
      sources: [
        { label: 'AFP via El Khabar', url: 'https://djazairess.com/elkhabar/587236' },
        { label: 'SOHR', url: 'https://www.syriahr.com/en/29722/' },
      ],
    },
    mentions: [
      { s: 'c.s1', ar: 'القريتين', en: 'al-Qaryatayn' },
      { s: 'p8.s2', ar: 'القريتين', en: 'al-Qaryatayn' },
      { s: 'p8.s3', ar: 'القريتين', en: 'al-Qaryatayn' },
    ],
    coords: { lat: 34.229, lon: 37.241 },
  },
  {
    id: 'homs',
    kind: 'place',
    name: { ar: 'حمص', en: 'Homs' },
    note: {
      ar: 'محافظة ومدينة في وسط سورية؛ تقع القريتين في ريفها الجنوبي الشرقي.',
      en: 'A province and city in central Syria; al-Qaryatayn lies in its south-eastern countryside.',
    },
    mentions: [
      { s: 'h1.s2', ar: 'حمص', en: 'Homs' },
      { s: 'c.s1', ar: 'حمص', en: 'Homs' },
      { s: 'p1.s1', ar: 'حمص', en: 'Homs' },
      { s: 'p8.s2', ar: 'حمص', en: 'Homs' },
    ],
    coords: { lat: 34.731, lon: 36.709 },
  },
  {
    id: 'palmyra',
    kind: 'place',
    name: { ar: 'تدمر', en: 'Palmyra' },
    note: {
      ar: 'مدينة أثرية سيطر عليها التنظيم في 21 مايو. يربطها طريق بريف القلمون الشرقي مروراً بالقريتين.',
      en: 'An ancient city the group seized on 21 May. A road through al-Qaryatayn links it with the eastern Qalamoun countryside.',
    },
    outside: {
      text: {
        ar: 'دخلها التنظيم في 20 مايو 2015 وأحكم سيطرته عليها في 21 منه.',
        en: 'The group stormed it on 20 May 2015 and had full control on 21 May.',
      },
      sources: [{ label: 'Reuters via HuffPost', url: 'https://www.huffpost.com/topic/isis-palmyra' }],
    },
    mentions: [{ s: 'p8.s3', ar: 'تدمر', en: 'Palmyra' }],
    coords: { lat: 34.56, lon: 38.267 },
  },
  {
    id: 'qalamoun',
    kind: 'place',
    name: { ar: 'ريف القلمون الشرقي', en: 'the eastern Qalamoun' },
    note: {
      ar: 'منطقة في محافظة دمشق، في الطرف الآخر من الطريق الذي يمر بالقريتين من تدمر.',
      en: 'An area in Damascus province, at the other end of the road that runs from Palmyra through al-Qaryatayn.',
    },
    outside: {
      text: {
        ar: 'منطقة جبلية لا نقطة واحدة؛ الموقع على الخريطة تقريبي (قرب جيرود). إدارياً تتبع محافظة ريف دمشق.',
        en: 'A mountain area, not a single point: its place on the map is approximate (near Jayrud). Administratively it is in Rif Dimashq governorate.',
      },
      sources: [{ label: 'Jayrud', url: 'https://wiki.riteme.site/wiki/Jayr%C5%ABd' }],
    },
    mentions: [{ s: 'p8.s3', ar: 'القلمون الشرقي', en: 'eastern Qalamoun' }],
    coords: { lat: 33.8, lon: 36.8, approx: true },
  },
  {
    id: 'damascus',
    kind: 'place',
    name: { ar: 'دمشق', en: 'Damascus' },
    note: {
      ar: 'العاصمة السورية. يستعمل المقال اسمها للدلالة على الحكومة السورية، ويذكر «محافظة دمشق».',
      en: 'The Syrian capital. The article uses its name to mean the Syrian government, and mentions “Damascus province”.',
    },
    mentions: [
      { s: 'p6.s1', ar: 'دمشق', en: 'Damascus' },
      { s: 'p8.s3', ar: 'دمشق', en: 'Damascus' },
    ],
    coords: { lat: 33.514, lon: 36.277 },
  },
  {
    id: 'deir-ez-zor',
    kind: 'place',
    name: { ar: 'دير الزور', en: 'Deir ez-Zor' },
    note: {
      ar: 'إحدى المناطق الثلاث التي قصفت فيها طائرات التحالف مواقع التنظيم.',
      en: 'One of the three areas where coalition aircraft bombed the group’s positions.',
    },
    mentions: [{ s: 'p8.s1', ar: 'دير الزور', en: 'Deir ez-Zor' }],
    coords: { lat: 35.333, lon: 40.15 },
  },
  {
    id: 'hasakah',
    kind: 'place',
    name: { ar: 'الحسكة', en: 'al-Hasakah' },
    note: {
      ar: 'إحدى المناطق الثلاث التي قصفت فيها طائرات التحالف مواقع التنظيم.',
      en: 'One of the three areas where coalition aircraft bombed the group’s positions.',
    },
    mentions: [{ s: 'p8.s1', ar: 'الحسكة', en: 'al-Hasakah' }],
    coords: { lat: 36.512, lon: 40.742 },
  },
  {
    id: 'raqqa',
    kind: 'place',
    name: { ar: 'الرقة', en: 'Raqqa' },
    note: {
      ar: 'إحدى المناطق الثلاث التي قصفت فيها طائرات التحالف مواقع التنظيم.',
      en: 'One of the three areas where coalition aircraft bombed the group’s positions.',
    },
    mentions: [{ s: 'p8.s1', ar: 'الرقة', en: 'Raqqa' }],
    coords: { lat: 35.95, lon: 39.017 },
  },
  {
    id: 'malaysia',
    kind: 'place',
    name: { ar: 'ماليزيا', en: 'Malaysia' },
    note: {
      ar: 'حيث التقى كيري ولافروف، وحيث عُقد منتدى الأمن الإقليمي.',
      en: 'Where Kerry and Lavrov met, and where the Regional Security Forum was held.',
    },
    outside: {
      text: {
        ar: 'عُقدت الاجتماعات في العاصمة كوالالمبور (لا يذكرها المقال)، ضمن اجتماعات رابطة آسيان.',
        en: 'The meetings were in the capital, Kuala Lumpur (the article does not name it), during the ASEAN meetings.',
      },
      sources: [
        {
          label: 'Reuters',
          url: 'http://www.reuters.com/article/us-mideast-crisis-syria-kerry-idUSKCN0QB11H20150806',
        },
      ],
    },
    mentions: [
      { s: 'p2.s1', ar: 'ماليزيا', en: 'Malaysia' },
      { s: 'p5.s1', ar: 'ماليزيا', en: 'Malaysia' },
    ],
    coords: { lat: 3.148, lon: 101.693 },
  },
  {
    id: 'syria',
    kind: 'place',
    name: { ar: 'سورية', en: 'Syria' },
    note: {
      ar: 'البلد الذي تدور فيه الأحداث، حيث «دخلت الأزمة عامها الخامس».',
      en: 'The country where it all happens, where “the crisis has entered its fifth year”.',
    },
    mentions: [
      { s: 'h2.s1', ar: 'سورية', en: 'Syria' },
      { s: 'p1.s1', ar: 'سورية', en: 'Syria' },
      { s: 'p5.s3', ar: 'سورية', en: 'Syria' },
    ],
  },

  // ── Organizations and states ────────────────────────────────────────────────────────────────────
  {
    id: 'isis',
    kind: 'org',
    name: { ar: 'داعش', en: 'Daesh (ISIS)' },
    note: {
      ar: 'التنظيم الذي سيطر على القريتين وقُتل 51 من عناصره. يسميه المقال أيضاً «التنظيم».',
      en: 'The group that took al-Qaryatayn and lost 51 members to coalition strikes. The article also calls it «التنظيم», “the Organization”.',
    },
    outside: {
      text: {
        ar: '«داعش» اختصار عربي لاسم «الدولة الإسلامية في العراق والشام».',
        en: '“Daesh” is the Arabic acronym for the group known in English as ISIS or “Islamic State”.',
      },
      sources: [
        {
          label: 'AP via Kurdistan24: IS, ISIS, ISIL and Daesh',
          url: 'https://www.kurdistan24.net/public/en/story/1374-Is-it-IS,-ISIS-or-ISIL,-and-what-is-DAESH',
        },
      ],
    },
    mentions: [
      { s: 'h1.s1', ar: 'داعشياً', en: 'Daesh' },
      { s: 'h1.s2', ar: '«التنظيم»', en: '“the Organization”' },
      { s: 'c.s1', ar: '«داعش»', en: '“Daesh”' },
      { s: 'p1.s1', ar: '«داعش»', en: '“Daesh”' },
      { s: 'p8.s1', ar: '«داعش»', en: '“Daesh”' },
      { s: 'p8.s2', ar: 'التنظيم', en: 'the group' },
      { s: 'p8.s3', ar: 'التنظيم الإرهابي', en: 'the terrorist group' },
    ],
  },
  {
    id: 'coalition',
    kind: 'org',
    name: { ar: 'التحالف الدولي', en: 'the international coalition' },
    note: {
      ar: 'قصفت طائراته مواقع التنظيم فقتلت 51 من عناصره خلال 48 ساعة.',
      en: 'Its aircraft bombed the group’s positions, killing 51 of its members in 48 hours.',
    },
    outside: {
      text: {
        ar: 'تحالف بقيادة الولايات المتحدة يقصف التنظيم في سورية منذ سبتمبر 2014.',
        en: 'A US-led coalition that had been bombing the group in Syria since September 2014.',
      },
      sources: [
        {
          label: 'BBC News: US begins air strikes against Islamic State in Syria (23 Sept 2014)',
          url: 'https://www.bbc.com/news/world-middle-east-29321236',
        },
      ],
    },
    mentions: [
      { s: 'h1.s1', ar: 'التحالف', en: 'coalition' },
      { s: 'p1.s1', ar: 'التحالف', en: 'coalition' },
      { s: 'p8.s1', ar: 'التحالف الدولي', en: 'international-coalition' },
    ],
  },
  {
    id: 'un',
    kind: 'org',
    name: { ar: 'الأمم المتحدة', en: 'the United Nations' },
    note: {
      ar: 'قد يحملها الاتفاق على تشكيل مجموعة خبراء تحدد المسؤولين عن هجمات الكلور.',
      en: 'The agreement could lead it to form a group of experts to identify who was behind the chlorine attacks.',
    },
    mentions: [
      { s: 'p1.s1', ar: 'الأمم المتحدة', en: 'United Nations' },
      { s: 'p2.s1', ar: 'الامم المتحدة', en: 'United Nations' },
    ],
  },
  {
    id: 'unsc',
    kind: 'org',
    name: { ar: 'مجلس الأمن الدولي', en: 'the UN Security Council' },
    note: {
      ar: 'يضم 15 دولة، ولروسيا والولايات المتحدة فيه حق النقض. قد يصوّت «اليوم» على القرار.',
      en: 'It has 15 member states; Russia and the United States hold a veto in it. It may vote on the resolution “today”.',
    },
    outside: {
      text: {
        ar: 'صوّت المجلس في 7 أغسطس 2015 بالإجماع (15 صوتاً) على القرار 2235. لا يذكر المقال النتيجة.',
        en: 'On 7 August 2015 the Council adopted Resolution 2235 unanimously, 15–0. The article does not give the result.',
      },
      sources: [{ label: 'UN press release SC/12001', url: 'https://press.un.org/en/2015/sc12001.doc.htm' }],
    },
    mentions: [
      { s: 'p3.s1', ar: 'مجلس الأمن الدولي', en: 'UN Security Council' },
      { s: 'p4.s1', ar: 'مجلس الأمن الدولي', en: 'UN Security Council' },
      { s: 'p4.s1', ar: 'مجلس الأمن الدولي', nth: 1 },
      { s: 'p5.s3', ar: 'مجلس الأمن الدولي', en: 'UN Security Council' },
      { s: 'p7.s3', ar: 'مجلس الأمن الدولي', en: 'UN Security Council' },
    ],
  },
  {
    id: 'sohr',
    kind: 'org',
    name: { ar: 'المرصد السوري لحقوق الإنسان', en: 'the Syrian Observatory for Human Rights' },
    note: {
      ar: 'أفاد بمقتل 51 من عناصر «داعش» في قصف التحالف.',
      en: 'It reported that 51 “Daesh” members were killed in coalition bombing.',
    },
    outside: {
      text: {
        ar: 'منظمة رصد مقرها بريطانيا تعتمد على شبكة مصادر داخل سورية.',
        en: 'A Britain-based monitoring group that relies on a network of sources inside Syria.',
      },
      sources: [
        {
          label: 'Reuters',
          url: 'https://www.reuters.com/article/us-syria-observatory/syrian-shop-keeper-wages-lonely-war-from-english-city-idUSBRE82D0XW20120314',
        },
      ],
    },
    mentions: [{ s: 'p8.s1', ar: 'المرصد السوري لحقوق الإنسان', en: 'Syrian Observatory for Human Rights' }],
  },
  {
    id: 'russian-mfa',
    kind: 'org',
    name: { ar: 'وزارة الخارجية الروسية', en: 'the Russian Foreign Ministry' },
    note: {
      ar: 'أكدت متحدثة باسمها أن المسألة نوقشت.',
      en: 'A spokeswoman for it confirmed that the matter had been discussed.',
    },
    mentions: [{ s: 'p7.s2', ar: 'وزارة الخارجية الروسية', en: 'Russian Foreign Ministry' }],
  },
  {
    id: 'regime',
    kind: 'org',
    name: { ar: 'النظام السوري', en: 'the Syrian regime' },
    note: {
      ar: 'تتهمه بريطانيا وفرنسا والولايات المتحدة بهجمات بالغاز، وتقول إنه الوحيد الذي يملك مروحيات. قاتلت قواته التنظيم في القريتين.',
      en: 'Britain, France and the US accuse it of gas attacks and say it alone has helicopters. Its forces fought the group at al-Qaryatayn.',
    },
    mentions: [
      { s: 'p5.s4', ar: 'النظام السوري', en: 'Syrian regime' },
      { s: 'p6.s1', ar: 'النظام السوري', en: 'Syrian regime' },
      { s: 'p8.s2', ar: 'قوات النظام', en: 'regime forces' },
    ],
  },
  {
    id: 'usa',
    kind: 'org',
    name: { ar: 'الولايات المتحدة', en: 'the United States' },
    note: {
      ar: 'قدمت مشروع القرار إلى مجلس الأمن، وتملك فيه حق النقض.',
      en: 'It submitted the draft resolution to the Security Council, where it holds a veto.',
    },
    mentions: [
      { s: 'h2.s1', ar: 'أميركي', en: 'US' },
      { s: 'p4.s1', ar: 'الولايات المتحدة', en: 'United States' },
      { s: 'p4.s1', ar: 'الولايات المتحدة', nth: 1 },
      { s: 'p5.s4', ar: 'الولايات المتحدة', en: 'United States' },
      { s: 'p7.s1', ar: 'الولايات المتحدة', en: 'United States' },
    ],
  },
  {
    id: 'russia',
    kind: 'org',
    name: { ar: 'روسيا', en: 'Russia' },
    note: {
      ar: 'حليفة الأسد، ولها حق النقض. تقول إنه لا أدلة دامغة على مسؤولية دمشق، لكنها تؤيد تحديد المسؤول عن هجمات الكلور.',
      en: 'Assad’s ally, with a veto. It says there is no conclusive evidence against Damascus, but supports identifying who was behind the chlorine attacks.',
    },
    mentions: [
      { s: 'h2.s1', ar: 'روسي', en: 'Russian' },
      { s: 'p4.s1', ar: 'موسكو', en: 'Moscow' },
      { s: 'p4.s1', ar: 'روسيا', en: 'Russia' },
      { s: 'p6.s1', ar: 'روسيا', en: 'Russia' },
      { s: 'p7.s1', ar: 'روسيا', en: 'Russia' },
    ],
  },
  {
    id: 'uk',
    kind: 'org',
    name: { ar: 'بريطانيا', en: 'Britain' },
    note: {
      ar: 'إحدى الدول الثلاث التي تتهم النظام السوري بهجمات بالغاز.',
      en: 'One of the three countries that accuse the Syrian regime of gas attacks.',
    },
    mentions: [{ s: 'p5.s4', ar: 'بريطانيا', en: 'Britain' }],
  },
  {
    id: 'france',
    kind: 'org',
    name: { ar: 'فرنسا', en: 'France' },
    note: {
      ar: 'إحدى الدول الثلاث التي تتهم النظام السوري بهجمات بالغاز.',
      en: 'One of the three countries that accuse the Syrian regime of gas attacks.',
    },
    mentions: [{ s: 'p5.s4', ar: 'فرنسا', en: 'France' }],
  },
  {
    id: 'western-three',
    kind: 'org',
    name: { ar: 'بريطانيا وفرنسا والولايات المتحدة', en: 'Britain, France and the United States' },
    note: {
      ar: '«الدول الثلاث»: تتهم النظام السوري بهجمات بالغاز وتؤكد أنه الوحيد الذي يملك مروحيات.',
      en: '“The three countries”: they accuse the Syrian regime of gas attacks and stress it is the only side with helicopters.',
    },
    mentions: [{ s: 'p6.s1', ar: 'هذه الدول', en: 'These three countries' }],
  },
  {
    id: 'ap',
    kind: 'org',
    name: { ar: 'أسوشيتد برس (أ.ب)', en: 'the Associated Press (AP)' },
    note: {
      ar: 'وكالة الأنباء التي التقطت الصورة.',
      en: 'The news agency that took the photo.',
    },
    mentions: [{ s: 'c.s2', ar: 'أ.ب', en: 'AP' }],
  },

  // ── Numbers ─────────────────────────────────────────────────────────────────────────────────────
  {
    id: 'n-51',
    kind: 'number',
    name: { ar: '51 قتيلاً من «داعش»', en: '51 Daesh members killed' },
    note: {
      ar: 'عدد عناصر التنظيم الذين قُتلوا بقصف طائرات التحالف خلال 48 ساعة، بحسب المرصد السوري.',
      en: 'How many of the group’s members coalition bombing killed in 48 hours, according to the Syrian Observatory.',
    },
    value: 51,
    mentions: [
      { s: 'h1.s1', ar: '51', en: '51' },
      { s: 'p1.s1', ar: '51', en: '51' },
      { s: 'p8.s1', ar: '51', en: '51' },
    ],
  },
  {
    id: 'n-48',
    kind: 'number',
    name: { ar: '48 ساعة', en: '48 hours' },
    note: {
      ar: 'المدة التي قُتل فيها الـ51. إذا كان المقال من 7 أغسطس 2015 فهي نحو 5–7 أغسطس.',
      en: 'The time in which the 51 were killed. If the article is from 7 August 2015, that is roughly 5–7 August.',
    },
    value: 48,
    mentions: [{ s: 'p8.s1', ar: 'الـ48 ساعة', en: '48 hours' }],
  },
  {
    id: 'n-15',
    kind: 'number',
    name: { ar: '15 دولة عضواً', en: '15 member states' },
    note: {
      ar: 'عدد الدول الأعضاء في مجلس الأمن الدولي، وقد قدّمت إليها الولايات المتحدة مشروع القرار.',
      en: 'The number of member states of the UN Security Council, to which the US submitted the draft.',
    },
    value: 15,
    mentions: [{ s: 'p4.s1', ar: 'الـ15', en: '15' }],
  },
  {
    id: 'n-230000',
    kind: 'number',
    name: { ar: 'أكثر من 230 ألف قتيل', en: 'more than 230,000 dead' },
    note: {
      ar: 'عدد من أودت الأزمة السورية بحياتهم حتى ذلك الوقت، بحسب المقال.',
      en: 'How many people the Syrian crisis had killed by then, according to the article.',
    },
    outside: {
      text: {
        ar: 'أعلن المرصد السوري 230,618 قتيلاً في 9 يونيو 2015، ثم رفع العدد إلى 240,381 في 6 أغسطس 2015.',
        en: 'The Syrian Observatory announced 230,618 dead on 9 June 2015 and raised the count to 240,381 on 6 August 2015.',
      },
      sources: [
        {
          label: 'Al-Araby',
          url: 'https://www.alaraby.co.uk/english/news/2015/8/7/nearly-12-000-children-killed-in-syria',
        },
      ],
    },
    value: 230000,
    mentions: [{ s: 'p5.s3', ar: '230 ألف', en: '230,000' }],
  },
  {
    id: 'n-fifth-year',
    kind: 'number',
    name: { ar: 'العام الخامس', en: 'the fifth year' },
    note: {
      ar: 'دخلت الأزمة السورية عامها الخامس.',
      en: 'The Syrian crisis has entered its fifth year.',
    },
    outside: {
      text: {
        ar: 'بدأت الاحتجاجات في مارس 2011، فيكون أغسطس 2015 في عامها الخامس.',
        en: 'The protests began in March 2011, so August 2015 falls in the crisis’s fifth year.',
      },
      sources: [
        {
          label: 'IBTimes',
          url: 'https://www.ibtimes.co.uk/syria-five-years-brutal-civil-war-numbers-conflict-enters-sixth-year-1549559',
        },
      ],
    },
    value: 5,
    mentions: [{ s: 'p5.s3', ar: 'عامها الخامس', en: 'fifth year' }],
  },
  {
    id: 'n-three',
    kind: 'number',
    name: { ar: 'ثلاث دول', en: 'three countries' },
    note: {
      ar: 'بريطانيا وفرنسا والولايات المتحدة.',
      en: 'Britain, France and the United States.',
    },
    value: 3,
    mentions: [{ s: 'p6.s1', ar: 'الثلاث', en: 'three' }],
  },

  // ── Times ───────────────────────────────────────────────────────────────────────────────────────
  {
    id: 't-yesterday',
    kind: 'time',
    name: { ar: 'أمس', en: 'yesterday' },
    note: {
      ar: 'في مقال نُشر في 7 أغسطس 2015، «أمس» هو الخميس 6 أغسطس 2015: يوم تحدث كيري.',
      en: 'In an article published on 7 August 2015, «أمس» (yesterday) is Thursday 6 August 2015: the day Kerry spoke.',
    },
    days: { start: '2015-08-06', end: '2015-08-06' },
    mentions: [{ s: 'p1.s1', ar: 'أمس', en: 'yesterday' }],
  },
  {
    id: 't-day-after',
    kind: 'time',
    name: { ar: 'غداة', en: 'the day after' },
    note: {
      ar: '«غداة» تعني «في اليوم التالي». تحدث كيري «أمس»، أي 6 أغسطس 2015، فيكون لقاؤه مع لافروف في 5 أغسطس.',
      en: '«غداة» means “on the day after”. Kerry spoke “yesterday”, 6 August 2015, so his meeting with Lavrov was on 5 August.',
    },
    days: { start: '2015-08-06', end: '2015-08-06' },
    mentions: [{ s: 'p2.s1', ar: 'غداة', en: 'the day after' }],
  },
  {
    id: 't-today',
    kind: 'time',
    name: { ar: 'اليوم', en: 'today' },
    note: {
      ar: '«اليوم» هو يوم نشر المقال: الجمعة 7 أغسطس 2015، يوم تصويت مجلس الأمن.',
      en: '«اليوم» (today) is the day the article came out: Friday 7 August 2015, the day of the Security Council vote.',
    },
    days: { start: '2015-08-07', end: '2015-08-07' },
    mentions: [{ s: 'p3.s1', ar: 'اليوم', en: 'today' }],
  },
  {
    id: 't-21-may',
    kind: 'time',
    name: { ar: '21 مايو', en: '21 May' },
    note: {
      ar: 'اليوم الذي سيطر فيه التنظيم على تدمر. لا يذكر المقال السنة (2015).',
      en: 'The day the group seized Palmyra. The article does not give the year (2015).',
    },
    days: { start: '2015-05-21', end: '2015-05-21' },
    mentions: [{ s: 'p8.s3', ar: '21 مايو', en: '21 May' }],
  },
];

/** Direct quotations, with who said them. */
export const quotes: Quote[] = [
  {
    id: 'q-kerry-agreement',
    speaker: 'kerry',
    s: 'p2.s1',
    ar: 'بحثنا كذلك في قرار الامم المتحدة، وأعتقد أننا توصلنا إلى اتفاق يفترض بموجبه أن يتم التصويت على هذا القرار قريباً، وأن تنشأ آلية لمحاسبة (المسؤولين)',
    en: 'We also discussed the United Nations resolution, and I believe we reached an agreement under which this resolution should be voted on soon, and a mechanism should be set up to hold (those responsible) to account.',
  },
  {
    id: 'q-kerry-facts',
    speaker: 'kerry',
    s: 'p5.s1',
    ar: 'ما نحاول القيام به هو الحصول على أكثر من مجرد الوقائع ومعرفة من استخدمه فعلاً، وتحميله مسؤولية هذا الاستخدام',
    en: 'What we are trying to do is to get more than just the facts: to know who actually used it, and to hold them responsible for that use.',
  },
  {
    id: 'q-kerry-mechanism',
    speaker: 'kerry',
    s: 'p5.s2',
    ar: 'نعتقد ان ما سنصل إليه بهذا القرار هو خلق آلية تتيح لنا القيام بذلك. هذا ما نأمله',
    en: 'We believe that what we will achieve with this resolution is the creation of a mechanism that allows us to do that. That is what we hope.',
  },
  {
    id: 'q-draft',
    speaker: 'usa',
    s: 'p4.s1',
    ar: 'تحديد، بأقصى ما يمكن، الأفراد والكيانات والجماعات، أو الحكومات',
    en: 'identify, to the greatest extent possible, the individuals, entities, groups, or governments',
  },
  {
    id: 'q-zakharova',
    speaker: 'zakharova',
    s: 'p7.s3',
    ar: 'كل ما يمكنني قوله هو أن اتفاقاً مثل هذا لا يمكن أن يتم إلا من خلال مجلس الأمن الدولي',
    en: 'All I can say is that an agreement like this can only be made through the UN Security Council.',
  },
];

/** Claims the article attributes to someone without quoting them: the answers to "who says so?". */
export const claims: Claim[] = [
  {
    id: 'c-gas-attacks',
    by: 'western-three',
    s: 'p5.s4',
    ar: 'وتتهم بريطانيا وفرنسا والولايات المتحدة النظام السوري بتنفيذ هجمات بالغاز',
    text: {
      ar: 'النظام السوري نفّذ هجمات بالغاز باستخدام براميل متفجرة تُلقى من المروحيات.',
      en: 'The Syrian regime carried out gas attacks with barrel bombs dropped from helicopters.',
    },
  },
  {
    id: 'c-helicopters',
    by: 'western-three',
    s: 'p6.s1',
    ar: 'وتؤكد هذه الدول الثلاث أن النظام السوري هو الوحيد الذي يمتلك مروحيات',
    text: {
      ar: 'النظام السوري هو الوحيد الذي يملك مروحيات.',
      en: 'The Syrian regime is the only side that has helicopters.',
    },
  },
  {
    id: 'c-no-evidence',
    by: 'russia',
    s: 'p6.s1',
    ar: 'تصر روسيا على أنه لا يوجد أدلة دامغة على أن دمشق تقف وراء الهجمات',
    text: {
      ar: 'لا توجد أدلة دامغة على أن دمشق تقف وراء الهجمات.',
      en: 'There is no conclusive evidence that Damascus is behind the attacks.',
    },
  },
  {
    id: 'c-supports-identifying',
    by: 'russia',
    s: 'p7.s1',
    ar: 'وقالت روسيا إنها تؤيد خطوة تحديد المسؤول عن هجمات الكلور',
    text: {
      ar: 'نؤيد خطوة تحديد المسؤول عن هجمات الكلور.',
      en: 'We support the step of identifying who is responsible for the chlorine attacks.',
    },
  },
  {
    id: 'c-discussed',
    by: 'russian-mfa',
    s: 'p7.s2',
    ar: 'وأكدت متحدثة باسم وزارة الخارجية الروسية أنه تمت مناقشة المسألة',
    text: {
      ar: 'تمت مناقشة المسألة (القرار المقترح).',
      en: 'The matter (the proposed resolution) had been discussed.',
    },
  },
  {
    id: 'c-51-killed',
    by: 'sohr',
    s: 'p8.s1',
    ar: 'أفاد المرصد السوري لحقوق الإنسان بمقتل 51 من عناصر «داعش»',
    text: {
      ar: 'قُتل 51 من عناصر «داعش» في قصف طائرات التحالف خلال 48 ساعة.',
      en: '51 “Daesh” members were killed by coalition bombing in 48 hours.',
    },
  },
  {
    id: 'c-strategic',
    by: 'abdulrahman',
    s: 'p8.s3',
    ar: 'وتحظى مدينة القريتين بأهمية استراتيجية، وفق عبدالرحمن',
    text: {
      ar: 'للقريتين أهمية استراتيجية لأنها على طريق يربط تدمر بريف القلمون الشرقي.',
      en: 'Al-Qaryatayn is strategically important because it lies on a road linking Palmyra with the eastern Qalamoun.',
    },
  },
];
