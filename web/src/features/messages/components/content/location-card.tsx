/**
 * A shared location: its name and address, else its coordinates, and a link that opens a map in
 * a new tab (the location's own http(s) `url`, else OpenStreetMap). No embedded map.
 */
import type { Message } from '@/lib/api-types.ts';
import { formatCoordinates, mapHref } from '@/features/messages/lib/location-link.ts';
import { PinGlyph } from './media-glyphs.tsx';

/**
 * @param location - `location` of the message; null gives a card saying "Location" without a map
 */
export function LocationCard({ location }: { location: Message['location'] }) {
  const coordinates = location ? formatCoordinates(location) : null;
  const href = location ? mapHref(location) : null;
  const title = location?.name?.trim() || location?.address?.trim() || coordinates || 'Location';
  const address = location?.name?.trim() ? location.address?.trim() : null;
  return (
    <div className="flex w-64 max-w-full gap-2 rounded-md bg-black/5 p-2">
      <PinGlyph className="mt-0.5 size-6 text-red-600" />
      <div className="min-w-0 flex-1">
        <p className="font-medium break-words">{title}</p>
        {address && <p className="text-xs break-words text-slate-600">{address}</p>}
        {coordinates && title !== coordinates && (
          <p className="text-xs text-slate-500 tabular-nums">{coordinates}</p>
        )}
        {href ? (
          <a
            href={href}
            target="_blank"
            rel="noopener noreferrer nofollow"
            className="mt-1 inline-block text-xs font-medium text-sky-700 underline hover:text-sky-900"
          >
            Open in map
          </a>
        ) : (
          <p className="mt-1 text-xs text-slate-500">No map position</p>
        )}
      </div>
    </div>
  );
}
