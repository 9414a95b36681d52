/**
 * Type-specific fields of a generated message (docs/periskope-api.md#message): body/caption, media,
 * duration, location, vCards, polls, invite cards. Media URLs point at the simulator's own /media
 * routes.
 */
import { type Rng, mix } from '../prng.ts';
import { STICKER, STICKER_SIDE, VIDEO_CLIP, VIDEO_SECONDS, VIDEO_SIZE } from '../media/assets.ts';
import { renderPdf } from '../media/pdf.ts';
import {
  audioUrl,
  documentUrl,
  imageUrl,
  stickerUrl,
  thumbnailUrl,
  videoUrl,
} from '../media/urls.ts';
import { wavSize } from '../media/wav.ts';
import { isoMillis } from '../time.ts';
import type { GenContext } from './context.ts';
import type { ChatEntry } from './entry.ts';
import type { Skeleton } from './message-skeleton.ts';
import { chatLine } from './message-text.ts';
import {
  callLogFor,
  documentName,
  ephemeralFor,
  inviteFor,
  locationFor,
  pollFor,
  vcardFor,
} from './content-parts.ts';
import type {
  InviteV4,
  JsonValue,
  LocationObject,
  MediaObject,
  PollInfo,
  PollResults,
} from './types.ts';

export interface Content {
  body: string | null;
  media: MediaObject | null;
  duration: string | null;
  location: LocationObject | null;
  vcards: string[] | null;
  poll_info: PollInfo | null;
  poll_results: PollResults | null;
  invite_v4: InviteV4 | null;
  is_deleted: boolean | null;
  is_gif: boolean | null;
  raw_data: JsonValue;
}

const EMPTY: Content = {
  body: null,
  media: null,
  duration: null,
  location: null,
  vcards: null,
  poll_info: null,
  poll_results: null,
  invite_v4: null,
  is_deleted: null,
  is_gif: null,
  raw_data: null,
};

const IMAGE_SIZES: readonly (readonly [number, number])[] = [
  [1600, 1200],
  [1200, 1600],
  [1080, 1080],
  [1280, 720],
  [720, 1280],
  [425, 1200],
  [2048, 1536],
  [900, 1600],
  [1600, 900],
  [3000, 1000],
  [540, 1188],
];

/** First name to address in a 1:1 chat. */
function firstName(entry: ChatEntry): string {
  const contact = entry.members.find((m) => !m.contact.internal)?.contact;
  return contact?.name?.split(' ')[0] ?? 'there';
}

/** A text line for the sender's role, or the planted XSS payload. */
export function textFor(
  rng: Rng,
  ctx: GenContext,
  entry: ChatEntry,
  sk: Skeleton,
  xss?: string,
): string {
  if (xss !== undefined) return xss;
  const role = entry.core.chat_type === 'group' ? 'team' : sk.fromMe ? 'agent' : 'customer';
  return chatLine(rng, ctx.pools, role, firstName(entry));
}

function caption(
  rng: Rng,
  ctx: GenContext,
  entry: ChatEntry,
  sk: Skeleton,
  xss: string | undefined,
  p: number,
): string | null {
  return xss !== undefined || rng.chance(p) ? textFor(rng, ctx, entry, sk, xss) : null;
}

const nullDims = { ar: null, height: null, width: null };

/**
 * Content of a skeleton's kind.
 * @param xss - payload to plant in the text fields (XSS chats), if any
 */
