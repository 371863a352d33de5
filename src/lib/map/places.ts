import type { LatLon } from './distance';

/** Which of the article's stories a place belongs to on the map (it picks the marker's colour). */
export type Story = 'road' | 'strikes' | 'city';

/** A label side: where the label sits around its point. */
export type Side = 'e' | 'w' | 'n' | 's' | 'ne' | 'nw' | 'se' | 'sw';

export type MapPlace = {
  /** The entity id in `$lib/content` (its name, note, coordinates and mentions live there). */
  id: string;
  story: Story;
  /** Label sides to try first, so the labels keep off the road and its neighbours. */
  prefer: Side[];
};

/**
 * The places drawn on the main map, most important first (the label layout places them in this
 * order). Coordinates are the entities' own (FACTS.md §4). Malaysia is far away: it has the inset.
 */
export const MAP_PLACES: MapPlace[] = [
  { id: 'qaryatayn', story: 'road', prefer: ['se', 'e', 's'] },
  { id: 'palmyra', story: 'road', prefer: ['e', 'ne', 'n', 'se'] },
  { id: 'qalamoun', story: 'road', prefer: ['s', 'se', 'sw', 'e'] },
  { id: 'homs', story: 'city', prefer: ['nw', 'w', 'n', 'ne'] },
  { id: 'damascus', story: 'city', prefer: ['w', 'sw', 'nw', 's'] },
  { id: 'raqqa', story: 'strikes', prefer: ['w', 'nw', 'n', 'sw'] },
  { id: 'deir-ez-zor', story: 'strikes', prefer: ['s', 'se', 'e', 'sw'] },
  { id: 'hasakah', story: 'strikes', prefer: ['e', 'ne', 'n', 'se'] },
];

/** The far-away place, shown in an inset instead of zooming the map out to Asia. */
export const FAR_PLACE = 'malaysia';

/** The place every distance is measured from: the town the article is about. */
export const HUB = 'qaryatayn';

/**
 * The road the article describes (p8.s3): Palmyra → al-Qaryatayn → the eastern Qalamoun. Drawn
 * straight through the three places, as a diagram: the article says the road links them, and
 * FACTS.md §4 says it runs north-east to south-west; its exact course is not in our sources.
 */
export const ROAD: string[] = ['palmyra', 'qaryatayn', 'qalamoun'];

/**
 * The eastern Qalamoun is an area, not a point. A sketch of it, never a boundary: an ellipse around
 * the approximate centre (33.8° N, 36.8° E, the estimate in FACTS.md §4, near Jayrud), stretched
 * along the mountains' south-west to north-east line (Syria Direct: "East Qalamoun mountains", with
 * al-Dumayr at their western end). The size is illustrative.
 */
export const QALAMOUN_AREA = {
  center: { lat: 33.8, lon: 36.8 },
  semiMajorKm: 30,
  semiMinorKm: 13,
  bearing: 55,
};

/** Country names, for orientation. Each has a few spots to try; a name that fits nowhere is left out. */
export const REGION_LABELS: { id: string; at: LatLon[] }[] = [
  {
    id: 'syria',
    at: [
      { lat: 35.05, lon: 38.55 },
      { lat: 33.3, lon: 38.6 },
      { lat: 34.0, lon: 39.4 },
      { lat: 34.6, lon: 39.7 },
      { lat: 33.0, lon: 37.6 },
    ],
  },
  {
    id: 'turkey',
    at: [
      { lat: 37.2, lon: 37.1 },
      { lat: 37.45, lon: 39.4 },
      { lat: 37.4, lon: 38.3 },
    ],
  },
  {
    id: 'iraq',
    at: [
      { lat: 35.3, lon: 42.1 },
      { lat: 36.2, lon: 42.35 },
      { lat: 33.9, lon: 41.9 },
    ],
  },
  {
    id: 'jordan',
    at: [
      { lat: 32.35, lon: 38.1 },
      { lat: 32.25, lon: 37.4 },
    ],
  },
  {
    id: 'lebanon',
    at: [
      { lat: 34.05, lon: 35.85 },
      { lat: 33.75, lon: 35.65 },
    ],
  },
];
