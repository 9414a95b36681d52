/**
 * A small "Copy" button for a value (an id, the raw JSON), with a polite "Copied" for two seconds.
 */
import { cn } from '../../../lib/cn.ts';
import { useCopy } from '../hooks/use-copy.ts';

export interface CopyTextButtonProps {
  text: string;
  /** Accessible name, e.g. "Copy message_id". */
  label: string;
  className?: string;
}

export function CopyTextButton({ text, label, className }: CopyTextButtonProps) {
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
      <span aria-live="polite">{state === 'copied' ? 'Copied' : state === 'failed' ? 'Copy failed' : 'Copy'}</span>
    </button>
  );
}
