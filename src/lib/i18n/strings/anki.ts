import { strings } from './index';

/** The review deck as a file for Anki: on the review page and beside the deck on the About page. */
export const anki = strings({
  ar: {
    title: 'إلى برنامج Anki',
    hint: 'نزّل بطاقاتك ملفاً نصياً يستورده برنامج Anki (ملف ← استيراد): في كل سطر السؤال أو الكلمة، ثم الإجابة، ثم جملة المقال، ثم الوسم qaryatayn-2015.',
    button: 'نزّل البطاقات لبرنامج Anki',
    done: 'حُفظ في الملف {file}: {cards}.',
    skipped: 'لم يُضمَّن ما جاء من نسخة أخرى من التطبيق: {cards}.',
    empty: 'مجموعتك فارغة، فلا شيء لتنزيله بعد.',
    unknown: 'لا تستطيع هذه النسخة من التطبيق قراءة أي من بطاقاتك، فلا شيء لتنزيله.',
    notLoaded:
      'تعذّر إعداد الملف لأن الأسئلة أو الكلمات لم تُحمَّل. افتح التطبيق مرة وأنت متصل، ثم أعد المحاولة.',
  },
  en: {
    title: 'To Anki',
    hint: 'Download your cards as a text file Anki imports (File → Import): on each line the question or word, the answer, the article’s sentence and the tag qaryatayn-2015.',
    button: 'Download the cards for Anki',
    done: 'Saved to {file}: {cards}.',
    skipped: 'Left out, as they come from another version of the app: {cards}.',
    empty: 'Your deck is empty: there is nothing to download yet.',
    unknown: 'This version of the app cannot read any of your cards, so there is nothing to download.',
    notLoaded:
      'The file could not be made: the questions or words did not load. Open the app once while online, then try again.',
  },
});
