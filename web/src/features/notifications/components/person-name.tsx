/**
 * One name in a group event: a member's name, or one of the org's phones, marked as such.
 */
import { formatPhone } from '../../../lib/format.ts';
import type { Person } from '../lib/describe-notification.ts';

/** @param person - resolved id and name; rendered as text, never as HTML */
export function PersonName({ person }: { person: Person }) {
  if (person.org) {
    return (
      <span className="font-medium text-teal-800" title={`Your organisation’s phone ${formatPhone(person.id)}`}>
        {person.name}
      </span>
    );
  }
  return <span className="font-medium text-slate-800">{person.name}</span>;
}
