/**
 * GET /message/{message_id} resolution (docs/periskope-api.md#endpoints): a serialized `message_id`
 * names its chat (`<from_me>_<chat_id>_<id>[_<author>]`; the simulator may parse its own ids,
 * clients must not), and a `sent_message_id` (queue id) decodes to its position (sent-id.ts).
 */
import { messageCount } from './generate-messages.ts';
import type { ChatEntry } from './entry.ts';
import { decodeSentId } from './sent-id.ts';
import type { MessageRecord } from './types.ts';

export interface FoundMessage {
  entry: ChatEntry;
  /** Position in the chat timeline (0 = newest). */
  index: number;
  message: MessageRecord;
}

/**
 * What a lookup reads of the data set (store.ts's `SimulatorData` has all of it). Written out
 * here rather than picked from `SimulatorData` so that the store can use this module without
 * the two importing each other.
 */
interface Lookup {
  readonly seed: number;
  /** One entry per (org_phone, chat_id); `chats[i].index === i`. */
  readonly chats: readonly ChatEntry[];
  /** Entries of a chat id, optionally on one org phone. */
  findChats(chatId: string, orgPhone?: string): readonly ChatEntry[];
  /** All messages of a chat, newest first. */
  messages(entry: ChatEntry): readonly MessageRecord[];
  /** One message by position (0 = newest). */
  messageAt(entry: ChatEntry, index: number): MessageRecord;
  /** Position of a message id in its chat timeline. */
  indexOfMessage(entry: ChatEntry, messageId: string): number | undefined;
}

const SERIALIZED = /^(?:true|false)_([^_]+@(?:c|g)\.us)_/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function bySentId(data: Lookup, id: string, orgPhone?: string): FoundMessage | undefined {
  const inScope = (e: ChatEntry): boolean => !orgPhone || e.org_phone === orgPhone;
  for (const entry of data.chats) {
    if (!entry.timeline.fixedMessages || !inScope(entry)) continue;
    const index = entry.timeline.fixedMessages.findIndex((m) => m.sent_message_id === id);
    const message = entry.timeline.fixedMessages[index];
    if (message) return { entry, index, message };
  }
  const decoded = decodeSentId(data.seed, id);
  const entry = decoded ? data.chats[decoded.chat] : undefined;
  if (!decoded || !entry || !inScope(entry) || decoded.message >= messageCount(entry))
    return undefined;
  const message = data.messageAt(entry, decoded.message);
  return message.sent_message_id === id.toLowerCase()
    ? { entry, index: decoded.message, message }
    : undefined;
}

/**
 * Finds a message.
 * @param id - `message_id` or `sent_message_id`
 * @param orgPhone - restrict to chats of this org phone (`…@c.us`)
 */
export function findMessage(data: Lookup, id: string, orgPhone?: string): FoundMessage | undefined {
  if (UUID.test(id)) return bySentId(data, id, orgPhone);
  const chatId = SERIALIZED.exec(id)?.[1];
  if (!chatId) return undefined;
  for (const entry of data.findChats(chatId, orgPhone)) {
    const index = data.indexOfMessage(entry, id);
    const message = index === undefined ? undefined : data.messages(entry)[index];
    if (index !== undefined && message) return { entry, index, message };
  }
  return undefined;
}
