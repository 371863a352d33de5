import { describe, expect, it } from 'vitest';
import { entity } from '$lib/content';
import { destination, haversineKm, roundKm, type LatLon } from './distance';

const at = (id: string): LatLon => {
  const c = entity(id)?.coords;
  if (!c) throw new Error(`${id} has no coordinates`);
  return c;
};

describe('haversineKm(a, b)', () => {
  // FACTS.md §4: great-circle distances from al-Qaryatayn, computed from the same coordinates.
  it.each([
    ['palmyra', 101],
    ['homs', 74],
    ['damascus', 119],
  ])('al-Qaryatayn to %s is about %i km (within 2 km)', (id, km) => {
    expect(Math.abs(haversineKm(at('qaryatayn'), at(id)) - km)).toBeLessThanOrEqual(2);
  });

  it('Palmyra to Damascus is about 217 km', () => {
    expect(Math.abs(haversineKm(at('palmyra'), at('damascus')) - 217)).toBeLessThanOrEqual(2);
  });

  it('is symmetric and zero for one point', () => {
    expect(haversineKm(at('homs'), at('raqqa'))).toBeCloseTo(haversineKm(at('raqqa'), at('homs')), 9);
    expect(haversineKm(at('homs'), at('homs'))).toBe(0);
  });

  it('one degree of latitude is about 111 km', () => {
    expect(haversineKm({ lat: 0, lon: 0 }, { lat: 1, lon: 0 })).toBeCloseTo(111.2, 1);
  });
});

describe('roundKm(km)', () => {
  it.each([
    [101.1, 101],
    [74.49, 74],
    [999.4, 999],
    [7476.4, 7500],
    [1049, 1000],
  ])('roundKm(%d) is %d', (km, out) => {
    expect(roundKm(km)).toBe(out);
  });
});

describe('destination(from, km, bearing)', () => {
  it('goes the distance asked, in the direction asked', () => {
    const from = at('qaryatayn');
    for (const deg of [0, 45, 90, 200, 315]) {
      const to = destination(from, 50, deg);
      expect(haversineKm(from, to)).toBeCloseTo(50, 6);
    }
    expect(destination(from, 50, 0).lat).toBeGreaterThan(from.lat);
    expect(destination(from, 50, 90).lon).toBeGreaterThan(from.lon);
  });
});
