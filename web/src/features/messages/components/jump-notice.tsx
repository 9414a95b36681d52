/**
 * What a thread says while it opens at a target row (useJumpToMessage): "Finding the message in
 * older history…" while older pages load, or that the message (or group event) is not in the
 * history. Shape: `<JumpNotice state={JumpState} kind={'message' | 'notification' | undefined} />`.
 */
import type { JumpState } from '../hooks/use-jump-to-message.ts';
import { MissingMessage } from './missing-message.tsx';

export interface JumpNoticeProps {
  state: JumpState;
  /** What the target is; undefined without one. */
  kind: 'message' | 'notification' | undefined;
}

/** Nothing while idle or once found. */
export function JumpNotice({ state, kind }: JumpNoticeProps) {
  if (state === 'missing') return <MissingMessage kind={kind ?? 'message'} />;
  if (state !== 'searching') return null;
  return (
    <p
      role="status"
      className="absolute inset-x-0 top-14 z-10 mx-auto w-max rounded-full bg-surface px-3 py-1 text-xs text-slate-600 shadow"
    >
      Finding the {kind === 'notification' ? 'event' : 'message'} in older history…
    </p>
  );
}
