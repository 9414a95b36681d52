/**
 * Cross-cutting message traits (docs/periskope-api.md#message): edits (`prev_body`), forwards
 * (`forwarding_score` ≥ 5 = "forwarded many times"), stars, quoted replies, @mentions and `links`:
 * whatsapp-web.js entries `{isSuspicious, link}` on bodies with a URL (a few with a link preview in
 * `raw_data`), else null or the string `"[]"` (docs/periskope-api.md#message).
 */
import type { Rng } from '../prng.ts';
import type { ChatEntry } from './entry.ts';
import { isContentKind, type Skeleton, skeletonAt } from './message-skeleton.ts';
import { linkLine, linkPreview } from './message-text.ts';
import type { JsonValue, MessageRecord } from './types.ts';

export interface Modifiers {
  body: string | null;
  prev_body: string | null;
  is_forwarded: boolean | null;
  forwarding_score: number | string | null;
  is_starred: boolean | null;
  quoted_message_id: string | null;
  mentioned_ids: string[];
  links: MessageRecord['links'];
  /** A link preview `{canonicalUrl, description, matchedText, title}`, or null. */
  raw_data: JsonValue;
  /** ms between send and last update (edits push it out). */
  updateDelayMs: number;
}

/** The newest older message (within 8) that can be quoted, if any. */
function quoteTarget(entry: ChatEntry, index: number, rng: Rng): string | null {
  const start = index + rng.int(1, 4);
  for (let j = start; j < Math.min(entry.timeline.times.length, start + 8); j++) {
    const target = skeletonAt(entry, j);
    if (isContentKind(target.kind)) return target.messageId;
  }
  return null;
}

/**
 * Applies the traits to a freshly generated body.
 * @param body - the content body/caption (may be null)
 */
export function modifiersFor(
  rng: Rng,
  entry: ChatEntry,
  sk: Skeleton,
  body: string | null,
): Modifiers {
  const variant = sk.step?.variant;
  const scripted = sk.step !== undefined;
  const isText = sk.kind === 'chat';
  const content = isContentKind(sk.kind);
  const out: Modifiers = {
    body,
    prev_body: null,
    is_forwarded: null,
    forwarding_score: null,
    is_starred: null,
    quoted_message_id: null,
    mentioned_ids: [],
    links: rng.chance(0.15) ? '[]' : null,
    raw_data: null,
    updateDelayMs: rng.int(200, 30_000),
  };
  if (!rng.chance(0.93)) out.forwarding_score = rng.chance(0.7) ? 0 : '0';

  if (
    isText &&
    sk.step?.xss === undefined &&
    entry.core.chat_type === 'group' &&
    (variant === 'mention' || (!scripted && rng.chance(0.08)))
  ) {
    const others = entry.members
      .filter((m) => m.contact.id !== sk.sender.id)
      .map((m) => m.contact.id);
    const mentioned = rng.sample(others, rng.int(1, 2));
    out.mentioned_ids = mentioned;
    out.body =
      `${mentioned.map((id) => `@${id.replace(/@.*$/, '')}`).join(' ')} ${out.body ?? ''}`.trim();
  }
  if (isText && (variant === 'links' || (!scripted && rng.chance(0.1)))) {
    const link = linkLine(rng);
    out.body = `${out.body ?? ''}\n${link}`.trim();
    out.links = [{ isSuspicious: false, link }];
    if (variant === 'links' || rng.chance(0.4)) out.raw_data = linkPreview(rng, link);
  }
  if (isText && out.body !== null && (variant === 'edited' || (!scripted && rng.chance(0.04)))) {
    const shorter = out.body.replace(/\s*\S+$/, '');
    out.prev_body =
      shorter.length > 0 && shorter !== out.body ? shorter : `${out.body.slice(0, -1)}`;
    out.updateDelayMs = rng.int(60_000, 3_600_000);
  }
  if (
    content &&
    (variant === 'forwarded' || variant === 'forwarded_many' || (!scripted && rng.chance(0.04)))
  ) {
    out.is_forwarded = true;
    out.forwarding_score =
      variant === 'forwarded_many' || (variant !== 'forwarded' && rng.chance(0.3))
        ? rng.int(5, 127)
        : rng.int(1, 4);
  }
  if (content && (variant === 'starred' || (!scripted && rng.chance(0.03)))) out.is_starred = true;
  if (content && (variant === 'quoted' || (!scripted && rng.chance(0.1))))
    out.quoted_message_id = quoteTarget(entry, sk.index, rng);
  return out;
}
