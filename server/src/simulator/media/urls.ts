/**
 * URLs of simulator-hosted media (served by media/routes.ts, public like GCS). Generated messages
 * point here; fixture records keep their storage.googleapis.com URLs verbatim.
 */

/** Longest side, in px, of any image the simulator renders. */
export const MAX_IMAGE_SIDE = 640;

/** Longest side, in px, of thumbnails. */
export const THUMBNAIL_SIDE = 96;

/**
 * Contact/chat picture, with Periskope's `?timestamp=` cache-buster (docs/periskope-api.md#chat).
 */
export function avatarUrl(publicUrl: string, contactId: string, timestampMs: number): string {
  return `${publicUrl}/media/avatar/${contactId.replace(/@.*$/, '')}.png?timestamp=${timestampMs}`;
}

/** Image of declared size `width`×`height` px (rendered capped at {@link MAX_IMAGE_SIDE}). */
export function imageUrl(publicUrl: string, width: number, height: number, seed: number): string {
  return `${publicUrl}/media/image/${width}/${height}/${seed}.png`;
}

/** Thumbnail of an image/video of declared size `width`×`height`. */
export function thumbnailUrl(
  publicUrl: string,
  width: number,
  height: number,
  seed: number,
): string {
  return `${publicUrl}/media/thumbnail/${width}/${height}/${seed}.png`;
}

/** WAV sine tone lasting `seconds` (matches the message `duration`). */
export function audioUrl(publicUrl: string, seconds: number, seed: number): string {
  return `${publicUrl}/media/audio/${seconds}/${seed}.wav`;
}

/** The bundled 2 s 160×120 H.264 clip. */
export function videoUrl(publicUrl: string, seed: number): string {
  return `${publicUrl}/media/video/${seed}.mp4`;
}

/** The bundled 128×128 WebP sticker. */
export function stickerUrl(publicUrl: string, seed: number): string {
  return `${publicUrl}/media/sticker/${seed}.webp`;
}

/** A one-page PDF showing `filename` (which should end in `.pdf`). */
export function documentUrl(publicUrl: string, filename: string): string {
  return `${publicUrl}/media/document/${encodeURIComponent(filename)}`;
}
