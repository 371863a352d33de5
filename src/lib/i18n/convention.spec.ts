import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { article, claims, entities, events, quotes, sentences } from '$lib/content';
import { credits } from '$lib/content/credits';
import { mapPageData } from '$lib/map/page-data';
import { webManifest } from '$lib/pwa/manifest';
import { bankData } from '$lib/quiz/build-bank';
import { labelText, richText } from '$lib/quiz/wording';
import type { Label, Rich } from '$lib/quiz/types';
import { readerView } from '$lib/server/reader-view';
import { STORED } from '$lib/storage/registry';
import { axisText } from '$lib/timeline/axisText';
import { chartItems, eventDate } from '$lib/timeline/items';
import { conventionSlips, describeFindings, scanTexts } from '../../../scripts/convention.js';
import { count } from './count';
import { counts, type Noun } from './strings/counts';
import {
  formatDate,
  formatDateWith,
  formatDayRange,
  formatFraction,
  formatNumber,
  formatPercent,
  locale,
} from './format';

/** The article's own words: what it prints is what it is, and quotes of it are never findings. */
const ARTICLE = sentences.map((s) => s.ar).join(' ');
const ROOT = join(import.meta.dirname, '../../..');

/** A readable list of findings for a failing test's message. */
const report = (f: ReturnType<typeof scanTexts>) => `${f.length} finding(s):\n${describeFindings(f)}`;

const isFormattedLabel = (v: object): v is Label =>
  't' in v && (v.t === 'day' || v.t === 'num' || v.t === 'year-ord');
const isRich = (v: object): v is Rich => 'ar' in v && 'en' in v && 'slots' in v;

/** Every string inside `value`, with where it is; question labels and rich texts as the UI writes them. */
function* texts(value: unknown, where: string): Generator<[string, string]> {
  if (typeof value === 'string') yield [where, value];
  else if (Array.isArray(value)) for (const [i, v] of value.entries()) yield* texts(v, `${where}[${i}]`);
  else if (value && typeof value === 'object') {
    if (isFormattedLabel(value)) {
      yield [`${where} (ar)`, labelText(value, 'ar')];
      yield [`${where} (en)`, labelText(value, 'en')];
    } else if (isRich(value)) {
      yield [`${where}.ar`, richText(value, 'ar')];
      yield [`${where}.en`, richText(value, 'en')];
    } else for (const [k, v] of Object.entries(value)) yield* texts(v, `${where}.${k}`);
  }
}

describe('conventionSlips(text, article)', () => {
  it('finds Arabic-Indic and Eastern Arabic-Indic digits', () => {
    expect(conventionSlips('في ٢١ مايو')).toEqual([{ kind: 'digits', text: '٢١', at: 3 }]);
    expect(conventionSlips('۱۵ دولة').map((s) => s.kind)).toEqual(['digits']);
    expect(conventionSlips('في 21 مايو، 51 قتيلاً، 230,000')).toEqual([]);
  });

  it('finds each Levantine/Iraqi month name as a word, with or without an attached و ب ل ف', () => {
    for (const m of [
      'كانون الثاني',
      'شباط',
      'آذار',
      'نيسان',
      'أيار',
      'حزيران',
      'تموز',
      'آب',
      'أيلول',
      'تشرين الأول',
    ])
      expect(
        conventionSlips(`في 5 ${m} 2015`).map((s) => s.kind),
        m,
      ).toEqual(['month']);
    expect(conventionSlips('منذ آذار 2011 وآب 2015').map((s) => s.text)).toEqual(['آذار', 'آب']);
  });

  it('finds the double style once, «آب/أغسطس» or «أيار / مايو»', () => {
    expect(conventionSlips('7 آب/أغسطس 2015')).toEqual([{ kind: 'double-month', text: 'آب/أغسطس', at: 2 }]);
    expect(conventionSlips('20 أيار / مايو').map((s) => s.kind)).toEqual(['double-month']);
    expect(conventionSlips('كانون الأول/ديسمبر').map((s) => s.kind)).toEqual(['double-month']);
  });

  it('does not take words that contain a month name for the month', () => {
    expect(conventionSlips('كتاب الآباء والأيام والتموين وأيلولة')).toEqual([]);
    expect(conventionSlips('7 أغسطس 2015، 21 مايو، مارس 2011')).toEqual([]);
  });

  it('leaves quotes of the article alone, and only them', () => {
    const text = 'نُشر في ٧ آب.';
    expect(conventionSlips(`يقول «${text}»`, `المقال: ${text}`)).toEqual([]);
    expect(conventionSlips(text, `المقال: ${text}`)).toEqual([]);
    expect(conventionSlips('يقول «٧ آب» خطأً', 'المقال لا يقوله')).toHaveLength(2);
    expect(conventionSlips('٧ «في 21 مايو»', ARTICLE)).toHaveLength(1);
  });

  it('leaves a vocabulary note that names the Levantine month alone, and only that note', () => {
    expect(conventionSlips('مايو: أيار، الشهر الخامس')).toEqual([]);
    expect(conventionSlips('The month name used in Egypt and the Gulf; in Syria it is أيار.')).toEqual([]);
    expect(conventionSlips('في 20 أيار 2015').map((s) => s.kind)).toEqual(['month']);
  });

  it('finds nothing in the article itself', () => {
    expect(conventionSlips(ARTICLE)).toEqual([]);
  });
});

