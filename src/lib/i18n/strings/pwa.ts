import { strings } from './index';

/** The installable, offline app: update prompt, offline state, install offer. */
export const pwa = strings({
  ar: {
    offline: 'لا اتصال بالإنترنت. التطبيق كله يعمل على هذا الجهاز.',
    offlineReady: 'التطبيق جاهز للعمل دون إنترنت على هذا الجهاز.',
    updateReady: 'نسخة جديدة من التطبيق متاحة.',
    updateReload: 'إعادة التحميل',
    updateLater: 'لاحقاً',
    install: 'ثبّت التطبيق ليفتح من الشاشة الرئيسية كأي تطبيق، حتى دون إنترنت.',
    installButton: 'تثبيت',
    notNow: 'ليس الآن',
    iosHint: 'لتثبيت التطبيق: اضغط زر «مشاركة» ثم «إضافة إلى الشاشة الرئيسية».',
    dismiss: 'إغلاق',
  },
  en: {
    offline: 'No internet connection. All of the app still works on this device.',
    offlineReady: 'The app is ready to work offline on this device.',
    updateReady: 'A new version of the app is available.',
    updateReload: 'Reload',
    updateLater: 'Later',
    install: 'Install the app to open it from your home screen like any other, even offline.',
    installButton: 'Install',
    notNow: 'Not now',
    iosHint: 'To install the app: tap Share, then “Add to Home Screen”.',
    dismiss: 'Dismiss',
  },
});
