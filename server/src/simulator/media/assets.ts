/**
 * Bundled binary media made once with ffmpeg (see report): a 2 s 160×120 H.264/AAC MP4 test
 * pattern and a 128×128 WebP sticker. Loaded once at import.
 */
import { readFileSync } from 'node:fs';

/** `clip.mp4`: 2 s, 160×120, H.264 + AAC mono. */
export const VIDEO_CLIP: Buffer = readFileSync(new URL('./assets/clip.mp4', import.meta.url));

/** Duration of {@link VIDEO_CLIP} in seconds (the `duration` of generated videos). */
export const VIDEO_SECONDS = 2;

/** Frame size of {@link VIDEO_CLIP} in px. */
export const VIDEO_SIZE = { width: 160, height: 120 } as const;

/** `sticker.webp`: 128×128. */
export const STICKER: Buffer = readFileSync(new URL('./assets/sticker.webp', import.meta.url));

/** Side of {@link STICKER} in px. */
export const STICKER_SIDE = 128;
