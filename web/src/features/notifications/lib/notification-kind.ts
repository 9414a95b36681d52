/**
 * Kinds of group notification for the timeline filters: membership, admin,
 * settings, and other (everything else, including `create`, `call` and types Periskope may add).
 * @see docs/periskope-api.md#notification (the `type` values)
 */

export type NotificationKind = 'membership' | 'admin' | 'settings' | 'other';

/** Every kind, in the order the filters show them. */
export const NOTIFICATION_KINDS: readonly NotificationKind[] = [
  'membership',
  'admin',
  'settings',
  'other',
];

/** Each kind's filter button label. */
export const KIND_LABELS: Record<NotificationKind, string> = {
  membership: 'Membership',
  admin: 'Admins',
  settings: 'Settings',
  other: 'Other',
};

/**
 * Known types of the three named kinds; `other` is "none of these", an open set. Raw WhatsApp kinds
 * (`announce`, `restrict`, `description`) are listed too: accepted though unconfirmed
 * (docs/periskope-api.md#notification).
 */
export const KIND_TYPES: Record<Exclude<NotificationKind, 'other'>, readonly string[]> = {
  membership: ['add', 'remove', 'leave', 'invite'],
  admin: ['promote', 'demote'],
  settings: [
    'subject',
    'desc',
    'description',
    'picture',
    'announce',
    'announce_true',
    'announce_false',
    'restrict',
    'restrict_true',
    'restrict_false',
    'memberaddmode_true',
    'memberaddmode_false',
  ],
};

const KIND_OF = new Map<string, NotificationKind>(
  Object.entries(KIND_TYPES).flatMap(([kind, types]) =>
    types.map((t) => [t, kind as NotificationKind] as const),
  ),
);

/**
 * @returns the kind of a notification `type`; unknown types, and a null type (an unknown event),
 * are `other`
 */
export function notificationKind(type: string | null): NotificationKind {
  return (type !== null && KIND_OF.get(type)) || 'other';
}

/**
 * The BFF's `type` parameter for a set of kinds: an include list (`add,remove,…`) without
 * `other`, else an exclude list of the kinds left out (`!promote,!demote`), since `other` is open.
 * @param kinds - kinds to keep; empty or all four means no filter
 * @returns the `type` value, or undefined for no filter
 */
export function typeParamForKinds(kinds: readonly NotificationKind[]): string | undefined {
  const keep = new Set(kinds);
  if (keep.size === 0 || keep.size === NOTIFICATION_KINDS.length) return undefined;
  const named = Object.entries(KIND_TYPES) as [
    Exclude<NotificationKind, 'other'>,
    readonly string[],
  ][];
  if (!keep.has('other'))
    return named
      .filter(([kind]) => keep.has(kind))
      .flatMap(([, types]) => types)
      .join(',');
  return named
    .filter(([kind]) => !keep.has(kind))
    .flatMap(([, types]) => types.map((t) => `!${t}`))
    .join(',');
}
