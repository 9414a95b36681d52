/**
 * Group notification objects (periskope-api.md §4.4): who was added, removed, promoted, what
 * setting changed.
 */
import { z } from 'zod';
import { chatIdField, idObject, nstr, stringList, timestamp } from './common.ts';

export const notificationSchema = z.object({
  notification_id: z.string(),
  unique_id: nstr,
  /** Notifications spell it `{fromMe, serialized}` (§4.1); normalised like messages. */
  id: idObject,
  chat_id: chatIdField,
  org_id: nstr,
  org_phone: nstr,
  /** `…@c.us` of the actor. */
  author: nstr,
  /** Affected members; `null` upstream for setting changes, `[]` here. */
  recipientids: stringList,
  /** Open set: `add`, `remove`, `promote`, `memberaddmode_true`, … and unknown future kinds. */
  type: z.string(),
  body: nstr,
  timestamp,
  /** Free-form JSON object: absent in REST examples, present in webhooks (gotcha 5); anything but an object reads as null. */
  metadata: z.record(z.string(), z.unknown()).nullish().catch(null).transform((v) => v ?? null),
});
export type Notification = z.output<typeof notificationSchema>;
