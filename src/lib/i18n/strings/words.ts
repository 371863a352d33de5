import { strings } from './index';

/** The word layer: the words page, and what any page says when the words cannot load. */
export const words = strings({
  ar: {
    title: 'كلمات المقال',
    description:
      'كل كلمات المقال مرتبة حسب الجذر: الجذر، ثم كلماته المعجمية، ثم صيغها في المقال مع جملها. ابحث بالعربية (بالتشكيل أو بدونه) أو بالمعنى الإنجليزي أو بالحروف اللاتينية.',
    intro:
      'كل كلمة في المقال، مرتبة حسب جذرها: تحت كل جذر كلماته كما ترد في المعجم، وتحت كل كلمة صيغها في المقال مع الجملة التي ترد فيها. اضغط جملة لتنتقل إليها في المقال.',
    filterLabel: 'ابحث في الكلمات',
    filterHint:
      'بالعربية بالتشكيل أو بدونه، أو بجذر (ف ي د)، أو بالمعنى الإنجليزي، أو بالحروف اللاتينية (qarya).',
    countAll: 'الكلمات: {n}، الجذور: {roots}',
    countFound: 'النتائج: {n}',
    countNone: 'لا كلمة تطابق «{q}».',
    rootsTitle: 'الكلمات حسب الجذر',
    rootlessTitle: 'كلمات بلا جذر',
    rootlessIntro: 'أسماء الأعلام والكلمات الدخيلة والأعداد والحروف لا ترجع إلى جذر عربي.',
    rootPrefix: 'الجذر',
    loading: 'جارٍ تحميل الكلمات…',
    failedOffline:
      'تعذّر تحميل الكلمات: يبدو أن الجهاز غير متصل، ولم يُحفظ التطبيق للاستخدام دون اتصال بعد. اتصل بالإنترنت مرة واحدة ثم أعد المحاولة.',
    failedHttp: 'تعذّر تحميل الكلمات من الخادم. أعد المحاولة بعد قليل.',
    failedDamaged:
      'نسخة الكلمات المحفوظة على هذا الجهاز تالفة. أعد تحميل الصفحة وأنت متصل بالإنترنت لتُحفظ من جديد.',
    retry: 'أعد المحاولة',
  },
  en: {
    title: 'Words of the article',
    description:
      'Every word of the article by root: the root, its dictionary words, and their forms in the article with their sentences. Search in Arabic (with or without vowels), by English meaning, or in Latin letters.',
    intro:
      'Every word of the article, by its root: under each root its dictionary words, and under each the forms the article uses, with the sentence each stands in. Tap a sentence to go to it in the article.',
    filterLabel: 'Search the words',
    filterHint:
      'Arabic with or without vowels, a root (ف ي د), an English meaning, or Latin letters (qarya).',
    countAll: 'Words: {n}, roots: {roots}',
    countFound: 'Words found: {n}',
    countNone: 'No word matches “{q}”.',
    rootsTitle: 'Words by root',
    rootlessTitle: 'Words without a root',
    rootlessIntro: 'Names, loanwords, numbers and particles come from no Arabic root.',
    rootPrefix: 'Root',
    loading: 'Loading the words…',
    failedOffline:
      'The words could not be loaded: this device seems to be offline, and the app was not saved for offline use yet. Connect once, then try again.',
    failedHttp: 'The server did not send the words. Try again in a moment.',
    failedDamaged:
      'The copy of the words kept on this device is damaged. Reload the page while online to save it again.',
    retry: 'Try again',
  },
});
