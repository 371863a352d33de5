import type { Bi } from '$lib/i18n/lang';
import type { Source } from './schema';

/** Where the article and the checked facts come from, and what the app is built with. */
export const credits: { heading: Bi; items: (Source & { note?: Bi })[] }[] = [
  {
    heading: { ar: 'مصادر التحقق من الوقائع', en: 'Sources used to check the facts' },
    items: [
      {
        label: 'UN press release SC/12001 (Resolution 2235)',
        url: 'https://press.un.org/en/2015/sc12001.doc.htm',
      },
      {
        label: 'Reuters: Kerry says agreed with Russia on UN resolution (6 Aug 2015)',
        url: 'http://www.reuters.com/article/us-mideast-crisis-syria-kerry-idUSKCN0QB11H20150806',
      },
      {
        label: 'Al Jazeera America (6 Aug 2015)',
        url: 'http://america.aljazeera.com/articles/2015/8/6/kerry-says-accord-reached-with-russia-on-syria-chemical-weapons.html',
      },
      {
        label: 'The Moscow Times (6 Aug 2015)',
        url: 'https://www.themoscowtimes.com/2015/08/06/russia-us-reach-agreement-over-un-draft-on-chemical-attacks-in-syria-a48791',
      },
      { label: 'AFP (Arabic) via El Khabar: al-Qaryatayn', url: 'https://djazairess.com/elkhabar/587236' },
      { label: 'Syrian Observatory for Human Rights', url: 'https://www.syriahr.com/en/29722/' },
      {
        label: 'Al-Araby: the death toll (7 Aug 2015)',
        url: 'https://www.alaraby.co.uk/english/news/2015/8/7/nearly-12-000-children-killed-in-syria',
      },
      {
        label: 'Reuters via HuffPost: Palmyra (May 2015)',
        url: 'https://www.huffpost.com/topic/isis-palmyra',
      },
      {
        label: 'IBTimes: the start of the conflict',
        url: 'https://www.ibtimes.co.uk/syria-five-years-brutal-civil-war-numbers-conflict-enters-sixth-year-1549559',
      },
    ],
  },
  {
    heading: { ar: 'مكونات التطبيق', en: 'What the app is built with' },
    items: [
      {
        label:
          'Noto Naskh Arabic 2.016 (SIL Open Font License 1.1), from @fontsource/noto-naskh-arabic 5.0.12',
        url: 'https://fonts.google.com/noto/specimen/Noto+Naskh+Arabic',
      },
      {
        label: 'Natural Earth map data (public domain), via world-atlas',
        url: 'https://www.naturalearthdata.com/',
      },
      { label: 'Svelte and SvelteKit', url: 'https://svelte.dev/' },
      { label: 'D3', url: 'https://d3js.org/' },
      { label: 'Workbox', url: 'https://developer.chrome.com/docs/workbox' },
    ],
  },
];
