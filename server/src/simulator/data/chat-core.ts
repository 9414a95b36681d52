/**
 * The generated fields of a chat object (docs/periskope-api.md#chat): labels, assignment, access,
 * mute/exit, unread counts, group settings, custom properties, times.
 */
import type { Rng } from '../prng.ts';
import { sortKeys } from '../sort-keys.ts';
import { isoMicros, isoSeconds, UNKNOWN_CREATED_AT } from '../time.ts';
import { AGENTS, ORG_ID } from './constants.ts';
import type { GenContext } from './context.ts';
import { propertiesFor } from './custom-properties.ts';
import { CHAT_LABELS } from './labels.ts';
import type { ChatCore, ChatType } from './chat-types.ts';

export interface CoreInput {
  chat_id: string;
  chat_type: ChatType;
  chat_name: string | null;
  chat_image: string | null;
  org_phone: string;
  chat_org_phones: string[];
  member_count: number;
  /** epoch ms; 0 = unknown (rendered as 1970) */
  createdMs: number;
  latestMs: number | null;
  is_exited: boolean;
}

export interface CoreOutput {
  core: ChatCore;
  memberAddMode: 'true' | 'false';
  addMembersAdminsOnly: boolean | null;
}

function access(rng: Rng, assigned: string | null): Record<string, boolean> | null {
  if (assigned) {
    const map: Record<string, boolean> = { [assigned]: true };
    if (rng.chance(0.3)) map[rng.pick(AGENTS)] = rng.chance(0.8);
    return sortKeys(map);
  }
  return rng.chance(0.2) ? { [rng.pick(AGENTS)]: true } : null;
}

/** Builds the chat fields; group settings are null for 1:1 chats. */
export function chatCore(rng: Rng, ctx: GenContext, input: CoreInput): CoreOutput {
  const isGroup = input.chat_type === 'group';
  const assigned = rng.chance(0.2) ? rng.pick(AGENTS) : null;
  const labels = rng.chance(0.28) ? rng.sample(CHAT_LABELS, rng.int(1, 2)) : [];
  const props = rng.chance(0.15) ? propertiesFor(rng) : {};
  const lastActivity = Math.max(input.latestMs ?? 0, input.createdMs);
  const updatedMs = Math.min(
    ctx.now - 1,
    (lastActivity || ctx.now - 86_400_000) + rng.int(1_000, 600_000),
  );
  const memberAddMode = isGroup && rng.chance(0.35) ? 'true' : 'false';
  const core: ChatCore = {
    assigned_to: assigned,
    chat_access: access(rng, assigned),
    chat_id: input.chat_id,
    chat_image: input.chat_image,
    chat_name: input.chat_name,
    chat_org_phones: input.chat_org_phones,
    chat_type: input.chat_type,
    closed_at:
      rng.chance(0.05) && input.latestMs
        ? Math.min(ctx.now - 1, input.latestMs + rng.int(60_000, 86_400_000))
        : null,
    created_at: input.createdMs > 0 ? isoSeconds(input.createdMs) : UNKNOWN_CREATED_AT,
    custom_properties: props,
    flag_count_map: null,
    group_description:
      isGroup && rng.chance(0.4)
        ? `${rng.pick(ctx.pools.sentences)}. ${rng.pick(ctx.pools.phrases)}`
        : null,
    hubspot_metadata: {},
    info_admins_only: isGroup
      ? rng.weighted<boolean | null>([
          [false, 45],
          [true, 40],
          [null, 15],
        ])
      : null,
    invite_link:
      isGroup && rng.chance(0.4) ? `https://chat.whatsapp.com/invite/${rng.alnum(22)}` : null,
    is_exited: input.is_exited,
    is_muted: rng.chance(0.08),
    label_ids: sortKeys(Object.fromEntries(labels.map((l) => [l.label_id, true]))),
    member_count: input.member_count,
    message_unread_count: rng.weighted<number | null>([
      [null, 50],
      [0, 30],
      [rng.int(1, 40), 20],
    ]),
    messages_admins_only: isGroup
      ? rng.weighted<boolean | null>([
          [false, 70],
          [true, 20],
          [null, 10],
        ])
      : null,
    org_id: ORG_ID,
    org_phone: input.org_phone,
    updated_at: isoMicros(updatedMs, rng.int(0, 999)),
  };
  return { core, memberAddMode, addMembersAdminsOnly: isGroup ? memberAddMode === 'false' : null };
}
