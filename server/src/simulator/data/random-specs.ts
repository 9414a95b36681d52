/**
 * Specs of the ordinary generated chats: mostly 1:1 users, some groups and business chats,
 * spread over the org phones; most with 1–30 messages, a few busy groups, a few empty chats.
 */
import type { Rng } from '../prng.ts';
import { DAY_MS } from '../time.ts';
import type { ChatSpec } from './build-chat.ts';
import { HISTORY_DAYS } from './constants.ts';
import { asBusiness, businessName, type Contact } from './contacts.ts';
import type { GenContext } from './context.ts';

/** Allocates unique group ids `120363…@g.us` and hands out 1:1 contacts in order. */
export class IdAllocator {
  private readonly groups = new Set<string>();
  private nextContact = 0;

  constructor(private readonly contacts: readonly Contact[]) {}

  /** A fresh group chat id. */
  groupId(rng: Rng): string {
    for (;;) {
      const id = `120363${rng.chars(12, '0123456789')}@g.us`;
      if (!this.groups.has(id)) {
        this.groups.add(id);
        return id;
      }
    }
  }

  /** The next unused contact (for a 1:1 or business chat). */
  contact(): Contact {
    const c = this.contacts[this.nextContact++ % this.contacts.length];
    if (!c) throw new Error('no contacts');
    return c;
  }
}

/** How long ago the newest message is: most chats active in the last days, a tail up to 90 days. */
export function latestAgo(rng: Rng): number {
  return Math.floor(HISTORY_DAYS * DAY_MS * rng.next() ** 3) + rng.int(600_000, 2_400_000);
}

/**
 * One ordinary chat.
 * @param phones - org phones (`…@c.us`) with weights
 */
export function randomSpec(
  rng: Rng,
  ctx: GenContext,
  ids: IdAllocator,
  phones: readonly (readonly [string, number])[],
): ChatSpec {
  const type = rng.weighted([
    ['user', 75],
    ['group', 18],
    ['business', 7],
  ] as const);
  const phone = rng.weighted(phones);
  const empty = rng.chance(0.03);
  const base = {
    phones: [phone],
    latestAgoMs: latestAgo(rng),
    unknownCreated: rng.chance(0.1),
    notifications: 0,
  };
  if (type === 'group') {
    const busy = rng.chance(0.05);
    return {
      ...base,
      chat_id: ids.groupId(rng),
      chat_type: 'group',
      memberCount: rng.weighted<() => number>([
        [() => rng.int(3, 12), 6],
        [() => rng.int(13, 40), 3],
        [() => rng.int(41, 120), 1],
      ])(),
      messages: empty ? 0 : busy ? rng.int(100, 300) : 1 + Math.floor(59 * rng.next() ** 2),
      notifications: rng.chance(0.4) ? rng.int(1, 12) : 0,
      exited: rng.chance(0.04),
    };
  }
  const person = ids.contact();
  const contact =
    type === 'business' ? asBusiness(rng, ctx.pools, person, businessName(rng, ctx.pools)) : person;
  const max = type === 'business' ? 19 : 29;
  return {
    ...base,
    chat_id: contact.id,
    chat_type: type,
    contact,
    messages: empty ? 0 : 1 + Math.floor(max * rng.next() ** 2.2),
  };
}
