/**
 * Load state of one media element (image, video) with a working Retry: a failed load is
 * remembered per source, and Retry remounts the element (`key`) so the browser requests it again.
 */
import { useState } from 'react';

/**
 * @param src - the media URL; a failure is tied to it, so moving to another source starts clean
 * @returns `failed`, `key` for the media element, `onError` for it, and `retry`
 */
export function useMediaRetry(src: string | null | undefined) {
  const [failedSrc, setFailedSrc] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);
  return {
    failed: Boolean(src) && failedSrc === src,
    key: `${src ?? ''}#${attempt}`,
    onError: () => setFailedSrc(src ?? null),
    retry: () => {
      setFailedSrc(null);
      setAttempt((n) => n + 1);
    },
  };
}
