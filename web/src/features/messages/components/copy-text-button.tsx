/**
 * A small "Copy" button for a value (an id, the raw JSON), with a polite "Copied" for two seconds.
 */
import { useEffect, useState } from 'react';
import { cn } from '../../../lib/cn.ts';

/** How long "Copied" stays, ms. */
const COPIED_MS = 2000;

export interface CopyTextButtonProps {
  text: string;
  /** Accessible name, e.g. "Copy message_id". */
  label: string;
  className?: string;
}

export function CopyTextButton({ text, label, className }: CopyTextButtonProps) {
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');
  useEffect(() => {
    if (state === 'idle') return;
    const timer = setTimeout(() => setState('idle'), COPIED_MS);
    return () => clearTimeout(timer);
  }, [state]);
  return (
    <button
      type="button"
      aria-label={label}
      title={label}
      onClick={() => navigator.clipboard.writeText(text).then(() => setState('copied'), () => setState('failed'))}
      className={cn(
        'shrink-0 rounded px-1.5 py-0.5 text-[11px] font-medium text-wa-teal ring-1 ring-slate-200 hover:bg-teal-50 focus-visible:outline-2 focus-visible:outline-wa-teal',
        className,
      )}
    >
      <span aria-live="polite">{state === 'copied' ? 'Copied' : state === 'failed' ? 'Copy failed' : 'Copy'}</span>
    </button>
  );
}