/** What the app can show, by source: tables, content, the question bank, the pages' built data. */
const strings = import.meta.glob<Record<string, unknown>>('./strings/*.ts', { eager: true });
const axis = axisText('ar');
const eventDays = events.flatMap((e) => [e.start, e.end]).map((d) => Date.parse(`${d}T00:00:00Z`));
const SOURCES: Record<string, () => [string, string][]> = {
  'the strings tables of every feature': () =>
    Object.entries(strings).flatMap(([file, mod]) => [...texts(mod, file)]),
  'the content: the article’s meta, entities’ notes, events, quotes, claims, credits': () => [
    ...texts(article.meta, 'article.meta'),
    ...texts(entities, 'entities'),
    ...texts(events, 'events'),
    ...texts(quotes, 'quotes'),
    ...texts(claims, 'claims'),
    ...texts(credits, 'credits'),
    ...texts(STORED, 'storage registry'),
    ...texts(webManifest, 'web manifest'),
  ],
  'the question bank as the quiz shows it: prompts, options, explanations, notes': () => [
    ...texts(bankData(), 'quiz.json'),
  ],
  'the pages’ built data: reader, timeline (with the cards’ dates and the axis) and map': () => [
    ...texts(readerView(), 'reader.json'),
    ...texts(chartItems(events, 'ar'), 'ar/timeline/data.json'),
    ...events.flatMap((e) =>
      e.disagreement ? [[e.id, eventDate(e.disagreement, 'ar')] as [string, string]] : [],
    ),
    ...eventDays.flatMap((t) =>
      (['day', 'month', 'year'] as const).map((u) => ['axis', axis.tick(t, u)] as [string, string]),
    ),
    ...[1, 2, 3, 11, 100, 400].map((n) => ['axis gap', axis.gap(n * 86_400_000)] as [string, string]),
    ...texts(mapPageData('ar'), 'ar/map/data.json'),
  ],
};

