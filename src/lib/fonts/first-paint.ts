/**
 * Which pages link the Arabic font inlined (first-paint.css): the ones that show Arabic at their first
 * paint, where it must be set in the bundled font from the start (see fonts.css). Every Arabic page; `/`,
 * which names the app in both languages; and the English pages that show Arabic before any tap: the
 * reader (each sentence's original, when "show all" is on), the map (the article's sentence about
 * al-Qaryatayn), the words page (its list), the teach page (the questions it lists quote the article)
 * and the about page (the article's headline). The other English pages (timeline, quiz, review,
 * results) show Arabic only after a tap and fetch the font then, if ever; they link label.css instead, the
 * small face of their top bar's «العربية». scripts/first-paint-fonts.js checks the built pages against this (an
 * English page whose HTML shows Arabic must link the stylesheet), tests/e2e/fonts.spec.ts the pages
 * once they have loaded.
 */
export const EN_ARABIC_AT_FIRST_PAINT: readonly string[] = ['', 'map', 'words', 'teach', 'about'];

/** Whether the page at `pathname` links first-paint.css. */
export function needsFirstPaintFont(pathname: string): boolean {
  if (pathname === '/') return true;
  const m = /^\/(ar|en)(?:\/(.*?))?\/?$/.exec(pathname);
  if (!m) return false;
  return m[1] === 'ar' || EN_ARABIC_AT_FIRST_PAINT.includes(m[2] ?? '');
}
