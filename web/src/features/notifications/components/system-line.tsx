/**
 * A group notification in the thread: a centred system line with its sentence and time.
 */
import { formatTime } from '../../../lib/format.ts';
import type { NotificationSentence, SentencePart } from '../lib/describe-notification.ts';
import { PeopleList } from './people-list.tsx';
import { PersonName } from './person-name.tsx';

/** A description past this many UTF-16 units is cut in the line (WhatsApp allows 2,048). */
const MAX_VALUE_CHARS = 280;

function Part({ part }: { part: SentencePart }) {
  switch (part.kind) {
    case 'text': return part.text;
    case 'person': return <PersonName person={part.person} />;
    case 'people': return <PeopleList people={part.people} />;
    // A new group name or description: quoted, line breaks kept; a long one cut, whole on hover.
    case 'value': {
      const cut = part.text.length > MAX_VALUE_CHARS;
      return (
        <q className="whitespace-pre-line break-words text-slate-800" title={cut ? part.text : undefined}>
          {cut ? `${part.text.slice(0, MAX_VALUE_CHARS).trimEnd()}…` : part.text}
        </q>
      );
    }
  }
}

export interface SystemLineProps {
  sentence: NotificationSentence;
  /** ISO 8601 instant of the event. */
  timestamp: string;
}

/** A `note` (ancillary to the messages around it); names and values render as React text nodes. */
export function SystemLine({ sentence, timestamp }: SystemLineProps) {
  return (
    <div className="flex justify-center">
      <p role="note" data-type={sentence.type} className="max-w-[80%] rounded-md bg-wa-system/80 px-3 py-1 text-center text-xs text-slate-600 shadow-bubble">
        {sentence.parts.map((part, i) => <Part key={i} part={part} />)}
        <time dateTime={timestamp} className="ml-2 text-[11px] text-slate-400">{formatTime(timestamp)}</time>
      </p>
    </div>
  );
}
