#!/usr/bin/env node
// Extracts the map's geometry from Natural Earth (the `world-atlas` package): Syria and the countries
// around it, clipped to the box the map can ever show, simplified along shared borders so neighbours
// still meet, rounded to 0.001° (about 100 m). Also a very coarse land outline of Asia for the
// Malaysia inset. Writes src/lib/map/geo/region.json, which is committed: the build never runs this.
// Usage: node scripts/build-geo.js
import { readFileSync, writeFileSync } from 'node:fs';
import { feature, mesh } from 'topojson-client';
import * as prettier from 'prettier';

const here = (p) => new URL(p, import.meta.url);
const OUT = here('../src/lib/map/geo/region.json');

/** The box the main map may show (the fitted view and its zoom never leave it; a unit test checks). */
const BOX = { west: 33.8, east: 44.6, south: 30.2, north: 38.8 };
/** The inset's box: from the Levant to Malaysia. */
const INSET_BOX = { west: 25, east: 112, south: -8, north: 46 };

/** Natural Earth admin-0 names, as world-atlas spells them, and the ids the app uses. */
const COUNTRIES = {
  Syria: 'syria',
  Turkey: 'turkey',
  Iraq: 'iraq',
  Jordan: 'jordan',
  Lebanon: 'lebanon',
  Israel: 'israel',
  Palestine: 'palestine',
  'Saudi Arabia': 'saudi-arabia',
  Cyprus: 'cyprus',
  'N. Cyprus': 'n-cyprus',
};

const round = (x) => Math.round(x * 1000) / 1000;

/** Decodes a quantized, delta-encoded topology into absolute lon/lat arcs (and drops the transform). */
function absolute(topology) {
  const { scale, translate } = topology.transform;
  const arcs = topology.arcs.map((arc) => {
    let x = 0;
    let y = 0;
    return arc.map(([dx, dy]) => {
      x += dx;
      y += dy;
      return [x * scale[0] + translate[0], y * scale[1] + translate[1]];
    });
  });
  return { ...topology, transform: undefined, arcs };
}

/** Squared distance from p to the segment ab. */
function segDist2(p, a, b) {
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  const len2 = dx * dx + dy * dy;
  let t = len2 ? ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / len2 : 0;
  t = Math.max(0, Math.min(1, t));
  const x = a[0] + t * dx - p[0];
  const y = a[1] + t * dy - p[1];
  return x * x + y * y;
}

/** Douglas–Peucker on one arc, keeping both ends (so arcs shared by two countries still meet). */
function simplify(points, tolerance) {
  if (points.length <= 2) return points;
  const keep = new Uint8Array(points.length);
  keep[0] = keep[points.length - 1] = 1;
  const stack = [[0, points.length - 1]];
  const tol2 = tolerance * tolerance;
  while (stack.length) {
    const [i, j] = stack.pop();
    let worst = -1;
    let at = -1;
    for (let k = i + 1; k < j; k++) {
      const d = segDist2(points[k], points[i], points[j]);
      if (d > worst) [worst, at] = [d, k];
    }
    if (worst > tol2) {
      keep[at] = 1;
      stack.push([i, at], [at, j]);
    }
  }
  // A closed arc (a whole island) needs at least four points to stay a ring.
  const out = points.filter((_, k) => keep[k]);
  return out.length < 4 && points[0][0] === points.at(-1)[0] && points[0][1] === points.at(-1)[1]
    ? points
    : out;
}

function simplifyTopology(topology, tolerance) {
  return { ...topology, arcs: topology.arcs.map((a) => simplify(a, tolerance)) };
}

/** Sutherland–Hodgman: clips a closed ring to an axis-aligned box. Keeps the ring's winding. */
function clipRing(ring, box) {
  const edges = [
    [(p) => p[0] >= box.west, (a, b) => cutX(a, b, box.west)],
    [(p) => p[0] <= box.east, (a, b) => cutX(a, b, box.east)],
    [(p) => p[1] >= box.south, (a, b) => cutY(a, b, box.south)],
    [(p) => p[1] <= box.north, (a, b) => cutY(a, b, box.north)],
  ];
  let pts = ring.slice(0, -1);
  for (const [inside, cut] of edges) {
    if (!pts.length) break;
    const next = [];
    for (let i = 0; i < pts.length; i++) {
      const cur = pts[i];
      const prev = pts[(i + pts.length - 1) % pts.length];
      if (inside(cur)) {
        if (!inside(prev)) next.push(cut(prev, cur));
        next.push(cur);
      } else if (inside(prev)) next.push(cut(prev, cur));
    }
    pts = next;
  }
  if (pts.length < 3) return null;
  return [...pts, pts[0]];
}

function cutX(a, b, x) {
  const t = (x - a[0]) / (b[0] - a[0]);
  return [x, a[1] + t * (b[1] - a[1])];
}
function cutY(a, b, y) {
  const t = (y - a[1]) / (b[1] - a[1]);
  return [a[0] + t * (b[0] - a[0]), y];
}

