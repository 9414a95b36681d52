/**
 * Names for the actors and targets of group events: the org's own phones by their phone name
 * (GET /api/phones `phone_name`, e.g. "Support"), everyone else by member name, else number.
 *
 * Why the phone's name and not "You": several agents share one org phone and an org may have
 * several phones in one group, so "You" would claim the reader did it. The phone's name is what
 * the Periskope console calls it, and the line marks it as the org's (see PersonName).
 */
import type { Members, OrgPhoneName } from '@/lib/api-types.ts';
import { findMember, memberName } from '@/lib/members.ts';
import type { NameResolver } from './describe-notification.ts';

/**
 * An org phone as GET /api/phones lists it (docs/periskope-api.md#phone-contact-note): the fields a
 * name needs.
 */
export type OrgPhone = OrgPhoneName;

/**
 * @param members - the chat's members (undefined while loading: numbers until then)
 * @param orgPhones - the org's phones (undefined while loading)
 * @param orgPhone - the `org_phone` the chat or notification was read through, an org phone even
 *   when the phones list has not loaded
 * @returns the resolver {@link notificationSentence} takes
 */
export function nameResolver(
  members: Members | undefined,
  orgPhones: readonly OrgPhone[] | undefined,
  orgPhone?: string | null,
): NameResolver {
  const phoneNames = new Map<string, string>();
  const org = new Set<string>(orgPhone ? [orgPhone] : []);
  for (const phone of orgPhones ?? []) {
    // A phone not linked to a number yet (`org_phone: null`,
    // docs/periskope-api.md#phone-contact-note) names nobody.
    if (!phone.org_phone) continue;
    org.add(phone.org_phone);
    const name = phone.phone_name?.trim();
    if (name) phoneNames.set(phone.org_phone, name);
  }
  return {
    nameOf: (id) => phoneNames.get(id) ?? memberName(members, id),
    // `is_internal` members are the org's own numbers (Periskope's internal vs external).
    isOrg: (id) => org.has(id) || findMember(members, id)?.is_internal === true,
  };
}
