/**
 * Wire shapes the simulator serves, after the documented examples (docs/periskope-api.md#objects)
 * and the fixtures in `../fixtures`. Keys are listed alphabetically, as Periskope sends them.
 */

export type JsonValue =
  null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue };

/** id object of messages and reactions (docs/periskope-api.md#id-objects, REST spelling). */
export interface MessageIdObject {
  from_me: boolean;
  id: string;
  remote: string;
  serialized: string;
}

/**
 * `delivered`/`read` are absent, not `{}`, when empty (docs/periskope-api.md#message). Values are
 * epoch ms.
 */
export interface DeliveryInfo {
  delivered?: Record<string, number>;
  delivered_count: number;
  pending: string[];
  read?: Record<string, number>;
  read_count: number;
}

export interface MediaDimensions {
  ar: number | null;
  height: number | null;
  width: number | null;
}

/**
 * `size` in bytes; `path`/`thumbnail` absolute URLs (docs/periskope-api.md#message,
 * docs/periskope-api.md#quirk-7).
 */
export interface MediaObject {
  dimensions?: MediaDimensions;
  filename: string;
  mimetype: string;
  path: string;
  size?: number;
  thumbnail?: string | null;
}

/** Send-side shape from the SDK (docs/periskope-api.md#message): latitude/longitude are strings. */
export interface LocationObject {
  latitude: string;
  longitude: string;
  options: { address?: string; name?: string; url?: string };
}

export interface PollInfo {
  options: { allowMultipleAnswers: boolean };
  pollName: string;
  pollOptions: string[];
}

/** option text → { voter contact id → ISO vote time } ([I], docs/periskope-api.md#message). */
export type PollResults = Record<string, Record<string, string>>;

/** `flag_metadata` (@periskope/types MessageFlagType); keys alphabetical. */
export interface MessageFlag {
  flagged_at?: string;
  flagged_by?: string;
  response_email?: string;
  response_timestamp?: string;
  response_type?: 'message' | 'reaction' | 'ticket' | 'manual';
  status: boolean;
}

/**
 * `invite_v4` of `groups_v4_invite` messages, whatsapp-web.js spellings; `inviteCodeExp` in epoch
 * seconds.
 */
export interface InviteV4 {
  caption?: string;
  groupId: string;
  groupName: string;
  inviteCode: string;
  inviteCodeExp: number;
}

/** One `links` entry as whatsapp-web.js sends it. */
export interface LinkEntry {
  isSuspicious: boolean;
  link: string;
}

/** One message as list endpoints return it (with `interactive`, without `reactions`). */
export interface MessageRecord {
  ack: string | null;
  author: string | null;
  body: string | null;
  broadcast: boolean | null;
  broadcast_id: string | null;
  chat_id: string;
  delivery_info: DeliveryInfo | null;
  device_type: string | null;
  duration: string | null;
  flag_metadata: MessageFlag | null;
  flag_response_time: number | null;
  /** @periskope/types tbl_chat_messages.flag_status: boolean | null. */
  flag_status: boolean | null;
  forwarding_score: number | string | null;
  from: string | null;
  from_me: boolean;
  fts: string | null;
  has_media: boolean | null;
  has_quoted_msg: boolean | null;
  has_reaction: boolean | null;
  id: MessageIdObject;
  interactive: JsonValue;
  invite_v4: InviteV4 | null;
  is_deleted: boolean | null;
  is_ephemeral: boolean | null;
  is_forwarded: boolean | null;
  is_gif: boolean | null;
  is_starred: boolean | null;
  is_status: boolean | null;
  /** null, `"[]"` (a string, docs/periskope-api.md#message) or the entries of a body with URLs. */
  links: LinkEntry[] | '[]' | null;
  location: LocationObject | null;
  media: MediaObject | null;
  media_key: string | null;
  mentioned_ids: string[];
  message_id: string;
  message_ticket_id: string | null;
  message_type: string;
  order_id: string | null;
  org_id: string;
  org_phone: string;
  performed_by: string | null;
  poll_info: PollInfo | null;
  poll_results: PollResults | null;
  prev_body: string | null;
  quoted_message_id: string | null;
  raw_data: JsonValue;
  sender_phone: string;
  sent_message_id: string | null;
  /** null only in the edge-cases group (official type: string | null). */
  timestamp: string | null;
  to: string | null;
  token: string | null;
  unique_id: string;
  updated_at: string;
  vcards: string[] | null;
}

/**
 * A message outside lists (GET /chats/{id} latest_message, GET /message/{id}): no `interactive`
 * (docs/periskope-api.md#quirk-5).
 */
export type MessageObject = Omit<MessageRecord, 'interactive'>;

/** docs/periskope-api.md#reaction; `reaction` "" = removed. */
export interface ReactionRecord {
  ack: string | number | null;
  chat_id: string;
  id: MessageIdObject;
  message_id: string;
  msg_id: MessageIdObject;
  org_id: string;
  org_phone: string;
  orphan: string | number | null;
  orphan_reason: string | null;
  reaction: string;
  reaction_id: string;
  read: boolean;
  sender_id: string;
  /** null only in the edge-cases group (official type: string | null). */
  timestamp: string | null;
  unique_id: string;
}

/** GET /message/{id}: the message plus its reactions (docs/periskope-api.md#endpoints). */
export type MessageWithReactions = MessageObject & { reactions: ReactionRecord[] };

/**
 * docs/periskope-api.md#notification REST notification: camelCase `fromMe`, no `metadata` key.
 * `chat_id`, `timestamp` and `type` are null only in the edge-cases group (@periskope/types
 * tbl_chat_notifications allows it).
 */
export interface NotificationRecord {
  author: string;
  body: string | null;
  chat_id: string | null;
  id: { fromMe: boolean; id: string; remote: string; serialized: string };
  notification_id: string;
  org_id: string;
  org_phone: string;
  recipientids: string[] | null;
  timestamp: string | null;
  type: string | null;
  unique_id: string;
}
