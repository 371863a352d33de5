import { strings } from './index';

/** Sharing a link: QR code, Share, Copy, full-screen projector view, and damaged-link messages. */
export const share = strings({
  ar: {
    link: 'الرابط',
    copy: 'نسخ الرابط',
    copied: 'نُسخ الرابط.',
    copyFailed: 'تعذّر النسخ تلقائياً. الرابط محدد في الحقل: انسخه يدوياً.',
    share: 'مشاركة',
    shareFailed: 'تعذّرت المشاركة. انسخ الرابط بدلاً من ذلك.',
    qrLabel: 'رمز QR للرابط',
    qrLoading: 'يُعدّ رمز QR…',
    fullscreen: 'عرض الرمز بملء الشاشة',
    fullscreenTitle: 'امسح الرمز بكاميرا الهاتف',
    closeFullscreen: 'إغلاق العرض',
    linkLength: '{n} حرفاً بعد اسم الموقع',
    error_empty: 'هذا الرابط لا يحمل اختباراً.',
    error_damaged: 'رابط الاختبار هذا تالف: اطلب من معلمك رابطاً جديداً.',
    error_future:
      'هذا الرابط من إصدار أحدث من التطبيق. أعد تحميل الصفحة وأنت متصل بالإنترنت لتحديث التطبيق، ثم افتح الرابط مرة أخرى.',
    error_unknown: 'يذكر هذا الرابط أسئلة لا يعرفها هذا الإصدار من التطبيق. حدّث التطبيق أو اطلب رابطاً جديداً.',
    resultError_damaged: 'رابط النتيجة هذا تالف: اطلب من الطالب إرساله مرة أخرى.',
    linkErrorTitle: 'تعذّر فتح رابط الاختبار',
    toStandardQuiz: 'افتح الاختبار العادي',
    sendTitle: 'أرسل نتيجتك إلى معلّمك',
    sendText:
      'اكتب اسمك، ثم أرسل هذا الرابط إلى معلّمك أو اعرض عليه الرمز. يحمل الرابط إجاباتك ووقتك، ويحسب تطبيق المعلّم الدرجة منها.',
    sendScore: 'يحمل الرابط آخر محاولة كاملة لك: {correct} من {total}.',
    yourName: 'اسمك',
    nameMissing: 'من دون اسم سيرى معلّمك «طالب بلا اسم».',
    resultShareTitle: 'نتيجة {name}: {title}',
  },
  en: {
    link: 'Link',
    copy: 'Copy link',
    copied: 'Link copied.',
    copyFailed: 'Could not copy automatically. The link is selected in the field: copy it by hand.',
    share: 'Share',
    shareFailed: 'Sharing did not work. Copy the link instead.',
    qrLabel: 'QR code of the link',
    qrLoading: 'Making the QR code…',
    fullscreen: 'Show the code full screen',
    fullscreenTitle: 'Scan the code with a phone camera',
    closeFullscreen: 'Close',
    linkLength: '{n} characters after the site name',
    error_empty: 'This link holds no quiz.',
    error_damaged: 'This quiz link is damaged — ask your teacher for a new one.',
    error_future:
      'This link comes from a newer version of the app. Reload the page while online to update the app, then open the link again.',
    error_unknown:
      'This link names questions this version of the app does not know. Update the app or ask for a new link.',
    resultError_damaged: 'This result link is damaged — ask the student to send it again.',
    linkErrorTitle: 'This quiz link cannot be opened',
    toStandardQuiz: 'Take the standard quiz',
    sendTitle: 'Send your result to your teacher',
    sendText:
      'Type your name, then send this link to your teacher or show them the code. It carries your answers and your time; your teacher’s app works out the score from them.',
    sendScore: 'The link reports your last whole attempt: {correct} of {total}.',
    yourName: 'Your name',
    nameMissing: 'Without a name, your teacher will see “Unnamed student”.',
    resultShareTitle: 'Result of {name}: {title}',
  },
});
