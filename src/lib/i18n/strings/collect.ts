import { strings } from './index';

/**
 * Collecting a class's results on the results page: scanning the codes on students' screens and
 * pasting text full of result links. Kept apart from `results`, which the page loads before it shows:
 * these load with the class list. Counted phrases hold their forms joined by `|` (see share/counted.ts).
 */
export const collect = strings({
  ar: {
    scan: 'امسح رموز النتائج',
    paste: 'ألصق روابط النتائج',
    scanTitle: 'مسح رموز النتائج',
    scanHelp:
      'وجّه الكاميرا إلى رمز النتيجة على شاشة الطالب. تُقرأ الرموز واحداً بعد آخر، فانتقل إلى الطالب التالي.',
    scanStarting: 'تُشغَّل الكاميرا…',
    scanVideoLabel: 'صورة الكاميرا',
    scanCount:
      'لم تُضف أي نتيجة بعد|أُضيفت نتيجة واحدة|أُضيفت نتيجتان|أُضيفت {n} نتائج|أُضيفت {n} نتيجة|أُضيفت {n} نتيجة',
    scanLog: 'ما قُرئ حتى الآن',
    scanDone: 'انتهيت',
    scanDenied:
      'لم يُسمح لهذه الصفحة باستخدام الكاميرا. اسمح بها من إعدادات الموقع في المتصفح، أو ألصق روابط الطلاب بدلاً من ذلك.',
    scanNoCamera: 'لا توجد كاميرا على هذا الجهاز. ألصق روابط الطلاب بدلاً من ذلك.',
    scanBusy: 'الكاميرا مشغولة بتطبيق آخر. أغلقه وحاول مجدداً، أو ألصق الروابط بدلاً من ذلك.',
    scanUnsupported:
      'لا يتيح هذا المتصفح الكاميرا لهذه الصفحة (تحتاج إلى صفحة آمنة https). ألصق روابط الطلاب بدلاً من ذلك.',
    scanFailed: 'تعذّر تشغيل الكاميرا. حاول مجدداً، أو ألصق الروابط بدلاً من ذلك.',
    scanReaderFailed: 'تعذّر تحميل قارئ الرموز. افتح الصفحة مرة وأنت متصل بالإنترنت، ثم حاول مجدداً.',
    scanRetry: 'حاول مجدداً',
    scanToPaste: 'ألصق الروابط بدلاً من ذلك',
    scanForeign: 'هذا رابط نتيجة لنسخة أخرى من التطبيق ({host})، فلا يُضاف هنا. افتحه هناك.',
    scanQuiz: 'هذا رمز الاختبار، لا رمز نتيجة. رمز نتيجة الطالب على شاشة درجته في آخر الاختبار.',
    scanOther: 'هذا الرمز ليس رابط نتيجة من هذا التطبيق.',
    pasteTitle: 'لصق روابط النتائج',
    pasteHelp:
      'ألصق هنا أي نص فيه روابط نتائج: محادثة مصدَّرة، أو رسالة بريد، أو قائمة. لا يُقرأ من النص إلا روابط النتائج من هذا التطبيق، ويُترك كل ما سواها.',
    pasteLabel: 'النص الذي فيه الروابط',
    pasteAdd: 'أضف النتائج',
    pasteEmpty: 'الحقل فارغ: ألصق فيه النص الذي فيه الروابط أولاً.',
    pasteNone: 'لم يُعثر في النص على أي رابط نتيجة من هذا التطبيق.',
    pasteAdded:
      'لم تُضف أي نتيجة|أُضيفت نتيجة واحدة|أُضيفت نتيجتان|أُضيفت {n} نتائج|أُضيفت {n} نتيجة|أُضيفت {n} نتيجة',
    pasteNamed:
      'لم تُسمَّ أي نتيجة|سُمّيت نتيجة واحدة كانت بلا اسم|سُمّيت نتيجتان كانتا بلا اسم|سُمّيت {n} نتائج كانت بلا اسم|سُمّيت {n} نتيجة كانت بلا اسم|سُمّيت {n} نتيجة كانت بلا اسم',
    pasteAlready:
      'لا نتائج في القائمة من قبل|نتيجة واحدة في القائمة من قبل|نتيجتان في القائمة من قبل|{n} نتائج في القائمة من قبل|{n} نتيجة في القائمة من قبل|{n} نتيجة في القائمة من قبل',
    pasteDamaged: 'لا روابط تالفة|رابط واحد تالف|رابطان تالفان|{n} روابط تالفة|{n} رابطاً تالفاً|{n} رابط تالف',
    pasteNewer:
      'لا روابط من إصدار أحدث|رابط واحد من إصدار أحدث من التطبيق|رابطان من إصدار أحدث من التطبيق|{n} روابط من إصدار أحدث من التطبيق|{n} رابطاً من إصدار أحدث من التطبيق|{n} رابط من إصدار أحدث من التطبيق',
    pasteForeign:
      'لا روابط من موقع آخر|لم يُقرأ رابط واحد من موقع آخر|لم يُقرأ رابطان من موقع آخر|لم تُقرأ {n} روابط من موقع آخر|لم يُقرأ {n} رابطاً من موقع آخر|لم يُقرأ {n} رابط من موقع آخر',
    pasteLine: 'السطر {n}',
    pasteLines: 'الأسطر {list}',
    pasteListSep: '، ',
    pasteAnd: '، و',
    pasteEnd: '.',
    pasteSaveFailed:
      'لم تُحفظ النتائج على هذا الجهاز (التخزين غير متاح أو ممتلئ). ستبقى ظاهرة حتى تغلق الصفحة.',
  },
  en: {
    scan: 'Scan results',
    paste: 'Paste results',
    scanTitle: 'Scan result codes',
    scanHelp:
      'Point the camera at the result code on a student’s screen. Codes are read one after another: move on to the next student.',
    scanStarting: 'Starting the camera…',
    scanVideoLabel: 'Camera view',
    scanCount: '{n} result added|{n} results added',
    scanLog: 'Read so far',
    scanDone: 'Done',
    scanDenied:
      'This page is not allowed to use the camera. Allow it in the browser’s site settings, or paste the students’ links instead.',
    scanNoCamera: 'No camera was found on this device. Paste the students’ links instead.',
    scanBusy: 'The camera is in use by another app. Close it and try again, or paste the links instead.',
    scanUnsupported:
      'This browser does not offer the camera to this page (it needs a secure https page). Paste the students’ links instead.',
    scanFailed: 'The camera could not start. Try again, or paste the links instead.',
    scanReaderFailed: 'The code reader could not be loaded. Open the page once while online, then try again.',
    scanRetry: 'Try again',
    scanToPaste: 'Paste links instead',
    scanForeign:
      'This is a result link of another copy of the app ({host}), so it is not added here. Open it there.',
    scanQuiz:
      'This is the quiz’s code, not a result. A student’s result code is on their score screen at the end of the quiz.',
    scanOther: 'This code is not a result link of this app.',
    pasteTitle: 'Paste result links',
    pasteHelp:
      'Paste any text that holds result links: a chat export, an email, a list. Only this app’s result links are read from it; everything else is left alone.',
    pasteLabel: 'Text with the links',
    pasteAdd: 'Add the results',
    pasteEmpty: 'The box is empty: paste the text with the links into it first.',
    pasteNone: 'No result link of this app was found in the text.',
    pasteAdded: '{n} result added|{n} results added',
    pasteNamed: '{n} unnamed result got its name|{n} unnamed results got their names',
    pasteAlready: '{n} already in the list|{n} already in the list',
    pasteDamaged: '{n} damaged|{n} damaged',
    pasteNewer: '{n} from a newer version of the app|{n} from a newer version of the app',
    pasteForeign: '{n} link of another site not read|{n} links of another site not read',
    pasteLine: 'line {n}',
    pasteLines: 'lines {list}',
    pasteListSep: ', ',
    pasteAnd: ', ',
    pasteEnd: '.',
    pasteSaveFailed:
      'The results were not saved on this device (storage unavailable or full). They stay on screen until you close the page.',
  },
});
