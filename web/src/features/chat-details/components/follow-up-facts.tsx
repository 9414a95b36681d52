/**
 * What is waiting in a chat, from the official `ChatType` fields: the snooze
 * (`snooze_metadata`), flagged messages awaiting a reply per org phone (`flag_count_map`), and
 * unread messages per org member (`member_unread_count`) and per org phone (`unread_count`).
 * Each fact is left out when there is nothing to say.
 */
import { DateTime } from '@/components/ui/date-time.tsx';
import type { ChatDetail } from '@/lib/api-types.ts';
import { formatPhone } from '@/lib/format.ts';
import { positiveCounts } from '../lib/chat-facts.ts';
import { Fact } from './fact.tsx';
import { useNow } from '@/lib/use-now.ts';

type FollowUpChat = Pick<
  ChatDetail,
  'snooze_metadata' | 'flag_count_map' | 'member_unread_count' | 'unread_count'
>;

export interface FollowUpFactsProps {
  chat: FollowUpChat;
  /** The current instant, epoch ms (a past snooze reads "Was snoozed until"); default: at mount. */
  now?: number;
}

/** `dt`/`dd` pairs for the facts' `dl`. */
export function FollowUpFacts({ chat, now: nowProp }: FollowUpFactsProps) {
  const mountedAt = useNow();
  const now = nowProp ?? mountedAt;
  // The BFF drops a snooze without `snooze_until`; the inferred type still allows null.
  const snooze =
    chat.snooze_metadata?.snooze_until != null
      ? { ...chat.snooze_metadata, until: chat.snooze_metadata.snooze_until }
      : null;
  const flags = positiveCounts(chat.flag_count_map);
  const byMember = positiveCounts(chat.member_unread_count);
  const byPhone = positiveCounts(chat.unread_count);
  return (
    <>
      {snooze && (
        <Fact term="Snooze">
          <p>
            {snooze.until > now ? 'Snoozed until ' : 'Was snoozed until '}
            <DateTime ms={snooze.until} />
          </p>
          {snooze.snooze_by && (
            <p className="text-xs break-all text-slate-500">by {snooze.snooze_by}</p>
          )}
          {snooze.snooze_message && (
            <p className="break-words whitespace-pre-wrap text-slate-600">
              “{snooze.snooze_message}”
            </p>
          )}
        </Fact>
      )}
      {flags.length > 0 && (
        <Fact term="Flagged, awaiting a reply">
          <CountList entries={flags} keyText={formatPhone} unit={['message', 'messages']} />
        </Fact>
      )}
      {byMember.length > 0 && (
        <Fact term="Unread per team member">
          <CountList entries={byMember} keyText={(email) => email} unit={['unread', 'unread']} />
        </Fact>
      )}
      {byPhone.length > 0 && (
        <Fact term="Unread per phone">
          <CountList entries={byPhone} keyText={formatPhone} unit={['unread', 'unread']} />
        </Fact>
      )}
    </>
  );
}

function CountList({
  entries,
  keyText,
  unit,
}: {
  entries: [string, number][];
  keyText: (key: string) => string;
  unit: [one: string, many: string];
}) {
  return (
    <ul className="flex flex-col">
      {entries.map(([key, count]) => (
        <li key={key} className="break-all">
          {`${keyText(key)}: ${count} ${count === 1 ? unit[0] : unit[1]}`}
        </li>
      ))}
    </ul>
  );
}
