/**
 * Delivery state of an own message from `ack` (docs/periskope-api.md#message). The docs disagree on
 * 3; we follow the suggested UI there: −1 failed, 0 clock, 1 one grey tick, 2 two grey ticks, 3 two
 * grey ticks in a group (delivered to all) but blue in a 1:1 chat (read), ≥ 4 blue.
 * @see https://docs.periskope.app/api-reference/delivery-status
 */

export interface AckState {
  label: 'Failed' | 'Pending' | 'Sent' | 'Delivered' | 'Read';
  icon: 'alert' | 'clock' | 'tick' | 'double-tick';
  tone: 'red' | 'grey' | 'blue';
}

/**
 * @param ack - the message's `ack` (`null` when unknown)
 * @param isGroup - the chat is a group
 * @returns how to draw the ticks, or null when `ack` is unknown
 */
export function ackState(ack: number | null, isGroup: boolean): AckState | null {
  if (ack === null) return null;
  if (ack < 0) return { label: 'Failed', icon: 'alert', tone: 'red' };
  if (ack === 0) return { label: 'Pending', icon: 'clock', tone: 'grey' };
  if (ack === 1) return { label: 'Sent', icon: 'tick', tone: 'grey' };
  if (ack === 2 || (ack === 3 && isGroup))
    return { label: 'Delivered', icon: 'double-tick', tone: 'grey' };
  return { label: 'Read', icon: 'double-tick', tone: 'blue' };
}
