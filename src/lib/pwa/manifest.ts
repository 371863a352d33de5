// The web app manifest (vite.config.ts hands it to @vite-pwa/sveltekit, which writes
// /manifest.webmanifest). Its texts repeat core.ar's app name and tagline (manifest.spec.ts keeps them
// equal): importing the strings table here would drag extension-less imports into Vite's config loader.

import type { ManifestOptions } from 'vite-plugin-pwa';

/** The colours of app.css's light palette: the accent for the title bar, the page for the splash. */
export const THEME_COLOR = '#8a3b12';
export const BACKGROUND_COLOR = '#fbf8f3';

export const webManifest = {
  id: '/',
  name: 'القريتين: قراءة في خبر',
  short_name: 'القريتين',
  description: 'اقرأ خبراً عربياً واحداً من أغسطس 2015، واستكشف أحداثه على خط زمني وخريطة، واختبر فهمك.',
  lang: 'ar',
  dir: 'rtl',
  // The boot script in app.html sends `/` on to the saved or the browser's language.
  start_url: '/',
  scope: '/',
  display: 'standalone',
  theme_color: THEME_COLOR,
  background_color: BACKGROUND_COLOR,
  categories: ['education', 'news'],
  icons: [
    { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
    { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
    { src: '/icons/maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
  ],
  // For Chrome's richer install sheet; taken from the real app with scripts/screens.js.
  screenshots: [
    {
      src: '/screenshots/narrow-ar.png',
      sizes: '360x740',
      type: 'image/png',
      form_factor: 'narrow',
      label: 'المقال بالعربية على الهاتف، وكل جملة تُشرح بلمسة',
    },
    {
      src: '/screenshots/wide-ar.png',
      sizes: '1280x800',
      type: 'image/png',
      form_factor: 'wide',
      label: 'المقال بالعربية على شاشة عريضة',
    },
  ],
} satisfies Partial<ManifestOptions>;