/**
 * Edges along the box are drawn by d3-geo as great-circle arcs, which bow away from a parallel.
 * Extra points every 0.25° keep them on the box (they are outside the view anyway, but fills stay clean).
 */
function densify(ring, step = 0.25) {
  const out = [];
  for (let i = 0; i < ring.length - 1; i++) {
    const a = ring[i];
    const b = ring[i + 1];
    out.push(a);
    const n = Math.floor(Math.max(Math.abs(b[0] - a[0]), Math.abs(b[1] - a[1])) / step);
    for (let k = 1; k < n; k++) out.push([a[0] + ((b[0] - a[0]) * k) / n, a[1] + ((b[1] - a[1]) * k) / n]);
  }
  out.push(ring.at(-1));
  return out;
}

/** Rounds, and drops points that rounding made equal to the one before. */
function tidy(ring) {
  const out = [];
  for (const p of ring) {
    const q = [round(p[0]), round(p[1])];
    const last = out.at(-1);
    if (!last || last[0] !== q[0] || last[1] !== q[1]) out.push(q);
  }
  return out.length >= 4 ? out : null;
}

function polygonsOf(geometry) {
  if (!geometry) return [];
  return geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
}

/** A geometry clipped to the box, as a MultiPolygon (or null when nothing is left). */
function clipGeometry(geometry, box, step = 0.25) {
  const polygons = [];
  for (const polygon of polygonsOf(geometry)) {
    const [outer, ...holes] = polygon;
    const o = clipRing(outer, box);
    if (!o) continue;
    const rings = [tidy(densify(o, step))];
    for (const h of holes) {
      const c = clipRing(h, box);
      if (c) rings.push(tidy(densify(c, step)));
    }
    if (rings[0]) polygons.push(rings.filter(Boolean));
  }
  return polygons.length ? { type: 'MultiPolygon', coordinates: polygons } : null;
}

function clipLines(geometry, box) {
  // Borders between countries: keep the parts inside the box (a line clip, point by point).
  const lines = geometry.type === 'LineString' ? [geometry.coordinates] : geometry.coordinates;
  const inside = (p) => p[0] >= box.west && p[0] <= box.east && p[1] >= box.south && p[1] <= box.north;
  const out = [];
  for (const line of lines) {
    let run = [];
    for (const p of line) {
      if (inside(p)) run.push([round(p[0]), round(p[1])]);
      else {
        if (run.length > 1) out.push(run);
        run = [];
      }
    }
    if (run.length > 1) out.push(run);
  }
  return { type: 'MultiLineString', coordinates: out };
}

const countries50 = absolute(
  JSON.parse(readFileSync(here('../node_modules/world-atlas/countries-50m.json'))),
);
const region = simplifyTopology(countries50, 0.012);
const wanted = region.objects.countries.geometries.filter((g) => g.properties.name in COUNTRIES);
const features = wanted
  .map((g) => {
    const f = feature(region, g);
    return { id: COUNTRIES[g.properties.name], geometry: clipGeometry(f.geometry, BOX) };
  })
  .filter((f) => f.geometry)
  .sort((a, b) => a.id.localeCompare(b.id));

// Land borders only (arcs shared by two countries), so coasts are not drawn as borders.
const wantedSet = new Set(wanted);
const borders = clipLines(
  mesh(region, region.objects.countries, (a, b) => a !== b && (wantedSet.has(a) || wantedSet.has(b))),
  BOX,
);

// The inset: all land, very coarse, clipped to the Levant–Malaysia box.
const land110 = absolute(JSON.parse(readFileSync(here('../node_modules/world-atlas/land-110m.json'))));
const coarse = simplifyTopology(land110, 0.6);
const insetLand = clipGeometry(feature(coarse, coarse.objects.land).features[0].geometry, INSET_BOX, 4);
// Tiny islands are noise at inset size.
insetLand.coordinates = insetLand.coordinates.filter((poly) => poly[0].length >= 5);

const out = {
  source:
    'Natural Earth via world-atlas 2.0.2 (countries-50m, land-110m), public domain; made by scripts/build-geo.js',
  box: BOX,
  insetBox: INSET_BOX,
  countries: features,
  borders,
  insetLand,
};
// Formatted as the repository's Prettier would, so a rerun gives the committed file byte for byte.
const options = (await prettier.resolveConfig(OUT.pathname)) ?? {};
writeFileSync(OUT, await prettier.format(JSON.stringify(out), { ...options, parser: 'json' }));
const size = readFileSync(OUT).length;
console.log(
  `wrote ${OUT.pathname}: ${(size / 1024).toFixed(1)} KB, ${features.length} countries (${features.map((f) => f.id).join(', ')})`,
);
