/**
 * Everything a generator needs besides its own PRNG stream.
 */
import type { Contact } from './contacts.ts';
import type { TextPools } from './text-pools.ts';
import type { PhoneObject } from './chat-types.ts';

export interface GenContext {
  /** Simulator seed. */
  seed: number;
  /** Epoch ms generated activity is relative to. */
  now: number;
  /** Origin of simulator-hosted media. */
  publicUrl: string;
  pools: TextPools;
  phones: readonly PhoneObject[];
  /** Org phones as contacts, by `…@c.us` id. */
  orgContacts: ReadonlyMap<string, Contact>;
}

/** Salts that separate the PRNG streams derived from one (seed, index) pair. */
export const SALT = {
  kind: 1,
  sender: 2,
  content: 3,
  modifiers: 4,
  delivery: 5,
  reactions: 6,
  notification: 7,
  chat: 8,
  times: 9,
  members: 10,
  sentId: 11,
  flags: 12,
  extras: 13,
} as const;
