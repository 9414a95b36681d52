/**
 * Delivery ticks of an own message, labelled for screen readers ("Read", "Delivered", …).
 */
import { cn } from '@/lib/cn.ts';
import { ackState } from '@/lib/ack-state.ts';

const TONES = { red: 'text-red-600', grey: 'text-slate-400', blue: 'text-wa-tick-blue' } as const;

const TICK = 'M1.5 8.5 5 12l7.5-8';
const SECOND_TICK = 'M7.5 11.2 8.3 12l7.5-8';

/** @param ack - the message's `ack`; nothing is drawn when it is unknown */
export function AckTicks({ ack, isGroup }: { ack: number | null; isGroup: boolean }) {
  const state = ackState(ack, isGroup);
  if (!state) return null;
  return (
    <span
      role="img"
      aria-label={state.label}
      title={state.label}
      className={cn('inline-flex', TONES[state.tone])}
    >
      <svg
        viewBox="0 0 17 16"
        aria-hidden
        className="h-3.5 w-4 fill-none stroke-current stroke-[1.6]"
      >
        {state.icon === 'alert' && (
          <>
            <circle cx="8" cy="8" r="6.5" />
            <path d="M8 4.5v4.2M8 10.8v.4" />
          </>
        )}
        {state.icon === 'clock' && (
          <>
            <circle cx="8" cy="8" r="6" />
            <path d="M8 4.5V8l2.2 1.6" />
          </>
        )}
        {(state.icon === 'tick' || state.icon === 'double-tick') && <path d={TICK} />}
        {state.icon === 'double-tick' && <path d={SECOND_TICK} />}
      </svg>
    </span>
  );
}
