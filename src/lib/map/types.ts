/** A point in the map's reference frame (or, on the page, in CSS pixels). */
export type Pt = [number, number];

/** What the map draws, projected once into the reference frame; plain data, ready to serialise. */
export type Scene = {
  width: number;
  height: number;
  countries: { id: string; d: string }[];
  borders: string;
  road: string;
  roadPoints: Pt[];
  area: string;
  places: { id: string; at: Pt }[];
  regionSpots: { id: string; at: Pt[] }[];
  inset: { width: number; height: number; land: string; arc: string; from: Pt; to: Pt };
};

/** A run of a quoted sentence: plain, or the words naming the place. */
export type Run = { text: string; mark: boolean; at: number };

/** A sentence of the article quoted on a card: where it is, its link in the reader, its words. */
export type Quote = { id: string; where: string; href: string; ar: Run[]; en?: Run[] };

/** A place as the map page shows it, in one UI language: plain data from the page's server load. */
export type PlaceInfo = {
  id: string;
  /** Its name in the UI language, and in the other language. */
  name: string;
  other: string;
  /** The map label (may be shorter than the name) and, for al-Qaryatayn, a second line. */
  label: string;
  sub?: string;
  /** The label on two lines, for small frames (names of two words or more). */
  short?: [string, string];
  story: import('./places').Story;
  prefer: import('./places').Side[];
  approx: boolean;
  /** What the article says about it, in the UI language. */
  note: string;
  /** Straight-line km to al-Qaryatayn (rounded), and that distance as a sentence and in short. */
  km: number;
  distance: string;
  distanceShort: string;
  /** What the text list says beside the name. */
  listNote: string;
  quotes: Quote[];
  events: { id: string; title: string; href: string }[];
  outside?: { text: string; sources: { label: string; url: string }[] };
};
