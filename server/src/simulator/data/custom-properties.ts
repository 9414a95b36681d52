/**
 * `custom_properties` values: any JSON (@periskope/types view_chats.custom_properties: Json).
 * Each property id keeps one value type across chats, like a typed property would: text,
 * number, boolean, object, list, and a date string that may be null.
 */
import type { Rng } from '../prng.ts';
import { CUSTOM_PROPERTY_IDS } from './constants.ts';
import type { JsonValue } from './types.ts';

const [TEXT, NUMBER, FLAG, PLAN, TAGS, RENEWAL] = CUSTOM_PROPERTY_IDS;

/** Value pools per property id; object keys alphabetical. */
const VALUES: Readonly<Record<string, readonly JsonValue[]>> = {
  [TEXT]: ['hello', 'Gold', 'Silver', 'Q3 renewal', 'Bangalore', '42', 'Enterprise'],
  [NUMBER]: [42, 0, 3.5, 1200, -7, 99_999],
  [FLAG]: [true, false],
  [PLAN]: [
    { plan: 'gold', seats: 12 },
    { plan: 'silver', seats: 3, trial: true },
    { owner: { email: 'priya@hashlabs.dev', team: 'APAC' }, plan: 'enterprise' },
  ],
  [TAGS]: [['north', 'west'], [1, 2, 3], [], ['vip']],
  [RENEWAL]: ['2025-06-30', '2026-01-01', null],
};

/** 1–3 properties of a chat, keys in id order (alphabetical). */
export function propertiesFor(rng: Rng): Record<string, JsonValue> {
  const ids = rng.sample(CUSTOM_PROPERTY_IDS, rng.int(1, 3)).sort();
  return Object.fromEntries(ids.map((id) => [id, rng.pick(VALUES[id] ?? ['hello'])]));
}

/** The all-kinds chat's properties: one of each JSON type, keys alphabetical. */
export function showcaseProperties(): Record<string, JsonValue> {
  const out: Record<string, JsonValue> = {
    [TEXT]: 'Gold',
    [NUMBER]: 42,
    [FLAG]: true,
    [PLAN]: { plan: 'gold', seats: 12 },
    [TAGS]: ['north', 'west'],
    [RENEWAL]: null,
  };
  return Object.fromEntries(Object.entries(out).sort(([a], [b]) => (a < b ? -1 : 1)));
}
