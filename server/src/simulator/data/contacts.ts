/**
 * WhatsApp contacts of the simulated org: the people behind 1:1 chats and group members, plus
 * the org phones themselves (`is_internal`). Ids are `<country code><number>@c.us`.
 */
import type { Rng } from '../prng.ts';
import { CONTACT_COLORS } from './constants.ts';
import type { TextPools } from './text-pools.ts';
import type { PhoneObject } from './chat-types.ts';
import { avatarUrl } from '../media/urls.ts';

export interface Contact {
  /** `…@c.us` */
  id: string;
  name: string | null;
  color: string;
  image: string | null;
  /** An org phone (members: `is_internal: true`). */
  internal: boolean;
}

/** [country code, local digits, local prefix choices] with weights. */
const COUNTRIES: readonly (readonly [readonly [string, number, string], number])[] = [
  [['91', 10, '6789'], 70],
  [['1', 10, '2345678'], 8],
  [['44', 10, '7'], 5],
  [['971', 9, '5'], 5],
  [['65', 8, '89'], 4],
  [['55', 11, '1234'], 4],
  [['234', 10, '789'], 4],
];

function phoneNumber(rng: Rng): string {
  const [cc, length, prefixes] = rng.weighted(COUNTRIES);
  const first = prefixes[rng.int(0, prefixes.length - 1)] ?? '9';
  return cc + first + rng.chars(length - 1, '0123456789');
}

/**
 * Generates `count` distinct non-org contacts.
 * @param taken - ids that must not be reused (org phones, fixture contacts); extended in place
 * @param publicUrl - simulator origin for avatar URLs
 */
export function buildContacts(
  rng: Rng,
  pools: TextPools,
  count: number,
  taken: Set<string>,
  publicUrl: string,
): Contact[] {
  const out: Contact[] = [];
  while (out.length < count) {
    const id = `${phoneNumber(rng)}@c.us`;
    if (taken.has(id)) continue;
    taken.add(id);
    const named = rng.chance(0.92);
    const name = named ? `${rng.pick(pools.firstNames)} ${rng.pick(pools.lastNames)}` : null;
    out.push({
      id,
      name,
      color: rng.pick(CONTACT_COLORS),
      image: rng.chance(0.55) ? avatarUrl(publicUrl, id, rng.int(1_700_000_000_000, 1_740_000_000_000)) : null,
      internal: false,
    });
  }
  return out;
}

/** The org phones as contacts; the Support one carries chat.example's member name/colour/image. */
export function orgContacts(phones: readonly PhoneObject[]): Contact[] {
  return phones.map((p) => ({
    id: p.org_phone,
    name: p.phone_name,
    color: '#B4876E',
    image:
      p.phone_name === 'Support'
        ? 'https://storage.googleapis.com/periskope-images/2997dd64-89bf-48d3-9a22-b314fca017e5%2F918527184400%40c.us.jpg?timestamp=1737690126280'
        : p.phone_image,
    internal: true,
  }));
}

/** A business name for business chats (WhatsApp Business verified names). */
export function businessName(rng: Rng, pools: TextPools): string {
  const suffix = rng.pick(['', ' Pvt Ltd', ' Support', ' Official', ' India', ' Store']);
  return `${rng.pick(pools.companies)}${suffix}`;
}
