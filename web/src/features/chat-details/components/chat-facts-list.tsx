/**
 * The facts of a chat in the Details tab, each shown only when present: status, snooze, flags and
 * unread counts, description, invite link, creation date, labels, assignee, who can see it,
 * pinned messages, custom properties and group settings, in plain words.
 * @see docs/periskope-api.md#chat (the chat object) and the official `ChatType`
 */
import type { To } from 'react-router';
import type { ChatDetail } from '@/lib/api-types.ts';
import { formatDayLabel } from '@/lib/format.ts';
import { chatStatusFlags, groupSettingSentences, trueKeys } from '../lib/chat-facts.ts';
import { CustomProperties } from './custom-properties.tsx';
import { Fact } from './fact.tsx';
import { FollowUpFacts } from './follow-up-facts.tsx';
import { InviteLink } from './invite-link.tsx';
import { PinnedMessages } from './pinned-messages.tsx';

export interface ChatFactsListProps {
  chat: ChatDetail;
  /** Label id → name (`/api/config`); unknown ids are shown as they are. */
  labelNames: Record<string, string>;
  /** A pinned message in the thread; without it pins are plain text. */
  messageHref?: ((messageId: string) => To) | undefined;
}

/** A description list (`dl`) of the chat's facts; absent facts are left out. */
export function ChatFactsList({ chat, labelNames, messageHref }: ChatFactsListProps) {
  const labels = trueKeys(chat.label_ids).map((id) => labelNames[id] ?? id);
  const access = trueKeys(chat.chat_access);
  // An empty string reads as "not set"; any other value (null, false, 0, objects) is shown.
  const properties = Object.fromEntries(
    Object.entries(chat.custom_properties).filter(([, v]) => v !== ''),
  );
  const settings = chat.chat_type === 'group' ? groupSettingSentences(chat) : [];
  const flags = chatStatusFlags(chat);
  return (
    <dl className="flex flex-col gap-3 px-6 py-4 text-sm">
      {flags.length > 0 && (
        <Fact term="Status">
          {/* Exited: messages sent here reach nobody, so it reads as a warning. */}
          <span className={chat.is_exited ? 'font-medium text-amber-800' : undefined}>
            {flags.join(' · ')}
          </span>
        </Fact>
      )}
      <FollowUpFacts chat={chat} />
      {chat.group_description && (
        <Fact term="Description">
          <span className="break-words whitespace-pre-wrap">{chat.group_description}</span>
        </Fact>
      )}
      {chat.invite_link && <InviteLink link={chat.invite_link} />}
      {(chat.chat_type === 'group' || chat.created_at) && (
        <Fact term="Created">
          {chat.created_at ? (
            <time dateTime={chat.created_at}>{formatDayLabel(chat.created_at, new Date(0))}</time>
          ) : (
            'unknown'
          )}
        </Fact>
      )}
      {labels.length > 0 && <Fact term="Labels">{labels.join(', ')}</Fact>}
      <Fact term="Assigned to">{chat.assigned_to ?? 'Nobody'}</Fact>
      {access.length > 0 && <Fact term="Who can see it">{access.join(', ')}</Fact>}
      <PinnedMessages pins={chat.pinned_messages} messageHref={messageHref} />
      {Object.keys(properties).length > 0 && (
        <Fact term="Custom properties">
          <CustomProperties properties={properties} />
        </Fact>
      )}
      {settings.length > 0 && (
        <Fact term="Group settings">
          <ul className="flex flex-col">
            {settings.map((s) => (
              <li key={s}>{s}</li>
            ))}
          </ul>
        </Fact>
      )}
    </dl>
  );
}
