/**
 * Copying text to the clipboard with a short-lived outcome to show: `copied` or `failed` for
 * {@link COPIED_MS}, then `idle` again.
 */
import { useEffect, useState } from 'react';

/** How long the outcome stays, ms. */
export const COPIED_MS = 2000;

export type CopyState = 'idle' | 'copied' | 'failed';

/** @returns the current outcome and `copy(text)` */
export function useCopy(): [CopyState, (text: string) => void] {
  const [state, setState] = useState<CopyState>('idle');
  useEffect(() => {
    if (state === 'idle') return;
    const timer = setTimeout(() => setState('idle'), COPIED_MS);
    return () => clearTimeout(timer);
  }, [state]);
  const copy = (text: string) => {
    // `clipboard` is missing outside secure contexts (plain http on a LAN address).
    if (!navigator.clipboard) return setState('failed');
    navigator.clipboard.writeText(text).then(
      () => setState('copied'),
      () => setState('failed'),
    );
  };
  return [state, copy];
}
