/**
 * The thread header's toggle that hides a group's events (system lines) in this chat.
 */
import { cn } from '@/lib/cn.ts';

export interface SystemLinesToggleProps {
  hidden: boolean;
  onHiddenChange: (hidden: boolean) => void;
}

/**
 * A toggle button: one constant name ("Hide group events") with `aria-pressed` for its state, as
 * WAI-ARIA's button pattern asks (a name that flips with the state would read "pressed" backwards).
 * @see https://www.w3.org/WAI/ARIA/apg/patterns/button/
 */
export function SystemLinesToggle({ hidden, onHiddenChange }: SystemLinesToggleProps) {
  return (
    <button
      type="button"
      aria-pressed={hidden}
      title={
        hidden
          ? 'Group events are hidden in this chat: press to show them'
          : 'Hide who joined, left or changed settings in this chat'
      }
      onClick={() => onHiddenChange(!hidden)}
      className={cn(
        'inline-flex h-7 shrink-0 items-center gap-1.5 rounded-full px-2.5 text-xs font-medium ring-1 transition-colors',
        'focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-wa-teal',
        hidden
          ? 'bg-teal-50 text-teal-800 ring-teal-600'
          : 'bg-surface text-slate-700 ring-slate-300 hover:bg-slate-50',
      )}
    >
      <svg
        aria-hidden
        viewBox="0 0 16 16"
        className="size-3.5"
        fill="none"
        stroke="currentColor"
        strokeWidth="1.5"
      >
        <path d="M3 5h10M3 8h10M3 11h6" />
        {hidden && <path d="M2 2l12 12" />}
      </svg>
      Hide group events
    </button>
  );
}
