/**
 * A small "Copy" button for a value (an invite link, an id), with a polite "Copied" (or "Copy
 * failed") for {@link COPIED_MS}, then "Copy" again.
 */
import { useEffect, useState } from 'react';
import { cn } from '../../lib/cn.ts';

/** How long the outcome stays, ms. */
export const COPIED_MS = 2000;

export interface CopyButtonProps {
  text: string;
  /** Accessible name, e.g. "Copy invite link". */
  label: string;
  className?: string;
}

/** A `button` that writes `text` to the clipboard; the outcome is announced politely. */
export function CopyButton({ text, label, className }: CopyButtonProps) {
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');
  useEffect(() => {
    if (state === 'idle') return;
    const timer = setTimeout(() => setState('idle'), COPIED_MS);
    return () => clearTimeout(timer);
  }, [state]);
  const copy = () => {
    // `clipboard` is missing outside secure contexts (plain http on a LAN address).
    if (!navigator.clipboard) return setState('failed');
    navigator.clipboard.writeText(text).then(() => setState('copied'), () => setState('failed'));
  };
  return (
    <button
      type="button"
      aria-label={label}
      title={label}
      onClick={copy}
      className={cn(
        'shrink-0 rounded px-1.5 py-0.5 text-[11px] font-medium text-wa-teal ring-1 ring-slate-200 hover:bg-teal-50 focus-visible:outline-2 focus-visible:outline-wa-teal',
        className,
      )}
    >
      <span aria-live="polite">{state === 'copied' ? 'Copied' : state === 'failed' ? 'Copy failed' : 'Copy'}</span>
    </button>
  );
}
