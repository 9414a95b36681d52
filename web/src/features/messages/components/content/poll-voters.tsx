/**
 * Who voted for each option of a poll, and when: names from the chat's members (else the number),
 * vote times in local time ("No time" when Periskope gave none).
 */
import { formatDateTime } from '@/lib/format.ts';
import { memberName } from '@/lib/members.ts';
import type { PollTally } from '@/features/messages/lib/poll-tally.ts';
import { useMembers } from '../members-context.tsx';

/** One list per option that has votes, in the poll's order. */
export function PollVoters({ tally }: { tally: PollTally }) {
  const members = useMembers();
  return (
    <div className="mt-2 flex flex-col gap-2 border-t border-black/10 pt-2 text-xs">
      {tally.options
        .filter((option) => option.voters.length > 0)
        .map((option, i) => (
          <section key={i}>
            <p className="font-medium break-words">{option.option}</p>
            <ul aria-label={`Votes for ${option.option}`}>
              {option.voters.map((voter) => (
                <li key={voter.id} className="flex justify-between gap-2 text-slate-600">
                  <span className="min-w-0 truncate">{memberName(members, voter.id)}</span>
                  <span className="shrink-0 tabular-nums">
                    {voter.at === null ? 'No time' : formatDateTime(voter.at)}
                  </span>
                </li>
              ))}
            </ul>
          </section>
        ))}
    </div>
  );
}
