/**
 * The words of a call entry and of a disappearing-messages timer change, for
 * lib/describe-message.ts (the server reads both from WhatsApp's free-form data: `call`,
 * `ephemeral_duration`, docs/periskope-api.md#message).
 */
import type { Message } from './api-types.ts';
import { formatDuration } from './format.ts';

/**
 * A `call_log` line, as WhatsApp words it: missed and declined calls from the other side say so;
 * the org's own unanswered or declined calls say how they ended; others give the direction and,
 * when it connected, the length.
 * @param call - the message's `call` (null when WhatsApp sent no details)
 * @param fromMe - the org placed the call (`from_me`)
 * @returns e.g. `📞 Missed voice call`, `📹 Incoming video call · 1:13`, `📞 Outgoing call · No answer`
 */
export function describeCall(call: Message['call'], fromMe: boolean): string {
  const icon = call?.is_video ? '📹' : '📞';
  const what = call?.is_video == null ? 'call' : call.is_video ? 'video call' : 'voice call';
  const direction = `${icon} ${fromMe ? 'Outgoing' : 'Incoming'} ${what}`;
  switch (call?.outcome ?? null) {
    case 'missed':
      return fromMe ? `${direction} · No answer` : `${icon} Missed ${what}`;
    case 'rejected':
      return fromMe ? `${direction} · Declined` : `${icon} Declined ${what}`;
    case 'connected':
    case null:
      return call?.duration ? `${direction} · ${formatDuration(call.duration)}` : direction;
    default:
      return `${direction} · ${call?.outcome ?? ''}`;
  }
}

/**
 * @param seconds - the timer a change set (`ephemeral_duration`, 0 = off; WhatsApp offers 24 h,
 *   7 and 90 days), null when not given
 */
export function describeTimer(seconds: number | null): string {
  if (seconds === null) return '⏱️ Disappearing messages setting changed';
  if (seconds <= 0) return '⏱️ Disappearing messages turned off';
  return `⏱️ Disappearing messages turned on: ${timerLength(seconds)}`;
}

const plural = (n: number, unit: string) => `${n} ${unit}${n === 1 ? '' : 's'}`;

/** @returns `24 hours`, `7 days`, `90 days`, `5 minutes`, `45 seconds` */
export function timerLength(seconds: number): string {
  if (seconds >= 2 * 86_400 && seconds % 86_400 === 0) return plural(seconds / 86_400, 'day');
  if (seconds % 3600 === 0) return plural(seconds / 3600, 'hour');
  if (seconds % 60 === 0) return plural(seconds / 60, 'minute');
  return plural(Math.round(seconds), 'second');
}
