import { entity, event, events, mentionSpans, sentenceOrThrow } from '$lib/content';
import { otherLang, type Lang } from '$lib/i18n/lang';
import { count } from '$lib/i18n/count';
import { formatDate } from '$lib/i18n/format';
import { fill } from '$lib/i18n/strings';
import { map } from '$lib/i18n/strings/map';
import { reader } from '$lib/i18n/strings/reader';
import { placeOfSentence, sentenceHref } from '$lib/components/reader/labels';
import { haversineKm, roundKm } from './distance';
import { twoLines } from './labels';
import { FAR_PLACE, HUB, MAP_PLACES, REGION_LABELS, type MapPlace } from './places';
import { frameLayout, FALLBACK_W } from './frame';
import { buildScene, coordsOf } from './scene';
import { IDENTITY } from './zoom';
import type { PlaceInfo, Quote, Run } from './types';

/** The sentence that explains the map (p8.s3: the road makes al-Qaryatayn strategic). */
export const KEY_SENTENCE = 'p8.s3';

/** A sentence cut into runs, the words that name `entityId` marked. */
function runs(sentenceId: string, lang: Lang, entityId: string | null): Run[] {
  const text = sentenceOrThrow(sentenceId)[lang];
  const out: Run[] = [];
  let at = 0;
  for (const sp of mentionSpans(sentenceId, lang)) {
    if (sp.entity !== entityId) continue;
    if (sp.start > at) out.push({ text: text.slice(at, sp.start), mark: false, at });
    out.push({ text: text.slice(sp.start, sp.end), mark: true, at: sp.start });
    at = sp.end;
  }
  if (at < text.length) out.push({ text: text.slice(at), mark: false, at });
  return out;
}

/** A quoted sentence: Arabic always (it is the article), English too on the English pages. */
export function quote(sentenceId: string, lang: Lang, entityId: string | null): Quote {
  return {
    id: sentenceId,
    where: placeOfSentence(sentenceId, lang),
    href: sentenceHref(lang, sentenceId),
    ar: runs(sentenceId, 'ar', entityId),
    ...(lang === 'en' ? { en: runs(sentenceId, 'en', entityId) } : {}),
  };
}

function eventOrThrow(id: string) {
  const e = event(id);
  if (!e) throw new Error(`unknown event ${id}`);
  return e;
}

function placeInfo(p: MapPlace, lang: Lang): PlaceInfo {
  const e = entity(p.id);
  if (!e) throw new Error(`unknown place ${p.id}`);
  const s = map[lang];
  const c = coordsOf(p.id);
  const km = roundKm(haversineKm(coordsOf(HUB), c));
  const n = count(km, 'km', lang);
  const labelKey = `label_${p.id}` as keyof typeof s;
  const label = labelKey in s ? s[labelKey] : e.name[lang];
  // Second lines tell the road's story on the map itself: al-Qaryatayn on the road, Palmyra already
  // the group's (the article: «سيطر التنظيم الإرهابي عليها في 21 مايو», p8.s3).
  const sub =
    p.id === HUB
      ? s.qaryataynSub
      : p.id === 'palmyra'
        ? fill(s.palmyraSub, { date: formatDate(eventOrThrow('palmyra-falls').start, lang, 'dayMonth') })
        : undefined;
  const short = sub ? undefined : twoLines(label);
  return {
    id: p.id,
    name: e.name[lang],
    other: e.name[otherLang(lang)],
    label,
    ...(short ? { short } : {}),
    ...(sub ? { sub } : {}),
    story: p.story,
    prefer: p.prefer,
    approx: !!c.approx,
    note: e.note[lang],
    km,
    distance: p.id === HUB ? s.distanceHub : fill(c.approx ? s.distanceApprox : s.distance, { km: n }),
    distanceShort: fill(s.distanceShort, { km: n }),
    listNote: p.id === HUB ? s.qaryataynSub : fill(s.distanceShort, { km: n }),
    quotes: [...new Set(e.mentions.map((m) => m.s))].map((sid) => quote(sid, lang, p.id)),
    events: events
      .filter((ev) => ev.places.includes(p.id))
      .map((ev) => ({ id: ev.id, title: ev.title[lang], href: `/${lang}/timeline#${ev.id}` })),
    ...(e.outside ? { outside: { text: e.outside.text[lang], sources: e.outside.sources } } : {}),
  };
}

/** Malaysia, for the inset: too far for the map. */
function farPlace(lang: Lang): PlaceInfo {
  const p = placeInfo({ id: FAR_PLACE, story: 'city', prefer: [] }, lang);
  const s = map[lang];
  return {
    ...p,
    listNote: `${p.distanceShort} · ${s.far}`,
  };
}

/** Everything the map page shows, in one language, as plain data (computed at build time). */
export function mapPageData(lang: Lang) {
  const s = map[lang];
  const r = reader[lang];
  const scene = buildScene();
  const places = MAP_PLACES.map((p) => placeInfo(p, lang));
  const regionNames = Object.fromEntries(
    REGION_LABELS.map((x) => [x.id, s[`country_${x.id}` as keyof typeof s] ?? x.id]),
  ) as Record<string, string>;
  const regions = Object.entries(regionNames).map(([id, text]) => ({ id, text }));
  return {
    scene,
    places,
    far: farPlace(lang),
    regionNames,
    // The label layout for a phone-sized frame, with estimated text sizes: what the page shows until
    // the layout code (loaded just after) measures the real frame and text. Its positions are kept
    // as percentages plus pixel offsets, so they hold at any width.
    initial: frameLayout({ scene, places, regions, lang, width: FALLBACK_W, view: IDENTITY }),
    keyQuote: quote(KEY_SENTENCE, lang, null),
    s: { ...s, outside: r.outside, outsideNote: r.outsideNote, sources: r.sources },
  };
}

export type MapPageData = ReturnType<typeof mapPageData>;
export type PageStrings = MapPageData['s'];
