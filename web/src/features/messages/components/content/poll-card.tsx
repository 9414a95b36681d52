/**
 * A poll: the question, whether several answers are allowed, each option with its votes as a bar (a
 * native `<meter>`), the total, and on demand who voted for what and when
 * (docs/periskope-api.md#message `poll_results`).
 */
import { useId, useState } from 'react';
import type { Message } from '@/lib/api-types.ts';
import { formatCount } from '@/lib/format.ts';
import { tallyPoll } from '@/features/messages/lib/poll-tally.ts';
import { PollVoters } from './poll-voters.tsx';

export interface PollCardProps {
  info: Message['poll_info'];
  results: Message['poll_results'];
}

/** A flat bar in every engine: the meter's own gradients are replaced. */
const METER = [
  'mt-0.5 block h-1.5 w-full appearance-none overflow-hidden rounded-full border-0 bg-black/10',
  '[&::-webkit-meter-bar]:h-1.5 [&::-webkit-meter-bar]:rounded-full [&::-webkit-meter-bar]:border-0 [&::-webkit-meter-bar]:bg-black/10 [&::-webkit-meter-bar]:bg-none',
  '[&::-webkit-meter-optimum-value]:rounded-full [&::-webkit-meter-optimum-value]:bg-teal-600 [&::-webkit-meter-optimum-value]:bg-none',
  '[&::-moz-meter-bar]:rounded-full [&::-moz-meter-bar]:bg-teal-600 [&::-moz-meter-bar]:bg-none',
].join(' ');

const votes = (n: number) => `${formatCount(n)} ${n === 1 ? 'vote' : 'votes'}`;

/** The poll card; without `poll_info` a muted "Poll without details". */
export function PollCard({ info, results }: PollCardProps) {
  const votersId = useId();
  const [showVoters, setShowVoters] = useState(false);
  if (!info) return <p className="text-slate-500 italic">Poll without details</p>;
  const tally = tallyPoll(info, results);
  return (
    <div className="w-64 max-w-full">
      <p className="font-semibold break-words">{info.pollName?.trim() || 'Poll'}</p>
      {info.allowMultipleAnswers && (
        <p className="text-xs text-slate-500">Multiple answers allowed</p>
      )}
      <ul aria-label="Poll options" className="mt-2 flex flex-col gap-2">
        {tally.options.map((option, i) => (
          <li key={i}>
            <div className="flex items-baseline justify-between gap-2">
              <span className="min-w-0 break-words">{option.option}</span>
              <span className="shrink-0 text-xs text-slate-500 tabular-nums">
                {formatCount(option.votes)}
              </span>
            </div>
            <meter
              min={0}
              max={1}
              value={option.share}
              aria-label={`${option.option}: ${votes(option.votes)}`}
              className={METER}
            />
          </li>
        ))}
      </ul>
      <p className="mt-2 flex items-baseline justify-between gap-2 text-xs text-slate-500">
        <span>{votes(tally.totalVotes)}</span>
        {tally.totalVotes > 0 && (
          <button
            type="button"
            aria-expanded={showVoters}
            aria-controls={votersId}
            onClick={() => setShowVoters((open) => !open)}
            className="rounded-sm font-medium text-teal-700 hover:underline focus-visible:outline-2 focus-visible:outline-wa-teal"
          >
            {showVoters ? 'Hide votes' : 'View votes'}
          </button>
        )}
      </p>
      <div id={votersId} hidden={!showVoters}>
        {showVoters && <PollVoters tally={tally} />}
      </div>
    </div>
  );
}
