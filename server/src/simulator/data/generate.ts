/**
 * Generates the whole org for a seed: phones, contacts, fixture chats, showcase chats and
 * `chats` ordinary chats. Cheap (no messages are generated here): ~10 µs per chat.
 */
import { Rng, mix } from '../prng.ts';
import { buildChat, type ChatSpec } from './build-chat.ts';
import { PERISKOPE_PHONE, SUPPORT_PHONE } from './constants.ts';
import type { ContactKind } from './contact-profile.ts';
import { buildContacts, type Contact, orgContacts } from './contacts.ts';
import type { GenContext } from './context.ts';
import { edgeCasesSpec } from './edge-cases.ts';
import type { ChatEntry } from './entry.ts';
import { fixtureContacts, fixtureEntries } from './fixture-chats.ts';
import { NUMBER_ONLY_IDS, numberOnlySpecs } from './number-only-chats.ts';
import { buildPhones } from './phones.ts';
import { IdAllocator, latestAgo, randomSpec } from './random-specs.ts';
import { showcaseSpecs } from './showcase.ts';
import { buildTextPools } from './text-pools.ts';
import { xssSpecs } from './xss-chats.ts';

export interface Generated {
  ctx: GenContext;
  contacts: readonly Contact[];
  /** Fixture entries first, then showcase, then ordinary chats; `index` = position. */
  chats: ChatEntry[];
  /** chat_id of each showcase chat (and the media group's guest contact ids). */
  ids: {
    big: string;
    media: string;
    allKindsUser: string;
    empty: string;
    shared: string;
    xssUser: string;
    xssGroup: string;
    edgeCases: string;
    unknownType: string;
    pushnameGuest: string;
    verifiedNameGuest: string;
  };
}

/**
 * The first 6 contacts get XSS names in the XSS group; the next two are the media group's guests,
 * known only by push name and by verified business name.
 */
const GUEST_KINDS = new Map<number, ContactKind>([
  [6, 'pushname'],
  [7, 'business'],
]);

/**
 * @param options.seed - PRNG seed
 * @param options.chats - ordinary generated chats (fixture and showcase chats come on top)
 * @param options.now - epoch ms generated times are relative to
 * @param options.publicUrl - origin of simulator-hosted media
 */
export function generate(options: {
  seed: number;
  chats: number;
  now: number;
  publicUrl: string;
}): Generated {
  const phones = buildPhones(options.seed);
  const org = orgContacts(phones);
  const ctx: GenContext = {
    seed: options.seed,
    now: options.now,
    publicUrl: options.publicUrl,
    pools: buildTextPools(options.seed),
    phones,
    orgContacts: new Map(org.map((c) => [c.id, c])),
  };
  const rng = new Rng(mix(options.seed, 0x5ec5));
  const taken = new Set<string>([
    ...org.map((c) => c.id),
    ...fixtureContacts().map((c) => c.id),
    ...Object.values(NUMBER_ONLY_IDS),
  ]);
  const contacts = buildContacts(
    rng,
    ctx.pools,
    Math.ceil(options.chats * 0.85) + 400,
    taken,
    options.publicUrl,
    GUEST_KINDS,
  );
  const ids = new IdAllocator(contacts.slice(300));
  // The first 6 contacts get XSS names in the XSS group only; keep them out of every other chat.
  const pool = contacts.slice(6);
  const [pushname, verifiedName] = [contacts[6], contacts[7]];
  if (!pushname || !verifiedName) throw new Error('media group guests missing');

  const show = showcaseSpecs(rng, ctx, ids, { pushname, verifiedName });
  const allKindsContact = ids.contact();
  const emptyContact = ids.contact();
  const xss = xssSpecs(rng, ids, ids.contact(), contacts.slice(0, 6));
  const edge = edgeCasesSpec(rng, ids);
  const unknownContact = ids.contact();
  const unknownType: ChatSpec = {
    chat_id: unknownContact.id,
    chat_type: 'unknown',
    phones: [SUPPORT_PHONE],
    contact: unknownContact,
    messages: 6,
    notifications: 0,
    latestAgoMs: latestAgo(rng),
    tags: ['unknown-type'],
  };
  const specs: ChatSpec[] = [
    show.media,
    show.big,
    { ...show.allKindsUser, chat_id: allKindsContact.id, contact: allKindsContact },
    xss.user,
    xss.group,
    { ...show.empty, chat_id: emptyContact.id, contact: emptyContact },
    ...show.shared,
    ...numberOnlySpecs(),
    edge,
    unknownType,
  ];
  const fieldPhone = phones[2]?.org_phone ?? SUPPORT_PHONE;
  const weights = [
    [SUPPORT_PHONE, 50],
    [PERISKOPE_PHONE, 35],
    [fieldPhone, 15],
  ] as const;
  for (let i = 0; i < options.chats; i++) specs.push(randomSpec(rng, ctx, ids, weights));

  const chats = [
    ...fixtureEntries(ctx, pool),
    ...specs.flatMap((spec, ordinal) => buildChat(ctx, spec, ordinal, pool)),
  ];
  chats.forEach((entry, index) => {
    entry.index = index;
  });
  return {
    ctx,
    contacts,
    chats,
    ids: {
      big: show.big.chat_id,
      media: show.media.chat_id,
      allKindsUser: allKindsContact.id,
      empty: emptyContact.id,
      shared: show.shared[0]?.chat_id ?? '',
      xssUser: xss.user.chat_id,
      xssGroup: xss.group.chat_id,
      edgeCases: edge.chat_id,
      unknownType: unknownType.chat_id,
      pushnameGuest: pushname.id,
      verifiedNameGuest: verifiedName.id,
    },
  };
}
