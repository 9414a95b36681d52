/**
 * `ack` and `delivery_info` of a message (docs/periskope-api.md#message). Only messages sent by the
 * viewing org phone get progress; received ones carry ack "0" and zero counts, like every
 * documented example. 1:1: ack 3 already has a `read` entry (the documented example does) [S];
 * groups follow the latest docs: 2 = delivered to ≥ 1, 3 = to all, 4 = read by ≥ 1, 5 = read by
 * all.
 */
import type { Rng } from '../prng.ts';
import type { DeliveryInfo } from './types.ts';

const USER_ACKS = [
  ['-1', 2],
  ['0', 2],
  ['1', 6],
  ['2', 15],
  ['3', 35],
  ['4', 35],
  ['5', 5],
] as const;
const GROUP_ACKS = [
  ['-1', 1],
  ['0', 2],
  ['1', 5],
  ['2', 20],
  ['3', 15],
  ['4', 35],
  ['5', 22],
] as const;

/** Received messages. */
export const NO_DELIVERY: DeliveryInfo = { delivered_count: 0, pending: [], read_count: 0 };

function build(
  recipients: readonly string[],
  delivered: Map<string, number>,
  read: Map<string, number>,
): DeliveryInfo {
  // Keys in Periskope's (alphabetical) order; `delivered`/`read` absent when empty.
  return {
    ...(delivered.size > 0 ? { delivered: Object.fromEntries(delivered) } : {}),
    delivered_count: delivered.size,
    pending: recipients.filter((r) => !delivered.has(r)),
    ...(read.size > 0 ? { read: Object.fromEntries(read) } : {}),
    read_count: read.size,
  };
}

/**
 * Delivery state of a message the viewer sent.
 * @param recipients - the other participants (`…@c.us`)
 * @param sentMs - message time (epoch ms)
 * @param now - upper bound for receipt times (epoch ms)
 */
export function deliveryFor(
  rng: Rng,
  recipients: readonly string[],
  isGroup: boolean,
  sentMs: number,
  now: number,
): { ack: string; delivery_info: DeliveryInfo } {
  const ack = rng.weighted(isGroup ? GROUP_ACKS : USER_ACKS);
  const level = Number(ack);
  const delivered = new Map<string, number>();
  const read = new Map<string, number>();
  const all = recipients.length;
  const deliveredCount =
    level <= 1 ? 0 : level === 2 && isGroup ? rng.int(1, Math.max(1, all - 1)) : all;
  const readCount = !isGroup
    ? level >= 3
      ? all
      : 0
    : level === 4
      ? rng.int(1, Math.max(1, all - 1))
      : level === 5
        ? all
        : 0;
  // Receipts land between the send time and `now`, sooner for recent messages.
  const room = Math.max(2_000, now - sentMs);
  recipients.slice(0, deliveredCount).forEach((r) => {
    delivered.set(r, sentMs + rng.int(400, Math.max(401, Math.min(300_000, room * 0.3))));
  });
  recipients.slice(0, Math.min(readCount, deliveredCount)).forEach((r) => {
    const at = delivered.get(r) ?? sentMs;
    read.set(r, at + rng.int(1_000, Math.max(1_001, Math.min(6 * 3_600_000, (now - at) * 0.6))));
  });
  return { ack, delivery_info: build(recipients, delivered, read) };
}
