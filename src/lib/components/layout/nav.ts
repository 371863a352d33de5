import type { core } from '$lib/i18n/strings/core';
import { escapeHtml } from '$lib/components/common/html';

type CoreKey = keyof (typeof core)['en'];

/** One destination in the app's navigation. `path` is relative to `/<lang>/`. */
export type NavItem = { path: string; label: CoreKey; icon: string; phone: 'tab' | 'more' };

// Icons are 24×24 single-path outlines, drawn for this app.
export const NAV: NavItem[] = [
  {
    path: '',
    label: 'navReader',
    phone: 'tab',
    icon: 'M4 4h7a3 3 0 0 1 3 3v13a2 2 0 0 0-2-2H4zM20 4h-3a3 3 0 0 0-3 3v13a2 2 0 0 1 2-2h4z',
  },
  { path: 'timeline', label: 'navTimeline', phone: 'tab', icon: 'M3 12h18M7 8v8M12 6v12M17 9v6' },
  { path: 'map', label: 'navMap', phone: 'tab', icon: 'M9 4 3 6v14l6-2 6 2 6-2V4l-6 2-6-2zM9 4v14M15 6v14' },
  {
    path: 'quiz',
    label: 'navQuiz',
    phone: 'tab',
    icon: 'M9 9a3 3 0 1 1 4 2.8c-.6.3-1 .9-1 1.6V15M12 18.5v.5M12 3a9 9 0 1 0 0 18 9 9 0 0 0 0-18z',
  },
  {
    path: 'review',
    label: 'navReview',
    phone: 'more',
    icon: 'M20 12a8 8 0 1 1-2.3-5.7M20 4v4h-4M12 8v4l3 2',
  },
  {
    path: 'words',
    label: 'navWords',
    phone: 'more',
    icon: 'M4 6h14M4 10h8M4 14h5M15 11a3.5 3.5 0 1 0 0 7 3.5 3.5 0 0 0 0-7zM17.5 17.5 21 21',
  },
  { path: 'teach', label: 'navTeach', phone: 'more', icon: 'M3 5h18v11H3zM8 20h8M12 16v4' },
  { path: 'results', label: 'navResults', phone: 'more', icon: 'M4 20V10M10 20V4M16 20v-7M22 20H2' },
  {
    path: 'about',
    label: 'navAbout',
    phone: 'more',
    icon: 'M12 3a9 9 0 1 0 0 18 9 9 0 0 0 0-18zM12 11v6M12 7.5v.5',
  },
];

/** The href of a page in a language: `href('en', 'timeline')` → `/en/timeline`; the reader is `/en/`. */
export function href(lang: string, path: string): string {
  return path === '' ? `/${lang}/` : `/${lang}/${path}`;
}

/** Which nav item a pathname belongs to. */
export function activePath(pathname: string): string {
  const m = /^\/(?:ar|en)\/?([^/]*)/.exec(pathname);
  return m ? m[1] : '';
}

/** Icon.svelte's markup for a decorative icon, for lists written as one string. */
export function iconHtml(d: string): string {
  return `<svg width="24" height="24" viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="1.8" stroke-linecap="round" stroke-linejoin="round" aria-hidden="true" focusable="false"><path d="${escapeHtml(d)}"></path></svg>`;
}

/**
 * The links of a navigation list as markup, `<li><a href aria-current>` each (with its icon for the tab
 * bar). The header and the tab bar write their links this way, as one string, rather than as Svelte
 * blocks: every page hydrates them at start-up, and a link needs no script (SvelteKit's router follows
 * any `<a>`). A new page writes the string again.
 */
export function navLinksHtml(
  items: NavItem[],
  lang: string,
  active: string,
  labels: Record<CoreKey, string>,
  icons = false,
  badges: Record<string, { shown: string; said: string }> = {},
): string {
  return items
    .map((item) => {
      const current = item.path === active ? ' aria-current="page"' : '';
      const icon = icons ? iconHtml(item.icon) : '';
      const label = icons ? `<span>${escapeHtml(labels[item.label])}</span>` : escapeHtml(labels[item.label]);
      const b = badges[item.path];
      const badge = b
        ? `<span class="due-badge" aria-hidden="true">${escapeHtml(b.shown)}</span><span class="visually-hidden">${escapeHtml(b.said)}</span>`
        : '';
      return `<li><a href="${escapeHtml(href(lang, item.path))}"${current}>${icon}${label}${badge}</a></li>`;
    })
    .join('');
}
