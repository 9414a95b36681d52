/**
 * The chat's images for the lightbox: every loaded image message with a full-size file, oldest
 * first (the order of the thread).
 */
import type { ThreadRow } from './thread-rows.ts';

export interface LightboxImage {
  message_id: string;
  /** Full image URL (`media.path`), else the thumbnail. */
  src: string;
  /** Caption, else "Photo". */
  alt: string;
  /** Download name: `media.filename`, else `photo-<message_id>`. */
  filename: string;
}

/** @returns the loaded images of the thread in row order */
export function chatImages(rows: readonly ThreadRow[]): LightboxImage[] {
  const out: LightboxImage[] = [];
  for (const row of rows) {
    if (row.kind !== 'message') continue;
    const m = row.message;
    const src = m.media?.path ?? m.media?.thumbnail;
    if (m.message_type !== 'image' || m.is_deleted || !src) continue;
    out.push({
      message_id: m.message_id,
      src,
      alt: m.body?.trim() || 'Photo',
      filename: m.media?.filename || `photo-${m.message_id}`,
    });
  }
  return out;
}
