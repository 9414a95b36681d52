/**
 * Display size of visual media (images, stickers, videos), computed from `media.dimensions` so a
 * bubble reserves its final size before anything loads and the thread does not jump.
 */

export interface Box {
  width: number;
  height: number;
}

/**
 * @param dimensions - `media.dimensions` (px), or null when upstream sent none
 * @param max - the largest box allowed (CSS px)
 * @param fallback - the size to use without dimensions (CSS px)
 * @returns the size that fits in `max`, aspect ratio kept, never scaled up, in whole CSS px
 */
export function fitBox(dimensions: Box | null | undefined, max: Box, fallback: Box): Box {
  const dims = dimensions && dimensions.width > 0 && dimensions.height > 0 ? dimensions : fallback;
  const scale = Math.min(1, max.width / dims.width, max.height / dims.height);
  return {
    width: Math.max(1, Math.round(dims.width * scale)),
    height: Math.max(1, Math.round(dims.height * scale)),
  };
}
