/**
 * Heading of one member's history in the Activity tab: who, whether they are in the group now
 * and with which role, and a way back to everyone's activity.
 */
import { Avatar } from '@/components/ui/avatar.tsx';
import { Button } from '@/components/ui/button.tsx';
import type { Member } from '@/lib/api-types.ts';
import { formatPhone } from '@/lib/format.ts';

export interface MemberHistoryHeaderProps {
  contactId: string;
  name: string;
  /** The member now, or undefined when they are not in the group. */
  member: Member | undefined;
  count: number;
  /** Every page is loaded: the count is final. */
  allLoaded: boolean;
  onClear: () => void;
}

/** The member's avatar, number, role now and event count, with an "Everyone" button (`onClear`). */
export function MemberHistoryHeader({
  contactId,
  name,
  member,
  count,
  allLoaded,
  onClear,
}: MemberHistoryHeaderProps) {
  const role = member?.is_super_admin ? 'owner' : member?.is_admin ? 'admin' : 'member';
  return (
    <div className="flex items-start gap-3 rounded-lg bg-teal-50 p-3 ring-1 ring-teal-200">
      <Avatar id={contactId} name={name} src={member?.contact_image} className="size-10 text-xs" />
      <div className="min-w-0 flex-1">
        <h4 className="text-sm font-semibold break-words text-slate-900">History of {name}</h4>
        <p className="text-xs text-slate-600">
          {name !== formatPhone(contactId) && `${formatPhone(contactId)} · `}
          {member ? `In the group now, ${role}` : 'Not in the group now'} · {count}{' '}
          {count === 1 ? 'event' : 'events'}
          {allLoaded ? '' : ' so far'}
        </p>
      </div>
      <Button size="sm" variant="secondary" onClick={onClear}>
        Everyone
      </Button>
    </div>
  );
}
