/**
 * Group notification objects (docs/periskope-api.md#notification; official `NotificationType`): who
 * was added, removed, promoted, what setting changed.
 */
import { z } from 'zod';
import { idObject, nchatId, nstr, ntimestamp, stringList } from './common.ts';

export const notificationSchema = z.object({
  notification_id: z.string(),
  unique_id: nstr,
  /**
   * Notifications spell it `{fromMe, serialized}` (docs/periskope-api.md#id-objects); normalised
   * like messages.
   */
  id: idObject,
  /** Official type: `string | null`. A notification without a chat is still listed. */
  chat_id: nchatId,
  org_id: nstr,
  org_phone: nstr,
  /** `…@c.us` of the actor. */
  author: nstr,
  /** Affected members; `null` upstream for setting changes, `[]` here. */
  recipientids: stringList,
  /**
   * Open set: `add`, `remove`, `promote`, `memberaddmode_true`, … and unknown future kinds.
   * Official type: `string | null`; null is shown as an unknown event.
   */
  type: nstr,
  body: nstr,
  /** Official type: `string | null`; a null time keeps the notification's place in the page. */
  timestamp: ntimestamp,
  /**
   * Free-form JSON object: absent in REST examples, present in webhooks (Quirks); anything but an
   * object reads as null.
   */
  metadata: z
    .record(z.string(), z.unknown())
    .nullish()
    .catch(null)
    .transform((v) => v ?? null),
});
export type Notification = z.output<typeof notificationSchema>;
