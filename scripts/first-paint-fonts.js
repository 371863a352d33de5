// Arabic on screen at a page's first paint must be drawn in the bundled font from that paint: a page whose
// prerendered HTML shows Arabic must link src/lib/fonts/first-paint.css (the font inlined), which
// src/lib/fonts/first-paint.ts decides by route. The one exception is the language switch's «العربية»,
// which label.css's small inlined face draws where first-paint.css is not linked (and only while its
// letters are that face's).
// Checked on the build by scripts/budget.js (in `npm test`).
import { LABEL } from './subset-fonts.js';

const ARABIC = /[\u0600-\u06FF]/;

/** The language switch (`.lang-name`, app.css): its element and its text. */
const SWITCH = /<a\b[^>]*\bclass="[^"]*\blang-name\b[^"]*"[^>]*>([\s\S]*?)<\/a>/g;

/**
 * What a page's HTML shows that is Arabic: the runs of its body's text (not attributes, scripts,
 * styles or comments) with an Arabic character, the language switch's label apart.
 * @param {string} html
 */
export function arabicShown(html) {
  const at = html.search(/<body\b/);
  let body = at < 0 ? '' : html.slice(at);
  body = body
    .replace(/<(script|style|template|noscript)\b[\s\S]*?<\/\1>/g, '')
    .replace(/<!--[\s\S]*?-->/g, '');
  /** @type {string[]} */
  const switches = [];
  body = body.replace(SWITCH, (_, text) => {
    switches.push(text.replace(/<[^>]*>/g, '').trim());
    return '';
  });
  const runs = body
    .replace(/<[^>]*>/g, '\n')
    .split('\n')
    .map((t) => t.trim())
    .filter((t) => ARABIC.test(t));
  return { runs, switches: switches.filter((t) => ARABIC.test(t)) };
}

/** Whether the HTML links src/lib/fonts/<name>.css in its head. @param {string} html @param {string} name */
export function links(html, name = 'first-paint') {
  const head = html.slice(0, Math.max(0, html.search(/<body\b/)));
  const href = new RegExp(`\\bhref="[^"]*/${name}\\.[\\w-]+\\.css"`);
  return [...head.matchAll(/<link\b[^>]*>/g)].some((m) => /\brel="stylesheet"/.test(m[0]) && href.test(m[0]));
}

/**
 * One line per page that shows Arabic its fonts cannot draw from the first paint.
 * @param {{ route: string, html: string }[]} pages
 */
export function firstPaintBroken(pages) {
  const label = new Set(LABEL);
  const broken = [];
  for (const { route, html } of pages) {
    const { runs, switches } = arabicShown(html);
    const linked = links(html);
    if (runs.length && !linked)
      broken.push(
        `/${route}: shows Arabic at first paint without first-paint.css (src/lib/fonts/first-paint.ts): «${runs[0].slice(0, 60)}»`,
      );
    for (const s of switches)
      if (!linked && !links(html, 'label'))
        broken.push(`/${route}: the language switch «${s}» without first-paint.css or label.css`);
      else if (!linked && [...s].some((c) => ARABIC.test(c) && !label.has(c)))
        broken.push(
          `/${route}: the language switch «${s}» has letters its face lacks (scripts/subset-fonts.js, LABEL)`,
        );
  }
  return broken;
}
