import { strings } from './index';

/** The About & privacy page. */
export const about = strings({
  ar: {
    speechTitle: 'الاستماع إلى النص',
    speech:
      'يقرأ التطبيق النص بصوت عربي مثبّت على جهازك، ويعمل الصوت المثبّت دون إنترنت. إن لم يظهر زر «استمع» فليس على جهازك صوت عربي، ويمكنك إضافته:',
    speechAndroid:
      'أندرويد: الإعدادات ← النظام ← اللغات والإدخال ← تحويل النص إلى كلام ← إعدادات محرك «خدمات الكلام من Google» ← تثبيت البيانات الصوتية ← العربية (تختلف الأسماء قليلاً بين الأجهزة).',
    speechIos:
      'آيفون وآيباد: الإعدادات ← تسهيلات الاستخدام ← المحتوى المنطوق ← الأصوات ← العربية، ثم نزّل صوتاً.',
    speechAfter:
      'ثم أعد فتح التطبيق. لا يُرسل التطبيق شيئاً، لكن الصوت غير المثبّت (صوت عبر الإنترنت) يرسل النص المقروء إلى صانعه.',
    title: 'حول التطبيق والخصوصية',
    whatTitle: 'ما هذا التطبيق؟',
    what: 'تطبيق لدراسة خبر عربي واحد: اقرأه بالعربية مع ترجمة إنجليزية عند الطلب، واستكشف أحداثه على خط زمني وخريطة، واختبر فهمك. يستطيع المعلم إنشاء اختبار ومشاركته برابط أو رمز QR، وتعود النتائج إليه برابط أيضاً، دون حسابات.',
    articleTitle: 'المقال',
    articleSource: 'المصدر',
    articlePublished: 'تاريخ النشر (مستنتج)',
    articlePhoto: 'الصورة',
    articleNote: 'النص العربي منقول كما نُشر. الترجمة الإنجليزية كُتبت لهذا التطبيق.',
    privacyTitle: 'الخصوصية',
    privacy1: 'لا حسابات، ولا ملفات تعريف ارتباط (كوكيز)، ولا أدوات تحليل، ولا أي طرف ثالث.',
    privacy2:
      'لا يغادر شيء جهازك إلا إذا شاركته أنت: رابط الاختبار أو رابط النتيجة يحمل ما فيه فقط، ويصل إلى من ترسله إليه.',
    privacy3: 'يعمل التطبيق دون اتصال بعد الزيارة الأولى؛ نسخته المحفوظة في المتصفح لا تحوي أي بيانات شخصية.',
    keptTitle: 'ما يُحفظ على هذا الجهاز',
    keptNone: 'لا شيء محفوظ الآن.',
    keptUnknown: 'بيانات أخرى لهذا التطبيق.',
    keptDeckAnki: 'نزّل هذه البطاقات لبرنامج Anki من صفحة المراجعة',
    keptUnavailable: 'لا يسمح هذا المتصفح بالحفظ (ربما في وضع التصفح الخاص)، فلا شيء محفوظ.',
    eraseButton: 'امسح كل ما حُفظ',
    eraseTitle: 'مسح كل البيانات؟',
    eraseText:
      'سيُمسح تقدمك في الاختبار، ومحاولاتك السابقة، ونتائج طلابك إن كنت معلماً، وإعداداتك. لا يمكن التراجع عن ذلك.',
    eraseConfirm: 'نعم، امسح كل شيء',
    eraseCancel: 'إلغاء',
    erased: 'مُسح كل ما كان محفوظاً على هذا الجهاز.',
    creditsTitle: 'المصادر والشكر',
    outsideNote: 'كل معلومة من خارج المقال معلَّمة بذلك في التطبيق، ولا يسأل الاختبار عنها.',
  },
  en: {
    speechTitle: 'Listening to the text',
    speech:
      'The app reads the text aloud with an Arabic voice installed on your device; an installed voice works offline. If no Listen button shows, your device has no Arabic voice. To add one:',
    speechAndroid:
      'Android: Settings → System → Languages & input → Text-to-speech output → the settings of "Speech Services by Google" → Install voice data → Arabic (the names vary a little between makers).',
    speechIos:
      'iPhone and iPad: Settings → Accessibility → Spoken Content → Voices → Arabic, then download a voice.',
    speechAfter:
      'Then open the app again. The app sends nothing, but a voice that is not installed (an online voice) sends the text it reads to its maker.',
    title: 'About & privacy',
    whatTitle: 'What is this?',
    what: 'An app for studying one Arabic news article: read it in Arabic with an English translation on demand, explore its events on a timeline and a map, and test what you understood. A teacher can build a quiz and share it by link or QR code, and results come back by link too, with no accounts.',
    articleTitle: 'The article',
    articleSource: 'Source',
    articlePublished: 'Published (inferred)',
    articlePhoto: 'Photo',
    articleNote:
      'The Arabic text is reproduced as published. The English translation was written for this app.',
    privacyTitle: 'Privacy',
    privacy1: 'No accounts, no cookies, no analytics, no third parties of any kind.',
    privacy2:
      'Nothing leaves your device unless you share it: a quiz link or a result link carries only what is in it, to whoever you send it.',
    privacy3:
      'After the first visit the app works offline; the copy your browser keeps for that holds no personal data.',
    keptTitle: 'What is kept on this device',
    keptNone: 'Nothing is stored right now.',
    keptUnknown: 'Other data of this app.',
    keptDeckAnki: 'Download these cards for Anki on the review page',
    keptUnavailable:
      'This browser does not let the app store anything (perhaps private browsing), so nothing is kept.',
    eraseButton: 'Erase everything stored',
    eraseTitle: 'Erase all data?',
    eraseText:
      'This erases your quiz progress, your past attempts, your students’ results if you are a teacher, and your settings. It cannot be undone.',
    eraseConfirm: 'Yes, erase everything',
    eraseCancel: 'Cancel',
    erased: 'Everything this app stored on this device has been erased.',
    creditsTitle: 'Sources and credits',
    outsideNote:
      'Anything from outside the article is marked as such in the app, and the quiz never asks it.',
  },
});
