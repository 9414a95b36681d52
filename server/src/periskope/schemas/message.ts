/**
 * Message and reaction objects (periskope-api.md §4.3, §4.5), parsed and normalised.
 */
import { z } from 'zod';
import {
  chatIdField, idObject, looseNumber, nbool, nchatId, nstr, ntimestamp, stringList, timestamp, toLooseNumber,
} from './common.ts';

/** Base of relative media paths seen in webhook payloads (gotcha 7; resolved as third-party code does). */
export const PERISKOPE_MEDIA_ORIGIN = 'https://api.periskope.app';

/** Resolves relative media paths; drops thumbnails with the documented unfilled `{client.org_id}` (gotcha 7). */
function mediaUrl(value: string | null | undefined): string | null {
  if (!value) return null;
  if (value.includes('%7Bclient.org_id%7D') || value.includes('{client.org_id}')) return null;
  try {
    return new URL(value, PERISKOPE_MEDIA_ORIGIN).toString();
  } catch {
    return null;
  }
}

const media = z
  .object({
    path: z.string().nullish(),
    thumbnail: z.string().nullish(),
    mimetype: nstr,
    filename: nstr,
    size: looseNumber,
    dimensions: z
      .object({ width: looseNumber, height: looseNumber, ar: looseNumber })
      .nullish()
      .transform((d) => (d && d.width && d.height ? { width: d.width, height: d.height, ar: d.ar ?? d.width / d.height } : null)),
  })
  .nullish()
  .transform((m) => (m ? { ...m, path: mediaUrl(m.path), thumbnail: mediaUrl(m.thumbnail) } : null));

/**
 * `delivery_info`: `delivered`/`read` are absent when empty (gotcha 5); values are epoch ms.
 * The two maps are read by {@link compactNumbers}, not by a zod record: a group message carries
 * one entry per member, and a record schema ran a number-or-string check and a copy per entry
 * (~40% of a message's parse, bench/). A recipient whose time is not a number is left out rather
 * than failing the whole page.
 */
const deliveryInfo = z
  .object({
    delivered: z.unknown().optional(),
    read: z.unknown().optional(),
    pending: stringList,
    delivered_count: looseNumber,
    read_count: looseNumber,
  })
  .nullish()
  .transform((d) =>
    d
      ? {
          delivered: compactNumbers(d.delivered),
          read: compactNumbers(d.read),
          pending: d.pending,
          delivered_count: d.delivered_count ?? 0,
          read_count: d.read_count ?? 0,
        }
      : null,
  );

/**
 * `recipient → epoch ms` from a raw map: numbers and numeric strings kept (gotcha 3), anything
 * else (and anything that is not a plain object) left out.
 */
function compactNumbers(map: unknown): Record<string, number> {
  const out: Record<string, number> = {};
  if (typeof map !== 'object' || map === null || Array.isArray(map)) return out;
  for (const [k, v] of Object.entries(map)) {
    const ms = typeof v === 'number' || typeof v === 'string' ? toLooseNumber(v) : null;
    if (ms !== null) out[k] = ms;
  }
  return out;
}

const location = z
  .object({
    latitude: looseNumber,
    longitude: looseNumber,
    name: nstr,
    address: nstr,
    url: nstr,
    options: z.object({ name: nstr, address: nstr, url: nstr }).nullish(),
  })
  .nullish()
  .transform((l) =>
    l
      ? {
          latitude: l.latitude,
          longitude: l.longitude,
          name: l.options?.name ?? l.name,
          address: l.options?.address ?? l.address,
          url: l.options?.url ?? l.url,
        }
      : null,
  );

const pollInfo = z
  .object({
    pollName: nstr,
    pollOptions: z
      .array(z.union([z.string(), z.object({ name: z.string() }).transform((o) => o.name)]))
      .nullish()
      .transform((v) => v ?? []),
    options: z.object({ allowMultipleAnswers: nbool }).nullish(),
  })
  .nullish()
  .transform((p) =>
    p ? { pollName: p.pollName, pollOptions: p.pollOptions, allowMultipleAnswers: p.options?.allowMultipleAnswers ?? null } : null,
  );

/** `poll_results`: option → { voter → time } per [T]; anything else is dropped, not fatal. */
const pollResults = z
  .record(z.string(), z.unknown())
  .nullish()
  .transform((r) => {
    if (!r) return null;
    const out: Record<string, string[]> = {};
    for (const [option, voters] of Object.entries(r)) {
      out[option] = voters && typeof voters === 'object' ? Object.keys(voters) : [];
    }
    return out;
  });

/** `links`: null, an array, or the string `"[]"` (gotcha 8). */
const links = z
  .unknown()
  .optional()
  .transform((v): string[] => {
    if (v === '[]' || v === null || v === undefined) return []; // the usual value, without a JSON.parse
    const list: unknown = typeof v === 'string' ? safeJson(v) : v;
    return Array.isArray(list) ? list.filter((x): x is string => typeof x === 'string') : [];
  });

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

/** Reaction object (§4.5). `reaction: ""` means the sender removed their reaction. */
export const reactionSchema = z.object({
  reaction_id: z.string(),
  message_id: z.string(),
  id: idObject,
  msg_id: idObject,
  reaction: z.string().nullish().transform((v) => v ?? ''),
  sender_id: z.string(),
  chat_id: nchatId,
  org_phone: nstr,
  timestamp,
  read: nbool,
  ack: looseNumber,
  orphan: looseNumber,
  orphan_reason: nstr,
});
export type Reaction = z.output<typeof reactionSchema>;

const messageShape = {
  message_id: z.string(),
  unique_id: nstr,
  id: idObject,
  chat_id: chatIdField,
  org_id: nstr,
  org_phone: nstr,
  timestamp,
  updated_at: ntimestamp,
  from_me: z.boolean().nullish().transform((v) => v ?? false),
  sender_phone: nstr,
  author: nstr,
  body: nstr,
  message_type: z.string().nullish().transform((v) => v ?? 'unknown'),
  /** `ack` is a string `"-1".."5"` in REST bodies, a number elsewhere (gotcha 3). */
  ack: looseNumber,
  delivery_info: deliveryInfo,
  media,
  quoted_message_id: nstr,
  mentioned_ids: stringList,
  prev_body: nstr,
  is_deleted: nbool,
  is_forwarded: nbool,
  forwarding_score: looseNumber,
  is_starred: nbool,
  is_ephemeral: nbool,
  is_gif: nbool,
  is_private_note: nbool,
  broadcast_id: nstr,
  duration: looseNumber,
  location,
  vcards: stringList,
  poll_info: pollInfo,
  poll_results: pollResults,
  links,
  sent_message_id: nstr,
  performed_by: nstr,
};

/** Message object as in lists (no `reactions`, §4.3). */
export const messageSchema = z.object(messageShape);
export type Message = z.output<typeof messageSchema>;

/** GET /message/{id}: a message plus `reactions[]` (§3). */
export const messageWithReactionsSchema = z.object({
  ...messageShape,
  reactions: z.array(reactionSchema).nullish().transform((v) => v ?? []),
});
export type MessageWithReactions = z.output<typeof messageWithReactionsSchema>;
