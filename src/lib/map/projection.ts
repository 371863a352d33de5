import { geoMercator, geoPath, type GeoProjection } from 'd3-geo';
import type { Feature, MultiPoint, MultiPolygon } from 'geojson';
import region from './geo/region.json';

/** The map is computed once in a reference frame this wide; the page scales it to its real width. */
export const REF_W = 1000;

/** Room around Syria for the neighbours' names and for labels near the border (reference units). */
export const PAD = { top: 60, right: 44, bottom: 60, left: 96 };

export type Fitted = { projection: GeoProjection; width: number; height: number };

/** Syria's outline from the extracted Natural Earth data. */
export function syriaFeature(): Feature<MultiPolygon> {
  const syria = region.countries.find((c) => c.id === 'syria');
  if (!syria) throw new Error('region.json has no Syria: run scripts/build-geo.js');
  return { type: 'Feature', properties: {}, geometry: syria.geometry as MultiPolygon };
}

/**
 * A Mercator projection (north up, angles true, so "north-east" on the screen is north-east on the
 * ground) fitted so Syria fills the reference width, with the padding around it. The height follows.
 */
export function fitProjection(width = REF_W, pad = PAD): Fitted {
  const syria = syriaFeature();
  const projection = geoMercator().fitWidth(width - pad.left - pad.right, syria);
  const [[x0, y0], [, y1]] = geoPath(projection).bounds(syria);
  const [tx, ty] = projection.translate();
  projection.translate([tx - x0 + pad.left, ty - y0 + pad.top]);
  return { projection, width, height: Math.ceil(y1 - y0 + pad.top + pad.bottom) };
}

/** The inset's frame: from the eastern Mediterranean to Malaysia, north up. */
export const INSET_W = 220;

/** The inset's projection, fitted to a box from Cyprus to beyond Malaysia. */
export function fitInset(width = INSET_W): Fitted {
  // Two corners are enough to fit: Mercator keeps the box a rectangle.
  const box: Feature<MultiPoint> = {
    type: 'Feature',
    properties: {},
    geometry: {
      type: 'MultiPoint',
      coordinates: [
        [31, 40],
        [106, -4],
      ],
    },
  };
  const projection = geoMercator().fitWidth(width, box);
  const [[, y0], [, y1]] = geoPath(projection).bounds(box);
  const [tx, ty] = projection.translate();
  projection.translate([tx, ty - y0]);
  return { projection, width, height: Math.ceil(y1 - y0) };
}
