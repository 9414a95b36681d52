/**
 * A group-invite card (`groups_v4_invite`, docs/periskope-api.md#free-form-fields): the
 * group's name, when the invite expires, the caption, and the invite code as text. No link is
 * built from the code: joining is done on a phone, not from the inbox.
 */
import type { Message } from '@/lib/api-types.ts';
import { formatDateTime } from '@/lib/format.ts';
import { instantOf } from '@/lib/timeline.ts';
import { GroupGlyph } from './media-glyphs.tsx';
import { MessageText } from './message-text.tsx';
import { useNow } from '@/lib/use-now.ts';

export interface InviteCardProps {
  invite: Message['invite'];
  /** The caption when `invite` carries none (`body` of the message). */
  body: string | null;
  mentionIds: readonly string[];
  /** Reference instant for "Expires" / "Expired", epoch ms; default: at mount. */
  now?: number | undefined;
}

/** @returns "Expires <date>" or "Expired <date>", or null without a readable expiry */
export function expiryText(expiresAt: string | null, now: number): string | null {
  const ms = instantOf(expiresAt);
  if (ms === null) return null;
  return `${ms < now ? 'Expired' : 'Expires'} ${formatDateTime(ms)}`;
}

/** A named group ("Group invite"); every value renders as a text node. */
export function InviteCard({ invite, body, mentionIds, now: nowProp }: InviteCardProps) {
  const mountedAt = useNow();
  const now = nowProp ?? mountedAt;
  const expiry = expiryText(invite?.expires_at ?? null, now);
  const caption = invite?.caption ?? body;
  return (
    <div role="group" aria-label="Group invite" className="w-64 max-w-full">
      <div className="flex items-center gap-3 rounded-md bg-black/5 p-2">
        <span className="grid size-10 shrink-0 place-items-center rounded-full bg-teal-600/15 text-teal-700">
          <GroupGlyph className="size-5" />
        </span>
        <span className="min-w-0">
          <span className="block font-medium break-words">
            {invite?.group_name?.trim() || 'WhatsApp group'}
          </span>
          <span className="block text-xs text-slate-500">{expiry ?? 'Group invite'}</span>
        </span>
      </div>
      {caption && <MessageText text={caption} mentionIds={mentionIds} className="mt-1" />}
      {invite?.invite_code && (
        <p className="mt-1 text-xs text-slate-500">
          Invite code{' '}
          <code className="font-mono break-all text-slate-700 select-all">
            {invite.invite_code}
          </code>
        </p>
      )}
    </div>
  );
}
