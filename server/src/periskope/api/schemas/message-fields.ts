/**
 * Readers of the message object's nested fields (docs/periskope-api.md#message, #quirks; official
 * `MessageType`, `MediaType`, `DeliveryInfoType`, `PollSendType`, `PollResultType`,
 * `MessageFlagType`): media, delivery receipts, location, poll, links and the reply flag.
 */
import { z } from 'zod';
import {
  looseBool,
  looseNumber,
  nbool,
  nstr,
  stringList,
  toEpochMs,
  toLooseNumber,
} from './common.ts';

/**
 * Base of relative media paths seen in webhook payloads (docs/periskope-api.md#quirk-7; resolved as
 * third-party code does).
 */
export const PERISKOPE_MEDIA_ORIGIN = 'https://api.periskope.app';

/**
 * Resolves relative media paths; drops thumbnails with the documented unfilled `{client.org_id}`
 * (docs/periskope-api.md#quirk-7).
 */
function mediaUrl(value: string | null | undefined): string | null {
  if (!value) return null;
  if (value.includes('%7Bclient.org_id%7D') || value.includes('{client.org_id}')) return null;
  try {
    return new URL(value, PERISKOPE_MEDIA_ORIGIN).toString();
  } catch {
    return null;
  }
}

export const media = z
  .object({
    path: z.string().nullish(),
    thumbnail: z.string().nullish(),
    mimetype: nstr,
    filename: nstr,
    size: looseNumber,
    dimensions: z
      .object({ width: looseNumber, height: looseNumber, ar: looseNumber })
      .nullish()
      .transform((d) =>
        d && d.width && d.height
          ? { width: d.width, height: d.height, ar: d.ar ?? d.width / d.height }
          : null,
      ),
  })
  .nullish()
  .transform((m) =>
    m ? { ...m, path: mediaUrl(m.path), thumbnail: mediaUrl(m.thumbnail) } : null,
  );

/**
 * `delivery_info`: `delivered`/`read` are absent when empty (docs/periskope-api.md#quirk-5); values
 * are epoch ms. The two maps are read by {@link compactNumbers}, not by a zod record: a group
 * message carries one entry per member, and a record schema ran a number-or-string check and a copy
 * per entry (~40% of a message's parse, bench/). A recipient whose time is not a number is left out
 * rather than failing the whole page.
 */
export const deliveryInfo = z
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
 * `recipient → epoch ms` from a raw map: numbers and numeric strings kept
 * (docs/periskope-api.md#quirk-3), anything else (and anything that is not a plain object) left
 * out.
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

export const location = z
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

export const pollInfo = z
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
    p
      ? {
          pollName: p.pollName,
          pollOptions: p.pollOptions,
          allowMultipleAnswers: p.options?.allowMultipleAnswers ?? null,
        }
      : null,
  );

/**
 * `poll_results`: option → { voter → vote time } (official `PollResultType` is
 * `Record<string, Record<string, string>>`). Kept as voters with their times (epoch ms, null when
 * the time is unreadable), newest vote last; an option whose voters are not a map has none.
 */
export const pollResults = z
  .record(z.string(), z.unknown())
  .nullish()
  .transform((r) => {
    if (!r) return null;
    const out: Record<string, { voter: string; at: number | null }[]> = {};
    for (const [option, voters] of Object.entries(r)) {
      const entries =
        voters && typeof voters === 'object' && !Array.isArray(voters)
          ? Object.entries(voters)
          : [];
      out[option] = entries
        .map(([voter, at]) => ({ voter, at: toEpochMs(at) }))
        .sort((a, b) => (a.at ?? 0) - (b.at ?? 0));
    }
    return out;
  });

/**
 * One link of a message: whatsapp-web.js sends `{link, isSuspicious}`; older rows plain strings.
 */
export interface MessageLink {
  url: string;
  /** WhatsApp flagged the link as suspicious (lookalike characters). */
  is_suspicious: boolean | null;
}

/**
 * `links`: null, an array (strings or `{link, isSuspicious}` objects), or the string `"[]"`
 * (Quirks).
 */
export const links = z
  .unknown()
  .optional()
  .transform((v): MessageLink[] => {
    if (v === '[]' || v === null || v === undefined) return []; // the usual value, without a JSON.parse
    const list: unknown = typeof v === 'string' ? safeJson(v) : v;
    return Array.isArray(list) ? list.map(toLink).filter((x): x is MessageLink => x !== null) : [];
  });

function toLink(item: unknown): MessageLink | null {
  if (typeof item === 'string') return item ? { url: item, is_suspicious: null } : null;
  if (!item || typeof item !== 'object') return null;
  const o = item as Record<string, unknown>;
  const url = [o.link, o.url, o.href].find((x): x is string => typeof x === 'string' && x !== '');
  return url
    ? { url, is_suspicious: typeof o.isSuspicious === 'boolean' ? o.isSuspicious : null }
    : null;
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

/**
 * `flag_metadata` (official `MessageFlagType`): who flagged the message for a reply and how it was
 * answered. Times stay as sent (ISO strings).
 */
export const flagMetadata = z
  .object({
    status: looseBool,
    response_type: nstr,
    response_id: nstr,
    response_timestamp: nstr,
    response_email: nstr,
    flagged_by: nstr,
    flagged_at: nstr,
  })
  .nullish()
  .catch(null)
  .transform((v) => v ?? null);
