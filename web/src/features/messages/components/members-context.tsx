/**
 * The open chat's members (the chat detail's `members`, keyed by contact id), for the parts of a
 * thread that name people: the sender, @mentions, a quoted message's author, poll voters, who
 * reacted, delivery receipts, "Message info". Provided once around the thread instead of passed
 * through every bubble.
 *
 * Shapes: `<MembersProvider members={Members | undefined}>`; `useMembers(): Members | undefined`
 * (undefined outside a provider or while the chat's details load: names fall back to numbers).
 */
import { createContext, use, type ReactNode } from 'react';
import type { Members } from '@/lib/api-types.ts';

const MembersContext = createContext<Members | undefined>(undefined);

export function MembersProvider({
  members,
  children,
}: {
  members: Members | undefined;
  children: ReactNode;
}) {
  return <MembersContext value={members}>{children}</MembersContext>;
}

/** @returns the chat's members, or undefined while unknown */
export function useMembers(): Members | undefined {
  return use(MembersContext);
}
