/**
 * A small "Copy" button for a value (an invite link, an id, the raw JSON), with a polite "Copied"
 * (or "Copy failed") for `COPIED_MS` (lib/use-copy.ts), then "Copy" again.
 */
import { cn } from '@/lib/cn.ts';
import { useCopy } from '@/lib/use-copy.ts';

export interface CopyButtonProps {
  text: string;
  /** Accessible name, e.g. "Copy invite link". */
  label: string;
  className?: string;
}

/** A `button` that writes `text` to the clipboard; the outcome is announced politely. */
export function CopyButton({ text, label, className }: CopyButtonProps) {
  const [state, copy] = useCopy();
  return (
    <button
      type="button"
      aria-label={label}
      title={label}
      onClick={() => copy(text)}
      className={cn(
        'shrink-0 rounded px-1.5 py-0.5 text-[11px] font-medium text-wa-teal ring-1 ring-slate-200 hover:bg-teal-50 focus-visible:outline-2 focus-visible:outline-wa-teal',
        className,
      )}
    >
      <span aria-live="polite">
        {state === 'copied' ? 'Copied' : state === 'failed' ? 'Copy failed' : 'Copy'}
      </span>
    </button>
  );
}
