/**
 * The targets of a group event: "Ana, Ben and Cy", or past three names "Ana, Ben and 3 others"
 * with the rest behind a button that expands inline.
 */
import { Fragment, useEffect, useRef, useState, type ReactNode } from 'react';
import { joinNames } from '@/lib/format.ts';
import { collapseNames, type Person } from '../lib/describe-notification.ts';
import { PersonName } from './person-name.tsx';

/** Joins nodes like {@link joinNames}: "a", "a and b", "a, b and c". */
function joinNodes(nodes: ReactNode[]): ReactNode[] {
  return nodes.map((node, i) => (
    <Fragment key={i}>
      {i > 0 && (i === nodes.length - 1 ? ' and ' : ', ')}
      {node}
    </Fragment>
  ));
}

export interface PeopleListProps {
  /** Resolved targets, in `recipientids` order. */
  people: readonly Person[];
  /** Makes each name a button that opens that person's history. */
  onMember?: ((contactId: string) => void) | undefined;
  /**
   * A contact never hidden behind "N others" (the member whose history is shown): listed first when
   * the list collapses.
   */
  pinned?: string | null | undefined;
}

/** @returns `people` with `pinned` moved to the front, when it is among them */
function pinFirst(people: readonly Person[], pinned: string | null | undefined): readonly Person[] {
  const at = pinned ? people.findIndex((p) => p.id === pinned) : -1;
  return at <= 0 ? people : [people[at]!, ...people.slice(0, at), ...people.slice(at + 1)];
}

/** The names joined, past three collapsed behind an "N others" button that expands inline. */
export function PeopleList({ people, onMember, pinned }: PeopleListProps) {
  const [expanded, setExpanded] = useState(false);
  const listRef = useRef<HTMLSpanElement>(null);
  const focusList = useRef(false);
  // The button disappears as it expands: keep keyboard focus on the names it revealed.
  useEffect(() => {
    if (expanded && focusList.current) listRef.current?.focus();
  }, [expanded]);

  const { shown, hidden } = collapseNames(pinFirst(people, pinned));
  const names = (list: readonly Person[]) =>
    list.map((p) => <PersonName key={p.id} person={p} onMember={onMember} />);
  if (hidden.length === 0 || expanded) {
    return (
      <span
        ref={listRef}
        tabIndex={expanded ? -1 : undefined}
        className="rounded-sm focus-visible:outline-2 focus-visible:outline-wa-teal"
      >
        {joinNodes(names(people))}
      </span>
    );
  }
  return (
    <>
      {joinNodes([
        ...names(shown),
        <button
          key="others"
          type="button"
          title={joinNames(hidden.map((p) => p.name))}
          onClick={() => {
            focusList.current = true;
            setExpanded(true);
          }}
          className="rounded-sm font-medium text-wa-teal underline decoration-dotted underline-offset-2 hover:text-teal-800 focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-wa-teal"
        >
          {hidden.length} others
        </button>,
      ])}
    </>
  );
}
