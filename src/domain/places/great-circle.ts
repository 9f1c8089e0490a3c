/** Latitude and longitude in decimal degrees. */
export interface Coordinates {
  latitude: number;
  longitude: number;
}

const RADIANS = Math.PI / 180;

/**
 * The great-circle distance in km between two points on a sphere of the given radius, by the
 * haversine formula (accurate for short distances too, unlike the spherical law of cosines).
 */
export function greatCircleKm(from: Coordinates, to: Coordinates, radiusKm: number): number {
  const dLat = (to.latitude - from.latitude) * RADIANS;
  const dLon = (to.longitude - from.longitude) * RADIANS;
  const h =
    Math.sin(dLat / 2) ** 2 +
    Math.cos(from.latitude * RADIANS) * Math.cos(to.latitude * RADIANS) * Math.sin(dLon / 2) ** 2;
  return 2 * radiusKm * Math.asin(Math.min(1, Math.sqrt(h)));
}
