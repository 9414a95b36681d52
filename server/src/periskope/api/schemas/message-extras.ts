/**
 * What a message's free-form fields say, read once at the boundary so the browser gets named
 * fields instead of raw WhatsApp data (docs/periskope-api.md#free-form-fields).
 *
 * The official `MessageType` gives `invite_v4` as `Json` (anything) and `raw_data` as
 * `{ translations?, [key]: unknown } | null`; the spellings read
 * here are WhatsApp Web's (whatsapp-web.js / wa-js), the library Periskope's phones run:
 * - `call_log`: `raw_data.isVideo` (or `isVideoCall`), `raw_data.call_result`
 *   (`MISSED | CONNECTED | REJECTED`, as Periskope's call rules name it; or `callOutcome`), the
 *   length in `duration` (or `raw_data.callDuration`), the direction in `from_me`;
 * - `groups_v4_invite`: `invite_v4.{groupId, groupName, inviteCode, inviteCodeExp, caption}`
 *   (snake_case accepted too);
 * - disappearing-message timer changes: `raw_data.ephemeralDuration` in seconds, 0 = off;
 * - link previews: `raw_data.{title, description, canonicalUrl, matchedText}`.
 */
import { toEpochMs, toSeconds } from './common.ts';

/** A call entry (`call_log`). */
export interface CallInfo {
  is_video: boolean | null;
  /** `missed`, `connected`, `rejected`, or the raw outcome in lower case; null when not given. */
  outcome: string | null;
  /** Seconds the call lasted, when it connected. */
  duration: number | null;
}

/** A group-invite card (`groups_v4_invite`). */
export interface InviteInfo {
  group_id: string | null;
  group_name: string | null;
  invite_code: string | null;
  /** When the invite expires, ISO 8601; null when not given. */
  expires_at: string | null;
  caption: string | null;
}

/** A link preview WhatsApp attached to a text message. */
export interface LinkPreview {
  url: string | null;
  title: string | null;
  description: string | null;
}

type Obj = Record<string, unknown>;

const asObject = (v: unknown): Obj | null =>
  v && typeof v === 'object' && !Array.isArray(v) ? (v as Obj) : null;
const str = (...values: unknown[]): string | null =>
  values.find((v): v is string => typeof v === 'string' && v !== '') ?? null;
const bool = (...values: unknown[]): boolean | null =>
  values.find((v): v is boolean => typeof v === 'boolean') ?? null;

function callInfo(type: string, raw: Obj | null, duration: number | null): CallInfo | null {
  if (type !== 'call_log') return null;
  const outcome = str(raw?.call_result, raw?.callOutcome);
  return {
    is_video: bool(raw?.isVideo, raw?.isVideoCall, raw?.is_video),
    outcome: outcome?.toLowerCase() ?? null,
    duration: duration ?? toSeconds(raw?.callDuration),
  };
}

function inviteInfo(value: unknown): InviteInfo | null {
  const v = asObject(value);
  if (!v) return null;
  const expires = toEpochMs(v.inviteCodeExp ?? v.invite_code_exp);
  return {
    group_id: str(v.groupId, v.group_id),
    group_name: str(v.groupName, v.group_name),
    invite_code: str(v.inviteCode, v.invite_code),
    expires_at: expires === null ? null : new Date(expires).toISOString(),
    caption: str(v.caption),
  };
}

function linkPreview(raw: Obj | null): LinkPreview | null {
  const title = str(raw?.title);
  const description = str(raw?.description);
  if (!title && !description) return null;
  return { url: str(raw?.canonicalUrl, raw?.matchedText), title, description };
}

/** Fields every message object has after {@link messageExtras}. */
export interface MessageExtras {
  call: CallInfo | null;
  invite: InviteInfo | null;
  /** Seconds of the disappearing-messages timer a timer change set (0 = off); null otherwise. */
  ephemeral_duration: number | null;
  link_preview: LinkPreview | null;
  /** True only for the placeholder of an item the BFF could not read (endpoints.ts). */
  unreadable: boolean;
}

/**
 * Replaces `raw_data` and `invite_v4` with named fields.
 * @param m - a message as the object schema parsed it
 */
export function messageExtras<
  M extends {
    message_type: string;
    duration: number | null;
    raw_data?: unknown;
    invite_v4?: unknown;
  },
>(m: M): Omit<M, 'raw_data' | 'invite_v4'> & MessageExtras {
  const { raw_data, invite_v4, ...rest } = m;
  const raw = asObject(raw_data);
  const ephemeral = raw ? toSeconds(raw.ephemeralDuration ?? raw.ephemeral_duration) : null;
  return {
    ...rest,
    call: callInfo(m.message_type, raw, m.duration),
    invite: inviteInfo(invite_v4),
    ephemeral_duration: ephemeral,
    link_preview: linkPreview(raw),
    unreadable: false,
  };
}
