/** The two UI languages. Arabic is the default: the article is Arabic. */
export type Lang = 'ar' | 'en';
export type Dir = 'rtl' | 'ltr';
export const LANGS: readonly Lang[] = ['ar', 'en'];

/** A pair of texts, one per language: the shape of every translatable string in content data. */
export type Bi = { ar: string; en: string };

export function isLang(x: unknown): x is Lang {
  return x === 'ar' || x === 'en';
}

/** The language of a path: `/en/…` is English, everything else (including `/`) Arabic. */
export function langFromPath(pathname: string): Lang {
  return /^\/en(\/|$)/.test(pathname) ? 'en' : 'ar';
}

export function dirOf(lang: Lang): Dir {
  return lang === 'ar' ? 'rtl' : 'ltr';
}

export function otherLang(lang: Lang): Lang {
  return lang === 'ar' ? 'en' : 'ar';
}

/** The same page in the other language: `/ar/timeline#e3` → `/en/timeline#e3`. */
export function switchLangPath(pathname: string, to: Lang): string {
  const rest = pathname.replace(/^\/(ar|en)(?=\/|$)/, '');
  return `/${to}${rest === '' ? '/' : rest}`;
}
