/**
 * Vote counts and voters of a poll (docs/periskope-api.md#message `poll_info`, `poll_results`;
 * official `PollResultType` is option → { voter → vote time }, which the BFF turns into `{ voter,
 * at }[]` per option, oldest vote first).
 */
import type { Message } from '@/lib/api-types.ts';

export interface PollVoter {
  /** `…@c.us` of the voter. */
  id: string;
  /** When they voted, epoch ms; null when Periskope gave no readable time. */
  at: number | null;
}

export interface PollOptionTally {
  option: string;
  votes: number;
  /** Share of all votes, 0–1 (0 when nobody voted). */
  share: number;
  /** Who voted for it, each once, oldest vote first (undated last). */
  voters: PollVoter[];
}

export interface PollTally {
  options: PollOptionTally[];
  /** Votes over all options (a voter of a multiple-answer poll counts once per option). */
  totalVotes: number;
}

/** Each voter once (their latest dated vote), oldest vote first, undated after dated ones. */
function uniqueVoters(entries: readonly { voter: string; at: number | null }[]): PollVoter[] {
  const byVoter = new Map<string, PollVoter>();
  for (const { voter, at } of entries) {
    const seen = byVoter.get(voter);
    if (!seen || (at !== null && (seen.at === null || at > seen.at)))
      byVoter.set(voter, { id: voter, at });
  }
  return [...byVoter.values()].sort(
    (a, b) => (a.at ?? Number.POSITIVE_INFINITY) - (b.at ?? Number.POSITIVE_INFINITY) || 0,
  );
}

/**
 * @param info - `poll_info`; its `pollOptions` give the order
 * @param results - `poll_results`; options missing there have no votes, unknown keys are ignored
 */
export function tallyPoll(
  info: NonNullable<Message['poll_info']>,
  results: Message['poll_results'],
): PollTally {
  const counts = info.pollOptions.map((option) => {
    const voters = uniqueVoters(results?.[option] ?? []);
    return { option, votes: voters.length, voters };
  });
  const totalVotes = counts.reduce((sum, c) => sum + c.votes, 0);
  return {
    totalVotes,
    options: counts.map((c) => ({ ...c, share: totalVotes === 0 ? 0 : c.votes / totalVotes })),
  };
}
