/**
 * Fixed facts of the simulated organisation: ids from the documented examples, the colour
 * palette and the staff that appear in `assigned_to` / `performed_by`.
 */

/** org_id of every documented example (fixtures). */
export const ORG_ID = '2997dd64-89bf-48d3-9a22-b314fca017e5';

/** The "Support" org phone of the examples. */
export const SUPPORT_PHONE = '918527184400@c.us';

/**
 * The "Periskope" org phone of the get-all-phones example (docs
 * api-reference/phones/get-all-phones).
 */
export const PERISKOPE_PHONE = '919971844008@c.us';

/**
 * Contact colours: `enum_colors` of `@periskope/types` (docs/periskope-api.md#chat "15-colour
 * palette [T]"). Source: npm @periskope/types, types.ts "COLORS".
 */
export const CONTACT_COLORS = [
  '#B4876E',
  '#A5B337',
  '#06CF9C',
  '#25D366',
  '#02A698',
  '#7D9EF1',
  '#007BFC',
  '#5E47DE',
  '#7F66FF',
  '#9333EA',
  '#FA6533',
  '#C4532D',
  '#DC2626',
  '#FF2E74',
  '#DB2777',
] as const;

/**
 * Agents of the org: `assigned_to`, `chat_access` keys and `performed_by` (the first is from
 * chat.example).
 */
export const AGENTS = [
  'bharat@hashlabs.dev',
  'priya@hashlabs.dev',
  'arjun@hashlabs.dev',
  'meera@hashlabs.dev',
  'sam@hashlabs.dev',
] as const;

/**
 * Custom property ids (keys of `custom_properties` are ids, docs/periskope-api.md#quirk-14); the
 * first is from chat.example. Value types per id: see custom-properties.ts.
 */
export const CUSTOM_PROPERTY_IDS = [
  'property-tlkudzxmhjkgoktm',
  'property-qwhzmrnabvtyexco',
  'property-lpdkcjsuwfgmiear',
  'property-xfzrcpwkyabnqdhe',
  'property-mbvogtjqnuylsrie',
  'property-hdeyrwqzoplkvnas',
] as const;

/** Window in which generated activity falls, before `now`. */
export const HISTORY_DAYS = 90;

/** Reaction emojis used by generated reactions. */
export const EMOJIS = ['👍', '❤️', '😂', '😮', '😢', '🙏', '🔥', '🎉', '😄', '👏'] as const;
