/**
 * Pieces of structured message content: document names, locations (docs/periskope-api.md#message
 * send-side shape with string coordinates), vCard 3.0 text, polls with results, group invite cards,
 * call logs and disappearing-message timer changes.
 */
import type { Rng } from '../prng.ts';
import type { GenContext } from './context.ts';
import type { ChatEntry } from './entry.ts';
import type { Skeleton } from './message-skeleton.ts';
import type { InviteV4, JsonValue, LocationObject, PollInfo, PollResults } from './types.ts';
import { isoMillis } from '../time.ts';

/** e.g. `invoice-2291.pdf`; with an XSS payload: `<payload>.pdf`. */
export function documentName(rng: Rng, ctx: GenContext, xss?: string): string {
  if (xss !== undefined) return `${xss}.pdf`;
  const company = rng
    .pick(ctx.pools.companies)
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return rng.weighted<() => string>([
    [() => `invoice-${rng.int(1000, 9999)}.pdf`, 4],
    [() => `quotation-${rng.int(100, 999)}.pdf`, 2],
    [() => `${company}-brochure.pdf`, 1],
    [() => `statement-${rng.pick(['jan', 'feb', 'mar', 'apr', 'may', 'jun'])}-2025.pdf`, 1],
    [() => 'boarding-pass.pdf', 1],
    [() => `Scan ${rng.int(1, 28)} Mar 2025 (${rng.int(1, 9)}).pdf`, 1],
  ])();
}

/** Some locations carry no name (and some no address either). */
export function locationFor(rng: Rng, ctx: GenContext, xss?: string): LocationObject {
  const latitude = (rng.int(8_000_000, 30_000_000) / 1_000_000).toFixed(6);
  const longitude = (rng.int(70_000_000, 90_000_000) / 1_000_000).toFixed(6);
  const url = `https://maps.google.com/?q=${latitude},${longitude}`;
  const shape =
    xss !== undefined
      ? 0
      : rng.weighted([
          [0, 6],
          [1, 3],
          [2, 1],
        ] as const);
  if (shape === 2) return { latitude, longitude, options: {} };
  const address = rng.pick(ctx.pools.streets);
  if (shape === 1) return { latitude, longitude, options: { address, url } };
  return {
    latitude,
    longitude,
    options: { address, name: xss ?? `${rng.pick(ctx.pools.companies)} office`, url },
  };
}

/**
 * One vCard 3.0 text (docs/periskope-api.md#message example layout), FN = a name or the XSS
 * payload.
 */
export function vcardFor(rng: Rng, ctx: GenContext, xss?: string): string {
  const name = xss ?? `${rng.pick(ctx.pools.firstNames)} ${rng.pick(ctx.pools.lastNames)}`;
  const digits = `91${rng.int(6, 9)}${rng.digits(9)}`;
  return `BEGIN:VCARD\nVERSION:3.0\nFN:${name}\nTEL;type=CELL;waid=${digits}:+${digits}\nEND:VCARD`;
}

/**
 * A poll (docs/periskope-api.md#message: poll_info from the SDK; poll_results option → {voter → ISO
 * time} [I]). Voters are chat members other than the creator; some options get no votes.
 */
export function pollFor(
  rng: Rng,
  ctx: GenContext,
  entry: ChatEntry,
  sk: Skeleton,
  xss?: string,
): { info: PollInfo; results: PollResults } {
  const options =
    xss !== undefined
      ? [xss, `${xss} (2)`, 'None of the above']
      : rng.sample(
          ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Online', 'In person', 'Later'],
          rng.int(2, 5),
        );
  const multi = rng.chance(0.4);
  const info: PollInfo = {
    options: { allowMultipleAnswers: multi },
    pollName: xss ?? `When should we meet for the ${rng.pick(ctx.pools.groupTopics)} review?`,
    pollOptions: options,
  };
  const results: PollResults = Object.fromEntries(
    options.map((o): [string, Record<string, string>] => [o, {}]),
  );
  const voters = entry.members.map((m) => m.contact.id).filter((id) => id !== sk.sender.id);
  for (const voter of voters) {
    if (!rng.chance(0.6)) continue;
    const picks = multi ? rng.sample(options, rng.int(1, 2)) : [rng.pick(options)];
    const when = isoMillis(Math.min(sk.ts + rng.int(30_000, 86_400_000), ctx.now - 1));
    for (const p of picks) {
      const bucket = results[p];
      if (bucket) bucket[voter] = when;
    }
  }
  return { info, results };
}

/** `invite_v4` (whatsapp-web.js Message.inviteV4 spellings); valid three days from the message. */
export function inviteFor(
  rng: Rng,
  ctx: GenContext,
  sk: Skeleton,
  caption: string | null,
  xss?: string,
): InviteV4 {
  return {
    ...(caption !== null ? { caption } : {}),
    groupId: `120363${rng.digits(12)}@g.us`,
    groupName: xss ?? `${rng.pick(ctx.pools.groupTopics)} group`,
    inviteCode: rng.alnum(22),
    inviteCodeExp: Math.floor(sk.ts / 1000) + 3 * 86_400,
  };
}

/**
 * A call log: `raw_data` `{call_result, isVideo}`, `duration` in seconds (a string) for connected
 * calls only.
 */
export function callLogFor(rng: Rng): { raw_data: JsonValue; duration: string | null } {
  const result = rng.weighted([
    ['MISSED', 5],
    ['CONNECTED', 4],
    ['REJECTED', 1],
  ] as const);
  const duration = result === 'CONNECTED' ? String(rng.int(5, 1_800)) : null;
  return { raw_data: { call_result: result, isVideo: rng.chance(0.3) }, duration };
}

/** Disappearing-messages timer change: seconds, 0 = off, else 24 h, 7 days or 90 days. */
export function ephemeralFor(rng: Rng): JsonValue {
  return {
    ephemeralDuration: rng.weighted([
      [0, 3],
      [86_400, 3],
      [604_800, 3],
      [7_776_000, 1],
    ] as const),
  };
}
