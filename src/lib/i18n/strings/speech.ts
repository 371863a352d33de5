import { strings } from './index';

/** Read-aloud: the reader's Listen bar, and the Listen buttons (how to get an Arabic voice is About's). */
export const speechText = strings({
  ar: {
    listen: 'استمع إلى المقال',
    listenSentence: 'استمع إلى الجملة',
    listenTranslation: 'استمع إلى الترجمة',
    listenWord: 'استمع إلى الكلمة',
    listenQuote: 'استمع إلى الاقتباس',
    pause: 'إيقاف مؤقت',
    resume: 'تابع',
    stop: 'أوقف القراءة',
    slow: 'قراءة بطيئة',
    reading: 'يُقرأ الآن',
  },
  en: {
    listen: 'Listen to the article',
    listenSentence: 'Listen to the sentence',
    listenTranslation: 'Listen to the translation',
    listenWord: 'Listen to the word',
    listenQuote: 'Listen to the quotation',
    pause: 'Pause',
    resume: 'Resume',
    stop: 'Stop reading',
    slow: 'Read slowly',
    reading: 'Now reading',
  },
});
