/** A point on the Earth in degrees. */
export type LatLon = { lat: number; lon: number };

/** The mean Earth radius (IUGG), in km. */
const EARTH_KM = 6371.0088;
const RAD = Math.PI / 180;

/** Great-circle ("straight line") distance in km between two points (the haversine formula). */
export function haversineKm(a: LatLon, b: LatLon): number {
  const dLat = (b.lat - a.lat) * RAD;
  const dLon = (b.lon - a.lon) * RAD;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * RAD) * Math.cos(b.lat * RAD) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

/**
 * A distance rounded as people say it: to the km under 1,000 km, to 100 km beyond (the coordinates
 * of a town are good to about a km; "7,476 km" to Malaysia would claim a precision nobody has).
 */
export function roundKm(km: number): number {
  return km < 1000 ? Math.round(km) : Math.round(km / 100) * 100;
}

/** The point at `km` from `from` along the initial bearing `deg` (clockwise from north). */
export function destination(from: LatLon, km: number, deg: number): LatLon {
  const d = km / EARTH_KM;
  const b = deg * RAD;
  const lat1 = from.lat * RAD;
  const lon1 = from.lon * RAD;
  const lat2 = Math.asin(Math.sin(lat1) * Math.cos(d) + Math.cos(lat1) * Math.sin(d) * Math.cos(b));
  const lon2 =
    lon1 +
    Math.atan2(Math.sin(b) * Math.sin(d) * Math.cos(lat1), Math.cos(d) - Math.sin(lat1) * Math.sin(lat2));
  return { lat: lat2 / RAD, lon: lon2 / RAD };
}
