/**
 * Phone object (periskope-api.md §4.6): a connected WhatsApp number of the org.
 */
import { z } from 'zod';
import { nbool, nstr, ntimestamp, stringList } from './common.ts';

export const phoneSchema = z.object({
  org_phone: z.string(),
  phone_id: nstr,
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

/** GET /phones/all returns a bare array (§3). */
export const phoneListSchema = z.array(phoneSchema);
