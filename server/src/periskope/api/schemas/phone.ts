/**
 * Phone object (docs/periskope-api.md#phone-contact-note; official `PhoneInfoType`): a connected
 * WhatsApp number of the org.
 */
import { z } from 'zod';
import { nbool, nstr, ntimestamp, stringList } from './common.ts';

export const phoneSchema = z.object({
  /** `…@c.us`; official type `string | null` (a phone not yet linked to a number). */
  org_phone: nstr,
  phone_id: z.string(),
  phone_name: nstr,
  phone_image: nstr,
  /** `"CONNECTED"` | `"DISCONNECTED"` | other WA states. */
  wa_state: nstr,
  is_ready: nbool,
  labels: stringList,
  created_at: ntimestamp,
  first_connected_at: ntimestamp,
});
export type Phone = z.output<typeof phoneSchema>;
