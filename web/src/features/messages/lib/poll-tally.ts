/**
 * Vote counts of a poll (§4.3 `poll_info`, `poll_results`; the BFF turns each option's
 * `{ voter → time }` into a list of voters).
 */
import type { Message } from '../../../lib/api-types.ts';

export interface PollOptionTally {
  option: string;
  votes: number;
  /** Share of all votes, 0–1 (0 when nobody voted). */
  share: number;
}

export interface PollTally {
  options: PollOptionTally[];
  /** Votes over all options (a voter of a multiple-answer poll counts once per option). */
  totalVotes: number;
}

/**
 * @param info - `poll_info`; its `pollOptions` give the order
 * @param results - `poll_results`; options missing there have no votes, unknown keys are ignored
 */
export function tallyPoll(info: NonNullable<Message['poll_info']>, results: Message['poll_results']): PollTally {
  const counts = info.pollOptions.map((option) => ({ option, votes: new Set(results?.[option] ?? []).size }));
  const totalVotes = counts.reduce((sum, c) => sum + c.votes, 0);
  return { totalVotes, options: counts.map((c) => ({ ...c, share: totalVotes === 0 ? 0 : c.votes / totalVotes })) };
}
