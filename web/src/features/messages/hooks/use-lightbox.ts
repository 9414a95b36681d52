/**
 * The photo viewer of a thread: the chat's loaded images (chat-images.ts) and which one is open.
 * Shape: `useLightbox(rows)` → `{ images, index (null when closed), setIndex, open(messageId),
 * close }`; `open` is stable, so memoised rows do not re-render when images load.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { chatImages } from '../lib/chat-images.ts';
import type { ThreadRow } from '../lib/thread-rows.ts';

export function useLightbox(rows: readonly ThreadRow[]) {
  const images = useMemo(() => chatImages(rows), [rows]);
  const imagesRef = useRef(images);
  useEffect(() => {
    imagesRef.current = images;
  }, [images]);
  const [index, setIndex] = useState<number | null>(null);
  const open = useCallback((messageId: string) => {
    const at = imagesRef.current.findIndex((image) => image.message_id === messageId);
    if (at >= 0) setIndex(at);
  }, []);
  const close = useCallback(() => setIndex(null), []);
  return { images, index, setIndex, open, close };
}
