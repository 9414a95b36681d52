/**
 * WhatsApp contacts of the simulated org: the people behind 1:1 chats and group members, plus
 * the org phones themselves (`is_internal`). Ids are `<country code><number>@c.us`.
 */
import type { Rng } from '../prng.ts';
import { CONTACT_COLORS } from './constants.ts';
import {
  businessProfile,
  CONTACT_KINDS,
  type ContactKind,
  type ContactProfile,
  profileFor,
  savedProfile,
} from './contact-profile.ts';
import type { TextPools } from './text-pools.ts';
import type { PhoneObject } from './chat-types.ts';
import { avatarUrl } from '../media/urls.ts';

export interface Contact {
  /** `…@c.us` */
  id: string;
  /** The saved name (`contact_name`), null when the org never named the contact. */
  name: string | null;
  color: string;
  image: string | null;
  /** An org phone (members: `is_internal: true`). */
  internal: boolean;
  /** WhatsApp-side fields (push name, verified name, flags). */
  profile: ContactProfile;
}

/** [country code, national digits, national prefix choices] with weights; Germany: mobile `15…`. */
const COUNTRIES: readonly (readonly [readonly [string, number, readonly string[]], number])[] = [
  [['91', 10, ['6', '7', '8', '9']], 70],
  [['1', 10, ['2', '3', '4', '5', '6', '7', '8']], 8],
  [['44', 10, ['7']], 5],
  [['971', 9, ['5']], 5],
  [['65', 8, ['8', '9']], 4],
  [['55', 11, ['1', '2', '3', '4']], 4],
  [['234', 10, ['7', '8', '9']], 4],
  [['49', 11, ['15']], 3],
];

function phoneNumber(rng: Rng): string {
  const [cc, length, prefixes] = rng.weighted(COUNTRIES);
  const prefix = rng.pick(prefixes);
  return cc + prefix + rng.chars(length - prefix.length, '0123456789');
}

/**
 * Generates `count` distinct non-org contacts.
 * @param taken - ids that must not be reused (org phones, fixture contacts); extended in place
 * @param publicUrl - simulator origin for avatar URLs
 * @param forced - contact position → kind, overriding the drawn kind (showcase guests)
 */
export function buildContacts(
  rng: Rng,
  pools: TextPools,
  count: number,
  taken: Set<string>,
  publicUrl: string,
  forced: ReadonlyMap<number, ContactKind> = new Map(),
): Contact[] {
  const out: Contact[] = [];
  while (out.length < count) {
    const id = `${phoneNumber(rng)}@c.us`;
    if (taken.has(id)) continue;
    taken.add(id);
    const drawn = rng.weighted(CONTACT_KINDS);
    const { name, profile } = profileFor(rng, pools, forced.get(out.length) ?? drawn);
    out.push({
      id,
      name,
      color: rng.pick(CONTACT_COLORS),
      image: rng.chance(0.55)
        ? avatarUrl(publicUrl, id, rng.int(1_700_000_000_000, 1_740_000_000_000))
        : null,
      internal: false,
      profile,
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
    profile: savedProfile(p.phone_name, p.phone_name),
  }));
}

/** A business name for business chats (WhatsApp Business verified names). */
export function businessName(rng: Rng, pools: TextPools): string {
  const suffix = rng.pick(['', ' Pvt Ltd', ' Support', ' Official', ' India', ' Store']);
  return `${rng.pick(pools.companies)}${suffix}`;
}

/** `person` as the saved WhatsApp Business account `name` (business chats). */
export function asBusiness(rng: Rng, pools: TextPools, person: Contact, name: string): Contact {
  return {
    ...person,
    name,
    profile: { ...businessProfile(rng, pools, name, true), short_name: name.split(' ')[0] ?? name },
  };
}
