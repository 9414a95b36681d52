/**
 * Reaction object (docs/periskope-api.md#reaction; official `ReactionType`), parsed and normalised.
 */
import { z } from 'zod';
import { idObject, looseNumber, nbool, nchatId, nstr, ntimestamp } from './common.ts';

/**
 * Reaction object (docs/periskope-api.md#reaction). `reaction: ""` means the sender removed their
 * reaction.
 */
export const reactionSchema = z.object({
  reaction_id: z.string(),
  message_id: z.string(),
  id: idObject,
  msg_id: idObject,
  reaction: z
    .string()
    .nullish()
    .transform((v) => v ?? ''),
  sender_id: z.string(),
  chat_id: nchatId,
  org_phone: nstr,
  /** Official type: `string | null`; a null time keeps the reaction's place in the list. */
  timestamp: ntimestamp,
  read: nbool,
  ack: looseNumber,
  orphan: looseNumber,
  orphan_reason: nstr,
});
export type Reaction = z.output<typeof reactionSchema>;
