import type { Article } from './schema';

/**
 * The article, the product's one input, as data. Each sentence keeps the Arabic exactly as published
 * (tests compare it with `seed/article-ar.txt`) and an English translation written for learners.
 * Ids are stable forever: timeline events, quiz questions, entities and links point at them.
 */
export const article: Article = {
  meta: {
    published: '2015-08-07',
    publishedHow: {
      en: 'Not printed on the page: worked out from the article itself. It says Kerry spoke «أمس» (yesterday), which other reports put on Thursday 6 August 2015, and that the Security Council may vote «اليوم» (today); the vote took place on Friday 7 August 2015. Only 7 August fits both.',
      ar: 'لا يظهر التاريخ على الصفحة، بل استُنتج من المقال نفسه: يقول إن كيري تحدث «أمس»، وتضع تقارير أخرى ذلك يوم الخميس 6 أغسطس 2015، ويقول إن مجلس الأمن قد يصوّت «اليوم»، وقد جرى التصويت يوم الجمعة 7 أغسطس 2015. لا يوافق الأمرين إلا 7 أغسطس.',
    },
    source: {
      en: 'Probably Emarat Al Youm (UAE), a compilation of news-agency reports; not confirmed.',
      ar: 'على الأرجح صحيفة «الإمارات اليوم»، نقلاً عن وكالات الأنباء؛ غير مؤكد.',
    },
    photoCredit: { en: 'Photo: AP (Associated Press)', ar: 'الصورة: أ.ب (أسوشيتد برس)' },
  },
  blocks: [
    {
      id: 'h1',
      kind: 'headline',
      sentences: [
        {
          id: 'h1.s1',
          ar: 'مقتل 51 داعشياً بقصف لطائرات التحالف..',
          en: '51 Daesh fighters killed in bombing by coalition aircraft…',
        },
        {
          id: 'h1.s2',
          ar: 'و«التنظيم» يسيطر على مدينة استراتيجية بحمص',
          en: 'and “the Organization” seizes a strategic town in Homs',
        },
      ],
    },
    {
      id: 'h2',
      kind: 'subheadline',
      sentences: [
        {
          id: 'h2.s1',
          ar: 'اتفاق أميركي - روسي على قرار دولي للتحقيق في الهجمات بالكلور في سورية',
          en: 'US–Russian agreement on an international resolution to investigate the chlorine attacks in Syria',
        },
      ],
    },
    {
      id: 'c',
      kind: 'caption',
      sentences: [
        {
          id: 'c.s1',
          ar: 'عناصر من «داعش» تسيطر بشكل كامل على مدينة القريتين الواقعة في ريف حمص الجنوبي الشرقي.',
          en: 'Members of “Daesh” take full control of the town of al-Qaryatayn, in the south-eastern countryside of Homs.',
        },
        { id: 'c.s2', ar: 'أ.ب', en: 'Photo: AP.' },
      ],
    },
    {
      id: 'p1',
      kind: 'paragraph',
      sentences: [
        {
          id: 'p1.s1',
          ar: 'أفاد وزير الخارجية الأميركي، جون كيري، أمس، بأنه توصل إلى اتفاق مع نظيره الروسي، سيرغي لافروف، قد يحمل الأمم المتحدة على تشكيل مجموعة خبراء مكلفة تحديد المسؤولين خلف الهجمات بغاز الكلور في سورية، وفي وقت قتل فيه 51 من تنظيم «داعش» جراء قصف طائرات التحالف، تمكن التنظيم من السيطرة على مدينة استراتيجية في حمص.',
          en: 'US Secretary of State John Kerry said yesterday that he had reached an agreement with his Russian counterpart, Sergei Lavrov, that could lead the United Nations to form a group of experts tasked with identifying those responsible for the chlorine gas attacks in Syria. Meanwhile, as 51 members of “Daesh” were killed in bombing by coalition aircraft, the group managed to take control of a strategic town in Homs.',
        },
      ],
    },
    {
      id: 'p2',
      kind: 'paragraph',
      sentences: [
        {
          id: 'p2.s1',
          ar: 'وتفصيلاً، قال كيري غداة لقاء مع لافروف في ماليزيا «بحثنا كذلك في قرار الامم المتحدة، وأعتقد أننا توصلنا إلى اتفاق يفترض بموجبه أن يتم التصويت على هذا القرار قريباً، وأن تنشأ آلية لمحاسبة (المسؤولين)».',
          en: 'In detail: the day after a meeting with Lavrov in Malaysia, Kerry said, “We also discussed the United Nations resolution, and I believe we reached an agreement under which this resolution should be voted on soon, and a mechanism should be set up to hold (those responsible) to account.”',
        },
      ],
    },
    {
      id: 'p3',
      kind: 'paragraph',
      sentences: [
        {
          id: 'p3.s1',
          ar: 'ومن الممكن أن يصوت مجلس الأمن الدولي اليوم على قرار تشكيل لجنة مهمتها تقديم كل من يقف وراء استخدام الأسلحة الكيميائية إلى العدالة.',
          en: 'The UN Security Council may vote today on a resolution to form a committee whose task is to bring to justice everyone who stands behind the use of chemical weapons.',
        },
      ],
    },
    {
      id: 'p4',
      kind: 'paragraph',
      sentences: [
        {
          id: 'p4.s1',
          ar: 'وقدمت الولايات المتحدة مشروع قرار للدول الـ15 الأعضاء في مجلس الأمن الدولي، يدعو إلى إنشاء فريق عمل لـ«تحديد، بأقصى ما يمكن، الأفراد والكيانات والجماعات، أو الحكومات» المتورطة في استخدام الأسلحة الكيميائية، لكن القيام بذلك يحتاج إلى دعم من موسكو، حليفة الرئيس السوري بشار الأسد، إذ إن روسيا كما الولايات المتحدة تملك حق النقض في مجلس الأمن الدولي.',
          en: 'The United States gave the 15 member states of the UN Security Council a draft resolution calling for a working team to “identify, to the greatest extent possible, the individuals, entities, groups, or governments” involved in the use of chemical weapons. But doing so needs the support of Moscow, the ally of Syrian President Bashar al-Assad, because Russia, like the United States, holds the right of veto in the UN Security Council.',
        },
      ],
    },
    {
      id: 'p5',
      kind: 'paragraph',
      sentences: [
        {
          id: 'p5.s1',
          ar: 'وقال كيري للصحافيين، بعد منتدى الأمن الاقليمي في ماليزيا «ما نحاول القيام به هو الحصول على أكثر من مجرد الوقائع ومعرفة من استخدمه فعلاً، وتحميله مسؤولية هذا الاستخدام».',
          en: 'Kerry told journalists after the Regional Security Forum in Malaysia: “What we are trying to do is to get more than just the facts: to know who actually used it, and to hold them responsible for that use.”',
        },
        {
          id: 'p5.s2',
          ar: 'وأضاف «نعتقد ان ما سنصل إليه بهذا القرار هو خلق آلية تتيح لنا القيام بذلك. هذا ما نأمله».',
          en: 'He added: “We believe that what we will achieve with this resolution is the creation of a mechanism that allows us to do that. That is what we hope.”',
        },
        {
          id: 'p5.s3',
          ar: 'وتزايدت الضغوط على مجلس الأمن الدولي للتحرك حول سورية، حيث دخلت الأزمة عامها الخامس، وأودت بحياة أكثر من 230 ألف شخص.',
          en: 'Pressure has grown on the UN Security Council to act on Syria, where the crisis has entered its fifth year and has claimed the lives of more than 230,000 people.',
        },
        {
          id: 'p5.s4',
          ar: 'وتتهم بريطانيا وفرنسا والولايات المتحدة النظام السوري بتنفيذ هجمات بالغاز باستخدام براميل متفجرة تلقى من المروحيات.',
          en: 'Britain, France and the United States accuse the Syrian regime of carrying out gas attacks with barrel bombs dropped from helicopters.',
        },
      ],
    },
    {
      id: 'p6',
      kind: 'paragraph',
      sentences: [
        {
          id: 'p6.s1',
          ar: 'وتؤكد هذه الدول الثلاث أن النظام السوري هو الوحيد الذي يمتلك مروحيات، فيما تصر روسيا على أنه لا يوجد أدلة دامغة على أن دمشق تقف وراء الهجمات.',
          en: 'These three countries stress that the Syrian regime is the only side that has helicopters, while Russia insists that there is no conclusive evidence that Damascus is behind the attacks.',
        },
      ],
    },
    {
      id: 'p7',
      kind: 'paragraph',
      sentences: [
        {
          id: 'p7.s1',
          ar: 'وقالت روسيا إنها تؤيد خطوة تحديد المسؤول عن هجمات الكلور، وإنها كانت تجري محادثات مع الولايات المتحدة حول القرار المقترح.',
          en: 'Russia said that it supports the step of identifying who is responsible for the chlorine attacks, and that it had been holding talks with the United States about the proposed resolution.',
        },
        {
          id: 'p7.s2',
          ar: 'وأكدت متحدثة باسم وزارة الخارجية الروسية أنه تمت مناقشة المسألة.',
          en: 'A spokeswoman for the Russian Foreign Ministry confirmed that the matter had been discussed.',
        },
        {
          id: 'p7.s3',
          ar: 'وأضافت ماريا زاخاروفا «كل ما يمكنني قوله هو أن اتفاقاً مثل هذا لا يمكن أن يتم إلا من خلال مجلس الأمن الدولي».',
          en: 'Maria Zakharova added: “All I can say is that an agreement like this can only be made through the UN Security Council.”',
        },
      ],
    },
    {
      id: 'p8',
      kind: 'paragraph',
      sentences: [
        {
          id: 'p8.s1',
          ar: 'ميدانياً، أفاد المرصد السوري لحقوق الإنسان بمقتل 51 من عناصر «داعش» خلال الـ48 ساعة جراء قصف طائرات التحالف الدولي بشكل مكثف تمركزات ومواقع وحواجز التنظيم في دير الزور والحسكة والرقة.',
          en: 'On the ground, the Syrian Observatory for Human Rights reported that 51 “Daesh” members were killed over the past 48 hours by intensive bombing by international-coalition aircraft of the group’s positions, sites and checkpoints in Deir ez-Zor, al-Hasakah and Raqqa.',
        },
        {
          id: 'p8.s2',
          ar: 'يأتي ذلك في وقت سيطر فيه التنظيم بشكل كامل على مدينة القريتين الواقعة في ريف حمص الجنوبي الشرقي، بعد اشتباكات عنيفة ضد قوات النظام والمسلحين الموالين لها، استمرت ساعات طويلة.',
          en: 'This comes as the group took full control of the town of al-Qaryatayn, in the south-eastern countryside of Homs, after fierce clashes with regime forces and the gunmen loyal to them that lasted many hours.',
        },
        {
          id: 'p8.s3',
          ar: 'وتحظى مدينة القريتين بأهمية استراتيجية، وفق عبدالرحمن، نتيجة موقعها على طريق يربط مدينة تدمر الاثرية التي سيطر التنظيم الإرهابي عليها في 21 مايو بريف القلمون الشرقي في محافظة دمشق.',
          en: 'According to Abdulrahman, al-Qaryatayn is strategically important because it lies on a road linking the ancient city of Palmyra (Tadmur), which the terrorist group seized on 21 May, with the eastern Qalamoun countryside in Damascus province.',
        },
      ],
    },
  ],
};
