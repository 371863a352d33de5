import { describe, expect, it } from 'vitest';
import { geoArea, geoContains } from 'd3-geo';
import type { Geometry } from 'geojson';
import { entity, events } from '$lib/content';
import region from './geo/region.json';
import { FAR_PLACE, MAP_PLACES, QALAMOUN_AREA, ROAD } from './places';
import { fitProjection, REF_W } from './projection';
import { buildScene, coordsOf, ellipseRing } from './scene';

const scene = buildScene();
const at = (id: string) => {
  const p = scene.places.find((x) => x.id === id);
  if (!p) throw new Error(id);
  return { x: p.at[0], y: p.at[1] };
};

describe('fitProjection()', () => {
  it('puts Palmyra north-east of al-Qaryatayn on the screen (right and up)', () => {
    expect(at('palmyra').x).toBeGreaterThan(at('qaryatayn').x);
    expect(at('palmyra').y).toBeLessThan(at('qaryatayn').y);
  });

  it('puts Damascus south-west of al-Qaryatayn (left and down)', () => {
    expect(at('damascus').x).toBeLessThan(at('qaryatayn').x);
    expect(at('damascus').y).toBeGreaterThan(at('qaryatayn').y);
  });

  it('puts Raqqa north of Palmyra, and Homs north-west of al-Qaryatayn', () => {
    expect(at('raqqa').y).toBeLessThan(at('palmyra').y);
    expect(at('homs').x).toBeLessThan(at('qaryatayn').x);
    expect(at('homs').y).toBeLessThan(at('qaryatayn').y);
  });

  it('puts the eastern Qalamoun south-west of al-Qaryatayn, so the road runs NE to SW through it', () => {
    expect(at('qalamoun').x).toBeLessThan(at('qaryatayn').x);
    expect(at('qalamoun').y).toBeGreaterThan(at('qaryatayn').y);
  });

  it('fits Syria in the reference width, every place inside the frame', () => {
    const { width, height } = fitProjection();
    expect(width).toBe(REF_W);
    expect(height).toBeGreaterThan(600);
    expect(height).toBeLessThan(1200);
    for (const p of scene.places) {
      expect(p.at[0], p.id).toBeGreaterThan(0);
      expect(p.at[0], p.id).toBeLessThan(width);
      expect(p.at[1], p.id).toBeGreaterThan(0);
      expect(p.at[1], p.id).toBeLessThan(height);
    }
  });

  it('never shows beyond the extracted box: the frame’s corners are inside it', () => {
    const { projection, width, height } = fitProjection();
    const box = region.box;
    for (const corner of [
      [0, 0],
      [width, 0],
      [0, height],
      [width, height],
    ] as [number, number][]) {
      const [lon, lat] = projection.invert!(corner)!;
      expect(lon).toBeGreaterThan(box.west);
      expect(lon).toBeLessThan(box.east);
      expect(lat).toBeGreaterThan(box.south);
      expect(lat).toBeLessThan(box.north);
    }
  });
});

describe('the extracted geometry (region.json)', () => {
  it('has Syria and its neighbours, each a small polygon (winding that d3-geo reads right)', () => {
    const ids = region.countries.map((c) => c.id);
    for (const id of ['syria', 'turkey', 'iraq', 'jordan', 'lebanon', 'israel']) expect(ids).toContain(id);
    // Any ring wound the wrong way would cover the rest of the globe: more than 2π steradians.
    for (const c of region.countries) expect(geoArea(c.geometry as Geometry), c.id).toBeLessThan(0.05);
  });

  it('has Syria containing its own cities, and not Beirut-side Lebanon', () => {
    const syria = region.countries.find((c) => c.id === 'syria')!.geometry as Geometry;
    for (const p of MAP_PLACES) {
      const c = coordsOf(p.id);
      expect(geoContains(syria, [c.lon, c.lat]), p.id).toBe(true);
    }
    expect(geoContains(syria, [35.5, 33.89])).toBe(false);
  });

  it('is small enough to commit and precache', () => {
    expect(JSON.stringify(region).length).toBeLessThan(40 * 1024);
  });
});

describe('the map data', () => {
  it('draws every place the article names that has coordinates, or insets it', () => {
    const onMap = new Set([...MAP_PLACES.map((p) => p.id), FAR_PLACE]);
    for (const id of onMap) expect(entity(id)?.kind, id).toBe('place');
    // Every place an event happens at is on the map, except the country as a whole.
    for (const e of events)
      for (const id of e.places) if (id !== 'syria') expect(onMap.has(id), id).toBe(true);
  });

  it('marks only the eastern Qalamoun as approximate', () => {
    for (const p of MAP_PLACES) expect(!!coordsOf(p.id).approx, p.id).toBe(p.id === 'qalamoun');
  });

  it('follows the road Palmyra → al-Qaryatayn → eastern Qalamoun', () => {
    expect(ROAD).toEqual(['palmyra', 'qaryatayn', 'qalamoun']);
    expect(scene.roadPoints).toEqual(ROAD.map((id) => scene.places.find((p) => p.id === id)!.at));
  });

  it('ellipseRing() makes a small closed area around the Qalamoun centre', () => {
    const ring = ellipseRing(
      QALAMOUN_AREA.center,
      QALAMOUN_AREA.semiMajorKm,
      QALAMOUN_AREA.semiMinorKm,
      QALAMOUN_AREA.bearing,
    );
    expect(ring[0]).toEqual(ring.at(-1));
    const poly: Geometry = { type: 'Polygon', coordinates: [ring] };
    const km2 = geoArea(poly) * 6371 ** 2;
    expect(km2).toBeGreaterThan(0.8 * Math.PI * 30 * 13);
    expect(km2).toBeLessThan(1.2 * Math.PI * 30 * 13);
    const c = QALAMOUN_AREA.center;
    expect(geoContains(poly, [c.lon, c.lat])).toBe(true);
    // Neither al-Qaryatayn nor Damascus falls inside the sketch.
    for (const id of ['qaryatayn', 'damascus']) {
      const p = coordsOf(id);
      expect(geoContains(poly, [p.lon, p.lat]), id).toBe(false);
    }
  });

  it('puts Malaysia east-south-east of Syria in the inset, inside the inset frame', () => {
    const { inset } = scene;
    expect(inset.to[0]).toBeGreaterThan(inset.from[0]);
    expect(inset.to[1]).toBeGreaterThan(inset.from[1]);
    for (const p of [inset.from, inset.to]) {
      expect(p[0]).toBeGreaterThan(0);
      expect(p[0]).toBeLessThan(inset.width);
      expect(p[1]).toBeGreaterThan(0);
      expect(p[1]).toBeLessThan(inset.height);
    }
    expect(inset.land.length).toBeGreaterThan(100);
  });
});
