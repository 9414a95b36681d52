/**
 * Org phones (docs/periskope-api.md#phone-contact-note). The first two are the documented examples
 * verbatim (https://docs.periskope.app/api-reference/phones/get-all-phones); the third is generated
 * and DISCONNECTED (with a QR code, as the docs say a QR exists only in that state).
 */
import { ORG_ID, PERISKOPE_PHONE, SUPPORT_PHONE } from './constants.ts';
import { NUMBER_ONLY_IDS } from './number-only-chats.ts';
import { Rng } from '../prng.ts';
import type { PhoneObject } from './chat-types.ts';

const SUPPORT: PhoneObject = {
  created_at: '2024-12-15T11:47:26.668505+00:00',
  first_connected_at: '2024-12-15T11:47:49.649+00:00',
  is_ready: true,
  label_ids: { 'label-bflirzqiodgianfh': true, 'label-rbdshklasmlbfczf': true },
  labels: ['test1', 'test2'],
  org_id: ORG_ID,
  org_phone: SUPPORT_PHONE,
  phone_id: 'phone-bqzvyibhmwkaergr',
  phone_image:
    'https://storage.googleapis.com/periskope-images/2997dd64-89bf-48d3-9a22-b314fca017e5%2F918527184400%40c.us.jpg?timestamp=1737141384215',
  phone_name: 'Support',
  qr_code: null,
  updated_at: '2025-01-20T07:51:48.209+00:00',
  wa_state: 'CONNECTED',
};

const PERISKOPE: PhoneObject = {
  created_at: '2024-12-31T17:51:15.977006+00:00',
  first_connected_at: '2025-01-16T18:31:43.921+00:00',
  is_ready: true,
  label_ids: {},
  labels: [],
  org_id: ORG_ID,
  org_phone: PERISKOPE_PHONE,
  phone_id: 'phone-njjnpbeheymosvlo',
  phone_image:
    'https://storage.googleapis.com/periskope-images/2997dd64-89bf-48d3-9a22-b314fca017e5%2F919971844008%40c.us.jpg?timestamp=1737098940409',
  phone_name: 'Periskope',
  qr_code: null,
  updated_at: '2025-01-17T08:44:02.6+00:00',
  wa_state: 'CONNECTED',
};

/**
 * The org phones for a seed: two documented ones plus a generated "Field Sales" phone.
 * @param seed - simulator seed (the third phone's number and id depend on it)
 */
export function buildPhones(seed: number): PhoneObject[] {
  const rng = new Rng(seed ^ 0x5eed_0001);
  const reserved = new Set<string>(Object.values(NUMBER_ONLY_IDS));
  let number = `9198${rng.digits(8)}`;
  // Never one of the number-only showcase contacts (919876543210 has the same prefix).
  while (reserved.has(`${number}@c.us`)) number = `9198${rng.digits(8)}`;
  const field: PhoneObject = {
    created_at: '2025-02-03T09:12:44.120934+00:00',
    first_connected_at: '2025-02-03T09:14:02.51+00:00',
    is_ready: false,
    label_ids: { 'label-cyrkbxhvoeniwqad': true },
    labels: ['Urgent'],
    org_id: ORG_ID,
    org_phone: `${number}@c.us`,
    phone_id: `phone-${rng.letters(16)}`,
    phone_image: null,
    phone_name: 'Field Sales',
    qr_code: `2@${rng.alnum(43)}==,${rng.alnum(43)}=,${rng.alnum(43)}=,${rng.alnum(24)}=`,
    updated_at: '2025-03-11T16:20:05.337+00:00',
    wa_state: 'DISCONNECTED',
  };
  return [SUPPORT, PERISKOPE, field];
}

/**
 * Resolves an `x-phone` header value (docs/periskope-api.md#auth): digits (`918527184400`) or a
 * phone id (`phone-…`). `…@c.us`, `+`, spaces → no match (the API wants digits only).
 * @returns the phone, or `undefined` (→ 401)
 */
export function resolvePhone(
  phones: readonly PhoneObject[],
  header: string,
): PhoneObject | undefined {
  const value = header.trim();
  if (value.startsWith('phone-')) return phones.find((p) => p.phone_id === value);
  if (!/^\d+$/.test(value)) return undefined;
  return phones.find((p) => p.org_phone === `${value}@c.us`);
}
