/**
 * Text and map link of a shared location (docs/periskope-api.md#message `location`). No embedded
 * third-party map: the link opens one in a new tab.
 */
import type { Message } from '@/lib/api-types.ts';
import { safeWebHref } from './safe-url.ts';

type Location = NonNullable<Message['location']>;

/** @returns whether both coordinates are finite and within WGS 84 range */
export function hasCoordinates(location: Pick<Location, 'latitude' | 'longitude'>): boolean {
  const { latitude: lat, longitude: lng } = location;
  return (
    lat !== null &&
    lng !== null &&
    Number.isFinite(lat) &&
    Number.isFinite(lng) &&
    Math.abs(lat) <= 90 &&
    Math.abs(lng) <= 180
  );
}

/** @returns `19.0760, 72.8777` (4 decimals ≈ 11 m), or null without valid coordinates */
export function formatCoordinates(
  location: Pick<Location, 'latitude' | 'longitude'>,
): string | null {
  if (!hasCoordinates(location)) return null;
  return `${location.latitude?.toFixed(4)}, ${location.longitude?.toFixed(4)}`;
}

/**
 * @returns the location's own `url` when it is http(s), else an OpenStreetMap link with a marker
 *   (zoom 16), else null
 * @see https://wiki.openstreetmap.org/wiki/Browsing#Adding_a_marker (mlat/mlon marker parameters)
 */
export function mapHref(location: Location): string | null {
  const own = safeWebHref(location.url);
  if (own) return own;
  if (!hasCoordinates(location)) return null;
  const lat = String(location.latitude);
  const lng = String(location.longitude);
  return `https://www.openstreetmap.org/?mlat=${lat}&mlon=${lng}#map=16/${lat}/${lng}`;
}
