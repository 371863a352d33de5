import { page } from '$app/state';
import { isLang, langFromPath, type Lang } from './lang';

/** The UI language of the page being shown (reactive inside components: it reads `page`). */
export function currentLang(): Lang {
  const p = page.params.lang;
  return isLang(p) ? p : langFromPath(page.url.pathname);
}
