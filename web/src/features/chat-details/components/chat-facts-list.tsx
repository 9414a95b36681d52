/**
 * The facts of a chat in the Details tab (issue 6 §3), each shown only when present: description,
 * invite link, creation date, labels, assignee, who can see it, custom properties, group
 * settings and status flags, in plain words.
 */
import type { ReactNode } from 'react';
import type { ChatDetail } from '../../../lib/api-types.ts';
import { formatDayLabel } from '../../../lib/format.ts';
import { chatStatusFlags, groupSettingSentences, trueKeys } from '../lib/chat-facts.ts';

/** Invite links open WhatsApp; anything else from upstream is shown as text, never a link. */
const INVITE_LINK = /^https:\/\/chat\.whatsapp\.com\/(invite\/)?[A-Za-z0-9]+$/;

export interface ChatFactsListProps {
  chat: ChatDetail;
  /** Label id → name (`/api/config`); unknown ids are shown as they are. */
  labelNames: Record<string, string>;
}

/** A description list (`dl`) of the chat's facts; absent facts are left out. */
export function ChatFactsList({ chat, labelNames }: ChatFactsListProps) {
  const labels = trueKeys(chat.label_ids).map((id) => labelNames[id] ?? id);
  const access = trueKeys(chat.chat_access);
  const properties = Object.entries(chat.custom_properties).filter(([, v]) => v !== '');
  const settings = chat.chat_type === 'group' ? groupSettingSentences(chat) : [];
  const flags = chatStatusFlags(chat);
  return (
    <dl className="flex flex-col gap-3 px-6 py-4 text-sm">
      {flags.length > 0 && (
        <Fact term="Status">
          {/* Exited: messages sent here reach nobody, so it reads as a warning. */}
          <span className={chat.is_exited ? 'font-medium text-amber-800' : undefined}>{flags.join(' · ')}</span>
        </Fact>
      )}
      {chat.group_description && (
        <Fact term="Description">
          <span className="break-words whitespace-pre-wrap">{chat.group_description}</span>
        </Fact>
      )}
      {chat.invite_link && (
        <Fact term="Invite link">
          {INVITE_LINK.test(chat.invite_link) ? (
            <a href={chat.invite_link} target="_blank" rel="noopener noreferrer" className="break-all text-teal-800 underline">
              {chat.invite_link}
            </a>
          ) : (
            <span className="break-all">{chat.invite_link}</span>
          )}
        </Fact>
      )}
      {(chat.chat_type === 'group' || chat.created_at) && (
        <Fact term="Created">{chat.created_at ? <time dateTime={chat.created_at}>{formatDayLabel(chat.created_at, new Date(0))}</time> : 'unknown'}</Fact>
      )}
      {labels.length > 0 && <Fact term="Labels">{labels.join(', ')}</Fact>}
      <Fact term="Assigned to">{chat.assigned_to ?? 'Nobody'}</Fact>
      {access.length > 0 && <Fact term="Who can see it">{access.join(', ')}</Fact>}
      {properties.length > 0 && (
        // Keys are property ids, not names (periskope-api.md gotcha 14): the id is shown small.
        <Fact term="Custom properties">
          <ul className="flex flex-col">
            {properties.map(([id, value]) => (
              <li key={id} className="break-words">
                {value} <span className="text-xs text-slate-400">{id}</span>
              </li>
            ))}
          </ul>
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

function Fact({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div>
      <dt className="text-xs font-medium text-slate-500">{term}</dt>
      <dd className="text-slate-800">{children}</dd>
    </div>
  );
}