describe('every Arabic string the app can show keeps the article’s digits and month names', () => {
  for (const [name, make] of Object.entries(SOURCES))
    it(name, () => {
      const all = make();
      expect(all.length).toBeGreaterThan(20);
      const found = scanTexts(all, ARTICLE);
      expect(found, report(found)).toEqual([]);
    });

  it('numbers, dates and times the UI formats on the phone', () => {
    const d = new Date(Date.UTC(2015, 7, 7, 14, 5));
    const all: [string, string][] = [
      ['formatNumber', formatNumber(230_000, 'ar')],
      ['formatNumber 51', formatNumber(51, 'ar')],
      ['formatNumber 1.5', formatNumber(1.5, 'ar')],
      ['formatFraction', formatFraction(4, 10, 'ar')],
      ['formatPercent', formatPercent(0.75, 'ar')],
      ...(
        [
          'long',
          'short',
          'dayMonth',
          'dayMonthShort',
          'monthShort',
          'monthYear',
          'year',
          'full',
          'weekday',
        ] as const
      ).map((st) => [`formatDate ${st}`, formatDate('2015-08-07', 'ar', st)] as [string, string]),
      ['formatDayRange', formatDayRange('2015-08-05', '2015-08-07', 'ar')],
      ['formatDayRange months', formatDayRange('2015-05-21', '2015-08-07', 'ar', 'short')],
      [
        'formatDateWith',
        formatDateWith(d, 'ar', { day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' }),
      ],
      [
        'Intl with locale()',
        new Intl.DateTimeFormat(locale('ar'), {
          dateStyle: 'medium',
          timeStyle: 'short',
          timeZone: 'UTC',
        }).format(d),
      ],
    ];
    const found = scanTexts(all, ARTICLE);
    expect(found, report(found)).toEqual([]);
  });

  it('every Arabic word written in the source: components, modules, pages (tests and width tables aside)', () => {
    // Not shown: the text-width tables (widths of every digit a text might hold) and the
    // share-link benchmark's fixture (a title as a teacher might type it). The built pages are scanned
    // after the build, in scripts/budget.js.
    const SKIP = new Set(['src/lib/text/width.ts', 'src/lib/share/bench.ts']);
    const files = (dir: string): string[] =>
      readdirSync(dir).flatMap((f) => {
        const p = join(dir, f);
        return statSync(p).isDirectory() ? files(p) : [p];
      });
    const all = files(join(ROOT, 'src'))
      .map((p) => relative(ROOT, p).replaceAll('\\', '/'))
      .filter((p) => /\.(ts|js|svelte|html)$/.test(p) && !/\.spec\.ts$/.test(p) && !SKIP.has(p))
      .map((p) => [p, readFileSync(join(ROOT, p), 'utf8')] as [string, string]);
    expect(all.length).toBeGreaterThan(100);
    const found = scanTexts(all, ARTICLE);
    expect(found, report(found)).toEqual([]);
  });
});

describe('every counted noun written in Arabic agrees with its number', () => {
  // Each noun `count()` knows, in every written form: a number before any of them must take the form
  // `count()` gives it («3 أسئلة», never «3 سؤالاً»), in hand-written text as in generated.
  const forms = Object.keys(counts.ar)
    .filter((k) => k.endsWith('_other'))
    .map((k) => k.replace(/_other$/, '') as Noun)
    .map((noun) => {
      const words = (['few', 'many', 'other'] as const).map((c) =>
        counts.ar[`${noun}_${c}`].replace('{n} ', ''),
      );
      return {
        noun,
        re: new RegExp(`(\\d[\\d,]*) (${[...new Set(words)].join('|')})(?![\\u0621-\\u064a])`, 'g'),
      };
    });

  it('in every source, and no number is followed by the abbreviation «كم»: kilometres are counted', () => {
    const all = Object.values(SOURCES).flatMap((make) => make());
    const wrong: string[] = [];
    let seen = 0;
    for (const [where, text] of all) {
      if (ARTICLE.includes(text.trim())) continue;
      for (const { noun, re } of forms)
        for (const m of text.matchAll(re)) {
          seen++;
          const n = Number(m[1].replaceAll(',', ''));
          if (count(n, noun, 'ar') !== m[0]) wrong.push(`${where}: «${m[0]}», not «${count(n, noun, 'ar')}»`);
        }
      for (const m of text.matchAll(/\d+ كم(?![\u0621-\u064a])/g)) wrong.push(`${where}: «${m[0]}»`);
    }
    expect(seen).toBeGreaterThan(5);
    expect(wrong, wrong.join('\n')).toEqual([]);
  });
});
