/**
 * The org's label set. Chats carry only `label_ids` (`label-` + 16 lowercase letters); names are
 * resolved here for the `label` filter of GET /chats (docs/periskope-api.md#endpoints: "name or
 * label-… id").
 */
import type { Label } from './chat-types.ts';

/**
 * Fixed ids so that links stay stable across seeds. The first two are chat.example's (their names
 * are not documented; "VIP"/"Billing" are our choice [I]); test1/test2 are the phone example's
 * (docs objects/the-phone-object).
 */
export const LABELS: readonly Label[] = [
  { label_id: 'label-xbitdvipqshahdcu', name: 'VIP' },
  { label_id: 'label-xgargwpbzidjpapt', name: 'Billing' },
  { label_id: 'label-hqmzodlrkwecybvn', name: 'Lead' },
  { label_id: 'label-pfjwtsunqazvlmgk', name: 'Support' },
  { label_id: 'label-cyrkbxhvoeniwqad', name: 'Urgent' },
  { label_id: 'label-bflirzqiodgianfh', name: 'test1' },
  { label_id: 'label-rbdshklasmlbfczf', name: 'test2' },
];

/** Labels generated chats draw from (the phone-only test labels are left out). */
export const CHAT_LABELS: readonly Label[] = LABELS.slice(0, 5);

/**
 * Resolves a `label` query value to a label id: an id is taken as is, a name matches
 * case-insensitively; unknown names resolve to `undefined` (→ empty result, not an error [I]).
 */
export function resolveLabel(value: string): string | undefined {
  if (value.startsWith('label-')) return value;
  const wanted = value.trim().toLowerCase();
  return LABELS.find((l) => l.name.toLowerCase() === wanted)?.label_id;
}
