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
    name: '*.set-aside',
    what: {
      ar: 'نسخة جانبية من بيانات تالفة أو من إصدار أحدث، حُفظت كي لا يضيع شيء.',
      en: 'A side copy of stored data that was damaged or from a newer version, kept so nothing is lost.',
    },
  },
];

/** The description for a stored key, or undefined when the app does not know it. */
export function describeKey(key: string): Bi | undefined {
  const name = key.startsWith(PREFIX) ? key.slice(PREFIX.length) : key;
  for (const entry of STORED) {
    if (entry.name === name) return entry.what;
    if (entry.name.startsWith('*') && name.endsWith(entry.name.slice(1))) return entry.what;
    if (entry.name.endsWith('*') && name.startsWith(entry.name.slice(0, -1))) return entry.what;
  }
  return undefined;
}
