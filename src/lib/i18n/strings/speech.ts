import { strings } from './index';

/** Read-aloud: the reader's Listen bar, the Listen buttons, and how to get an Arabic voice (About). */
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
    howTitle: 'الاستماع إلى النص',
    how: 'يقرأ التطبيق النص بصوت عربي مثبّت على جهازك، ويعمل الصوت المثبّت دون إنترنت. إن لم يظهر زر «استمع» فليس على جهازك صوت عربي، ويمكنك إضافته:',
    howAndroid:
      'أندرويد: الإعدادات ← النظام ← اللغات والإدخال ← تحويل النص إلى كلام ← إعدادات محرك «خدمات الكلام من Google» ← تثبيت البيانات الصوتية ← العربية (تختلف الأسماء قليلاً بين الأجهزة).',
    howIos: 'آيفون وآيباد: الإعدادات ← تسهيلات الاستخدام ← المحتوى المنطوق ← الأصوات ← العربية، ثم نزّل صوتاً.',
    howAfter:
      'ثم أعد فتح التطبيق. لا يُرسل التطبيق شيئاً، لكن الصوت غير المثبّت (صوت عبر الإنترنت) يرسل النص المقروء إلى صانعه.',
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
    howTitle: 'Listening to the text',
    how: 'The app reads the text aloud with an Arabic voice installed on your device; an installed voice works offline. If no Listen button shows, your device has no Arabic voice. To add one:',
    howAndroid:
      'Android: Settings → System → Languages & input → Text-to-speech output → the settings of "Speech Services by Google" → Install voice data → Arabic (the names vary a little between makers).',
    howIos:
      'iPhone and iPad: Settings → Accessibility → Spoken Content → Voices → Arabic, then download a voice.',
    howAfter:
      'Then open the app again. The app sends nothing, but a voice that is not installed (an online voice) sends the text it reads to its maker.',
  },
});