export function contentFor(
  rng: Rng,
  ctx: GenContext,
  entry: ChatEntry,
  sk: Skeleton,
  xss?: string,
): Content {
  const seed = mix(entry.timeline.seed, sk.index) & 0x7fffffff;
  const url = ctx.publicUrl;
  switch (sk.kind) {
    case 'chat':
      return { ...EMPTY, body: textFor(rng, ctx, entry, sk, xss) };
    case 'image': {
      const [width, height] = rng.pick(IMAGE_SIZES);
      const media: MediaObject = {
        dimensions: { ar: width / height, height, width },
        filename: sk.uniqueId,
        mimetype: 'image/png',
        path: imageUrl(url, width, height, seed),
        size: Math.round(width * height * (0.05 + rng.next() * 0.1)),
        thumbnail: thumbnailUrl(url, width, height, seed),
      };
      return { ...EMPTY, body: caption(rng, ctx, entry, sk, xss, 0.35), media };
    }
    case 'video': {
      const { width, height } = VIDEO_SIZE;
      const media: MediaObject = {
        dimensions: { ar: width / height, height, width },
        filename: sk.uniqueId,
        mimetype: 'video/mp4',
        path: videoUrl(url, seed),
        size: VIDEO_CLIP.length,
        thumbnail: thumbnailUrl(url, width, height, seed),
      };
      const gif = sk.step?.variant === 'gif' || rng.chance(0.2);
      return {
        ...EMPTY,
        body: caption(rng, ctx, entry, sk, xss, 0.3),
        media,
        duration: String(VIDEO_SECONDS),
        is_gif: gif || null,
      };
    }
    case 'audio':
    case 'ptt': {
      const seconds = sk.kind === 'ptt' ? rng.int(1, 75) : rng.int(5, 180);
      const media: MediaObject = {
        dimensions: nullDims,
        filename: sk.uniqueId,
        mimetype: 'audio/wav',
        path: audioUrl(url, seconds, seed),
        size: wavSize(seconds),
        thumbnail: null,
      };
      // A few voice notes report a fractional length ("12.4"); the official type is a string.
      const fraction = sk.kind === 'ptt' && rng.chance(0.15) ? `.${rng.int(1, 9)}` : '';
      return { ...EMPTY, media, duration: `${seconds}${fraction}` };
    }
    case 'document': {
      const filename = documentName(rng, ctx, xss);
      const media: MediaObject = {
        filename,
        mimetype: 'application/pdf',
        path: documentUrl(url, filename),
        size: renderPdf(filename).length,
        thumbnail: null,
      };
      return { ...EMPTY, body: caption(rng, ctx, entry, sk, xss, 0.25), media };
    }
    case 'sticker': {
      const media: MediaObject = {
        dimensions: { ar: 1, height: STICKER_SIDE, width: STICKER_SIDE },
        filename: sk.uniqueId,
        mimetype: 'image/webp',
        path: stickerUrl(url, seed),
        size: STICKER.length,
        thumbnail: null,
      };
      return { ...EMPTY, media };
    }
    case 'location':
      return { ...EMPTY, location: locationFor(rng, ctx, xss) };
    case 'vcard': {
      const card = vcardFor(rng, ctx, xss);
      return { ...EMPTY, body: card, vcards: [card] };
    }
    case 'multi_vcard':
      return {
        ...EMPTY,
        vcards: Array.from({ length: rng.int(2, 4) }, (_, i) =>
          vcardFor(rng, ctx, i === 0 ? xss : undefined),
        ),
      };
    case 'poll_creation': {
      const poll = pollFor(rng, ctx, entry, sk, xss);
      return {
        ...EMPTY,
        body: poll.info.pollName,
        poll_info: poll.info,
        poll_results: poll.results,
      };
    }
    case 'revoked':
      return { ...EMPTY, is_deleted: true };
    case 'groups_v4_invite': {
      const body = caption(rng, ctx, entry, sk, xss, 0.5);
      return { ...EMPTY, body, invite_v4: inviteFor(rng, ctx, sk, body, xss) };
    }
    case 'call_log':
      return { ...EMPTY, ...callLogFor(rng) };
    case 'ephemeral':
      return { ...EMPTY, raw_data: ephemeralFor(rng) };
    default:
      return EMPTY;
  }
}

/** ISO ms time `delayMs` after `fromMs`, never after `now`. */
export function after(fromMs: number, delayMs: number, now: number): string {
  return isoMillis(Math.min(fromMs + delayMs, now - 1));
}
