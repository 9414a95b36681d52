/**
 * Hono environment of the /v1 sub-app.
 */
import type { PhoneObject } from '../data/chat-types.ts';

export interface SimEnv {
  Variables: {
    /** Phone selected by `x-phone`; undefined = every org phone (docs/periskope-api.md#auth). */
    phone: PhoneObject | undefined;
  };
}
