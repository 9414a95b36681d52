/**
 * The WhatsApp side of a contact (@periskope/types tbl_contacts): push name, verified business
 * name, address-book flags. Most people are saved contacts with a name; some are known only by
 * the name they set themselves (`pushname`), some businesses only by `verified_name`, some by
 * nothing but their number.
 */
import type { Rng } from '../prng.ts';
import type { MemberContactFields } from './chat-types.ts';
import type { TextPools } from './text-pools.ts';
import type { JsonValue } from './types.ts';

/** How a contact is known: saved name, push name only, verified business name only, nothing. */
export type ContactKind = 'named' | 'pushname' | 'business' | 'nameless';

/** Weights of {@link ContactKind} for generated contacts. */
export const CONTACT_KINDS: readonly (readonly [ContactKind, number])[] = [
  ['named', 86],
  ['pushname', 5],
  ['business', 2],
  ['nameless', 7],
];

export interface ContactProfile {
  pushname: string | null;
  verified_name: string | null;
  short_name: string | null;
  periskope_name: string | null;
  is_blocked: boolean;
  is_business: boolean;
  is_enterprise: boolean;
  is_my_contact: boolean;
  contact_lid: string | null;
  verified_level: number | null;
  business_profile: JsonValue;
}

/** A profile with nothing but the number: no name in any field. */
export function bareProfile(): ContactProfile {
  return {
    pushname: null,
    verified_name: null,
    short_name: null,
    periskope_name: null,
    is_blocked: false,
    is_business: false,
    is_enterprise: false,
    is_my_contact: false,
    contact_lid: null,
    verified_level: null,
    business_profile: null,
  };
}

/** A saved contact: `short_name` is the first word of the name. */
export function savedProfile(name: string, pushname: string | null = null): ContactProfile {
  return {
    ...bareProfile(),
    is_my_contact: true,
    pushname,
    short_name: name.split(' ')[0] ?? name,
  };
}

/** whatsapp-web.js BusinessContact.businessProfile, reduced; keys alphabetical. */
function businessDetails(rng: Rng, pools: TextPools, name: string): JsonValue {
  const slug =
    name
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '') || 'shop';
  return {
    address: rng.pick(pools.streets),
    categories: [
      {
        id: String(rng.int(100_000, 999_999)),
        localized_display_name: rng.pick([
          'Shopping & Retail',
          'Professional Services',
          'Education',
          'Food & Grocery',
        ]),
      },
    ],
    description: rng.pick(pools.sentences),
    email: `hello@${slug}.example`,
    website: [`https://${slug}.example`],
  };
}

/** A WhatsApp Business account known by its verified name (saved as a contact or not). */
export function businessProfile(
  rng: Rng,
  pools: TextPools,
  verifiedName: string,
  saved: boolean,
): ContactProfile {
  return {
    ...bareProfile(),
    business_profile: rng.chance(0.5) ? businessDetails(rng, pools, verifiedName) : null,
    is_business: true,
    is_enterprise: rng.chance(0.2),
    is_my_contact: saved,
    verified_level: rng.weighted<number | null>([
      [2, 3],
      [0, 2],
      [null, 1],
    ]),
    verified_name: verifiedName,
  };
}

/**
 * A generated contact's name and profile for its kind.
 * @returns `name` = the saved (address-book) name, null unless `named`
 */
export function profileFor(
  rng: Rng,
  pools: TextPools,
  kind: ContactKind,
): { name: string | null; profile: ContactProfile } {
  const first = rng.pick(pools.firstNames);
  const last = rng.pick(pools.lastNames);
  const blocked = rng.chance(0.005);
  const lid = rng.chance(0.1) ? `${rng.digits(15)}@lid` : null;
  const extras = { contact_lid: lid, is_blocked: blocked };
  if (kind === 'named') {
    const name = `${first} ${last}`;
    const profile = savedProfile(
      name,
      rng.chance(0.5) ? rng.pick([first, `${first} ${last[0] ?? ''}.`, `${first} ✨`]) : null,
    );
    return {
      name,
      profile: { ...profile, ...extras, periskope_name: rng.chance(0.1) ? name : null },
    };
  }
  if (kind === 'pushname')
    return {
      name: null,
      profile: {
        ...bareProfile(),
        ...extras,
        pushname: rng.pick([first, `${first} ${last}`, `${first} 🌸`]),
      },
    };
  if (kind === 'business') {
    const company = rng.pick(pools.companies);
    return { name: null, profile: { ...businessProfile(rng, pools, company, false), ...extras } };
  }
  return { name: null, profile: { ...bareProfile(), ...extras } };
}

/**
 * The tbl_contacts fields of a member record (keys alphabetical once merged by the caller).
 * `contact_type` is always `user` [I]: the values are undocumented.
 */
export function memberContactFields(
  id: string,
  name: string | null,
  p: ContactProfile,
): MemberContactFields {
  return {
    business_profile: p.business_profile,
    contact_lid: p.contact_lid,
    contact_type: 'user',
    is_blocked: p.is_blocked,
    is_business: p.is_business,
    is_enterprise: p.is_enterprise,
    is_my_contact: p.is_my_contact,
    is_wa_contact: true,
    name,
    number: id.replace(/@.*$/, ''),
    periskope_name: p.periskope_name,
    pushname: p.pushname,
    short_name: p.short_name,
    verified_level: p.verified_level,
    verified_name: p.verified_name,
  };
}
