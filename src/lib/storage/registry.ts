import type { Bi } from '$lib/i18n/lang';
import { PREFIX } from './store';

/**
 * Everything the app may keep on the device, described for people (the privacy page lists it).
 * `name` is the store's name without the `qaryatayn.` prefix; a trailing `*` matches a family of keys.
 */
export const STORED: { name: string; what: Bi }[] = [
  {
    name: 'prefs',
    what: {
      ar: 'إعداداتك: اللغة، والمظهر (فاتح أو داكن)، وحجم النص، وإظهار الترجمة.',
      en: 'Your settings: language, theme (light or dark), text size, and whether the translation is shown.',
    },
  },
  {
    name: 'quiz.session.*',
    what: {
      ar: 'الاختبار الذي تجيب عنه الآن، لتكمل من حيث توقفت (واحد للاختبار العادي، وواحد لكل اختبار من معلّم).',
      en: 'The quiz you are taking, so you can carry on where you stopped (one for the standard quiz, one for each teacher’s quiz).',
    },
  },
  {
    name: 'quiz.attempts',
    what: { ar: 'نتائج محاولاتك السابقة في الاختبار.', en: 'The scores of your past quiz attempts.' },
  },
  {
    name: 'quiz.result.*',
    what: {
      ar: 'إجاباتك الكاملة عن اختبار من معلّم، ليبقى رابط النتيجة جاهزاً لإرساله.',
      en: 'Your answers to a teacher’s whole quiz, so the result link stays ready to send.',
    },
  },
  {
    name: 'quiz.name',
    what: {
      ar: 'الاسم الذي كتبته في آخر رابط نتيجة.',
      en: 'The name you typed for your last result link.',
    },
  },
  {
    name: 'review.deck',
    what: {
      ar: 'بطاقات المراجعة: الأسئلة التي أخطأت فيها والكلمات التي حفظتها، ومتى تراجع كلاً منها.',
      en: 'Your review cards: the questions you missed and the words you saved, and when each is due for review.',
    },
  },
  {
    name: 'teach.draft',
    what: {
      ar: 'الاختبار الذي تُعدّه لطلابك: الأسئلة المختارة والعنوان والإعدادات.',
      en: 'The quiz you are building for your class: the chosen questions, the title and the settings.',
    },
  },
  {
    name: 'results',
    what: {
      ar: 'نتائج طلابك التي فتحتها على هذا الجهاز (الأسماء والإجابات والأوقات).',
      en: 'Your students’ results opened on this device (names, answers and times).',
    },
  },
  {
    name: '*.set-aside',
    what: {
      ar: 'نسخة جانبية من بيانات تالفة، حُفظت كي لا يضيع شيء (تُحفظ آخر ثلاث نسخ).',
      en: 'A side copy of stored data that was damaged, kept so nothing is lost (the last three are kept).',
    },
  },
];

/** The description for a stored key, or undefined when the app does not know it. */
export function describeKey(key: string): Bi | undefined {
  // Older set-aside copies (`…set-aside.2`, `.3`) are described as the newest one.
  const name = (key.startsWith(PREFIX) ? key.slice(PREFIX.length) : key).replace(
    /\.set-aside\.\d+$/,
    '.set-aside',
  );
  // Exact names, then suffixes (a set-aside copy of anything), then families of keys.
  return (
    STORED.find((e) => e.name === name) ??
    STORED.find((e) => e.name.startsWith('*') && name.endsWith(e.name.slice(1))) ??
    STORED.find((e) => e.name.endsWith('*') && name.startsWith(e.name.slice(0, -1)))
  )?.what;
}
