import { describe, expect, it } from 'vitest';
import { formatCoordinates, mapHref } from './location-link.ts';

const at = (latitude: number | null, longitude: number | null, url: string | null = null) => ({
  latitude,
  longitude,
  name: null,
  address: null,
  url,
});

describe('location links', () => {
  it('formats coordinates with four decimals', () => {
    expect(formatCoordinates(at(19.076, 72.8777))).toBe('19.0760, 72.8777');
    expect(formatCoordinates(at(-33.8688, 151.2093))).toBe('-33.8688, 151.2093');
    expect(formatCoordinates(at(null, 72))).toBeNull();
    expect(formatCoordinates(at(95, 72))).toBeNull();
  });

  it('links to OpenStreetMap with a marker', () => {
    expect(mapHref(at(19.076, 72.8777))).toBe(
      'https://www.openstreetmap.org/?mlat=19.076&mlon=72.8777#map=16/19.076/72.8777',
    );
  });

  it("prefers the location's own http(s) url, never another scheme", () => {
    expect(mapHref(at(1, 2, 'https://maps.google.com/?q=1,2'))).toBe(
      'https://maps.google.com/?q=1,2',
    );
    expect(mapHref(at(1, 2, 'javascript:alert(1)'))).toBe(
      'https://www.openstreetmap.org/?mlat=1&mlon=2#map=16/1/2',
    );
    expect(mapHref(at(null, null, 'data:text/html,x'))).toBeNull();
  });
});
