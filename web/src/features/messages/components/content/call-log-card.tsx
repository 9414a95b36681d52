/**
 * A call entry (`call_log`, docs/periskope-api.md#free-form-fields): voice or video, how
 * it ended (missed and declined in red), the direction from `from_me`, and the length when it
 * connected. Worded as lib/describe-message.ts words the same call.
 */
import type { Message } from '@/lib/api-types.ts';
import { cn } from '@/lib/cn.ts';
import { formatDuration } from '@/lib/format.ts';
import { PhoneGlyph, VideoCallGlyph } from './media-glyphs.tsx';

export interface CallLogCardProps {
  call: Message['call'];
  fromMe: boolean;
}

/**
 * @returns the title ("Missed voice call", "Video call") and the detail line ("Outgoing · 2:05")
 */
export function callWords(
  call: Message['call'],
  fromMe: boolean,
): { title: string; detail: string; failed: boolean } {
  const what = call?.is_video == null ? 'call' : call.is_video ? 'video call' : 'voice call';
  const direction = fromMe ? 'Outgoing' : 'Incoming';
  const outcome = call?.outcome ?? null;
  const plain = `${what.charAt(0).toUpperCase()}${what.slice(1)}`;
  switch (outcome) {
    case 'missed':
      return {
        title: fromMe ? plain : `Missed ${what}`,
        detail: fromMe ? `${direction} · No answer` : direction,
        failed: true,
      };
    case 'rejected':
      return {
        title: fromMe ? plain : `Declined ${what}`,
        detail: fromMe ? `${direction} · Declined` : direction,
        failed: true,
      };
    case 'connected':
    case null:
      return {
        title: plain,
        detail: call?.duration ? `${direction} · ${formatDuration(call.duration)}` : direction,
        failed: false,
      };
    // An outcome WhatsApp may add later: shown as sent.
    default:
      return { title: plain, detail: `${direction} · ${outcome}`, failed: false };
  }
}

/** A named group: the title is its accessible name. */
export function CallLogCard({ call, fromMe }: CallLogCardProps) {
  const { title, detail, failed } = callWords(call, fromMe);
  const Icon = call?.is_video ? VideoCallGlyph : PhoneGlyph;
  return (
    <div
      role="group"
      aria-label={title}
      data-call-outcome={call?.outcome ?? undefined}
      className="flex min-w-44 items-center gap-3 py-0.5"
    >
      <span
        className={cn(
          'grid size-9 shrink-0 place-items-center rounded-full',
          failed ? 'bg-red-50 text-red-600' : 'bg-black/5 text-slate-600',
        )}
      >
        <Icon className="size-5" />
      </span>
      <span className="min-w-0">
        <span className={cn('block font-medium', failed && !fromMe && 'text-red-700')}>
          {title}
        </span>
        <span className="block text-xs text-slate-500">{detail}</span>
      </span>
    </div>
  );
}
