/**
 * One name in a group event: a member's name, or one of the org's phones, marked as such; a
 * button that opens the person's history when `onMember` is given.
 */
import { formatPhone } from '@/lib/format.ts';
import { cn } from '@/lib/cn.ts';
import type { Person } from '../lib/describe-notification.ts';

export interface PersonNameProps {
  /** Resolved id and name; rendered as text, never as HTML. */
  person: Person;
  /** Called with `person.id` on a click; without it the name is plain text. */
  onMember?: ((contactId: string) => void) | undefined;
}

/** A `span`, or a `button` named by the person's name. */
export function PersonName({ person, onMember }: PersonNameProps) {
  const org = person.org ? `Your organisation’s phone ${formatPhone(person.id)}` : undefined;
  const colour = person.org ? 'text-teal-800' : 'text-slate-800';
  if (!onMember) {
    return (
      <span className={cn('font-medium', colour)} title={org}>
        {person.name}
      </span>
    );
  }
  const history = `Show ${person.name}’s joins, leaves and role changes`;
  return (
    <button
      type="button"
      title={org ? `${org}. ${history}` : history}
      onClick={() => onMember(person.id)}
      className="rounded font-medium text-teal-800 hover:underline focus-visible:outline-2 focus-visible:outline-wa-teal"
    >
      {person.name}
    </button>
  );
}
