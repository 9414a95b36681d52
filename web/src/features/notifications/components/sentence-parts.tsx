/**
 * A group event's sentence (notificationSentence's parts) as React nodes: the one renderer of the
 * thread's system lines, the Activity tab and /activity rows, so all three read alike (the org's
 * phone by name and marked, long target lists collapsed). Names and values are text nodes.
 */
import { truncateGraphemes } from '@/lib/graphemes.ts';
import type { SentencePart } from '../lib/describe-notification.ts';
import { PeopleList } from './people-list.tsx';
import { PersonName } from './person-name.tsx';

/** A description past this many characters (grapheme clusters) is cut (WhatsApp allows 2,048). */
const MAX_VALUE_CHARS = 280;

export interface SentencePartsProps {
  parts: readonly SentencePart[];
  /** Called with a contact id when a name is clicked; without it names are plain text. */
  onMember?: ((contactId: string) => void) | undefined;
  /** A contact kept visible in a collapsed target list (see PeopleList). */
  pinned?: string | null | undefined;
}

/** The parts in reading order; `person` is a button when `onMember` is given. */
export function SentenceParts({ parts, onMember, pinned }: SentencePartsProps) {
  return parts.map((part, i) => <Part key={i} part={part} onMember={onMember} pinned={pinned} />);
}

function Part({
  part,
  onMember,
  pinned,
}: { part: SentencePart } & Omit<SentencePartsProps, 'parts'>) {
  switch (part.kind) {
    case 'text':
      return part.text;
    case 'person':
      return <PersonName person={part.person} onMember={onMember} />;
    case 'people':
      return <PeopleList people={part.people} onMember={onMember} pinned={pinned} />;
    // A new group name or description: quoted, line breaks kept; a long one cut, whole on hover.
    case 'value': {
      const shown = truncateGraphemes(part.text, MAX_VALUE_CHARS);
      const cut = shown !== part.text;
      return (
        <q
          className="whitespace-pre-line break-words text-slate-800"
          title={cut ? part.text : undefined}
        >
          {shown}
        </q>
      );
    }
  }
}
