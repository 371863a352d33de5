import { geoPath } from 'd3-geo';
import type { Geometry, LineString, Polygon } from 'geojson';
import { entity } from '$lib/content';
import { destination, type LatLon } from './distance';
import { FAR_PLACE, HUB, MAP_PLACES, QALAMOUN_AREA, REGION_LABELS, ROAD } from './places';
import { fitInset, fitProjection } from './projection';
import region from './geo/region.json';
import type { Pt, Scene } from './types';

/** Coordinates of a place entity; the content data must have them (a unit test checks). */
export function coordsOf(id: string): LatLon & { approx?: boolean } {
  const c = entity(id)?.coords;
  if (!c) throw new Error(`place ${id} has no coordinates`);
  return c;
}

/** A closed ring approximating an ellipse on the ground (km), clockwise as d3-geo expects. */
export function ellipseRing(
  center: LatLon,
  semiMajorKm: number,
  semiMinorKm: number,
  bearing: number,
  n = 48,
): [number, number][] {
  const ring: [number, number][] = [];
  for (let i = 0; i < n; i++) {
    // Walking clockwise (bearing grows) keeps the ring's inside on the right, as d3-geo wants.
    const t = (i / n) * 2 * Math.PI;
    const along = semiMajorKm * Math.cos(t);
    const across = semiMinorKm * Math.sin(t);
    const km = Math.hypot(along, across);
    const deg = bearing + (Math.atan2(across, along) * 180) / Math.PI;
    const p = destination(center, km, deg);
    ring.push([round3(p.lon), round3(p.lat)]);
  }
  ring.push(ring[0]);
  return ring;
}

const round3 = (x: number) => Math.round(x * 1000) / 1000;
const round1 = (x: number) => Math.round(x * 10) / 10;

let cached: Scene | undefined;

/**
 * Everything the map draws, projected once into the reference frame (`REF_W` wide): country
 * outlines, land borders, the road, the Qalamoun area, the places, the spots for country names and
 * the Malaysia inset. Runs at build time (the page's server load), so d3-geo never ships to phones.
 */
export function buildScene(): Scene {
  if (cached) return cached;
  const { projection, width, height } = fitProjection();
  const path = geoPath(projection).digits(1);
  const pt = (c: LatLon): Pt => {
    const p = projection([c.lon, c.lat]);
    if (!p) throw new Error('unprojectable point');
    return [round1(p[0]), round1(p[1])];
  };

  const countries = region.countries.map((c) => ({ id: c.id, d: path(c.geometry as Geometry) ?? '' }));
  const borders = path(region.borders as Geometry) ?? '';
  const roadLine: LineString = { type: 'LineString', coordinates: ROAD.map((id) => lonLat(coordsOf(id))) };
  const areaRing = ellipseRing(
    QALAMOUN_AREA.center,
    QALAMOUN_AREA.semiMajorKm,
    QALAMOUN_AREA.semiMinorKm,
    QALAMOUN_AREA.bearing,
  );
  const area: Polygon = { type: 'Polygon', coordinates: [areaRing] };

  const inset = fitInset();
  const insetPath = geoPath(inset.projection).digits(1);
  const insetPt = (c: LatLon): Pt => {
    const p = inset.projection([c.lon, c.lat]);
    if (!p) throw new Error('unprojectable point');
    return [round1(p[0]), round1(p[1])];
  };
  const hub = coordsOf(HUB);
  const far = coordsOf(FAR_PLACE);

  cached = {
    width,
    height,
    countries,
    borders,
    road: path(roadLine) ?? '',
    roadPoints: ROAD.map((id) => pt(coordsOf(id))),
    area: path(area) ?? '',
    places: MAP_PLACES.map((p) => ({ id: p.id, at: pt(coordsOf(p.id)) })),
    regionSpots: REGION_LABELS.map((r) => ({ id: r.id, at: r.at.map(pt) })),
    inset: {
      width: inset.width,
      height: inset.height,
      land: insetPath(region.insetLand as Geometry) ?? '',
      // The great circle from al-Qaryatayn to Kuala Lumpur: d3-geo draws LineStrings along great circles.
      arc: insetPath({ type: 'LineString', coordinates: [lonLat(hub), lonLat(far)] }) ?? '',
      from: insetPt(hub),
      to: insetPt(far),
    },
  };
  return cached;
}

function lonLat(c: LatLon): [number, number] {
  return [c.lon, c.lat];
}
