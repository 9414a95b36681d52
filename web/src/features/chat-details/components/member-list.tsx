/**
 * Members of a chat, admins first, each with name (or formatted number) and role badges.
 */
import { Avatar } from '../../../components/ui/avatar.tsx';
import { Badge } from '../../../components/ui/badge.tsx';
import type { Member } from '../../../lib/api-types.ts';
import { formatCount, formatPhone } from '../../../lib/format.ts';

const displayName = (m: Member) => m.contact_name?.trim() || formatPhone(m.contact_id);
const rank = (m: Member) => (m.is_super_admin ? 0 : m.is_admin ? 1 : 2);

/** @param members - values of the chat's `members` map (plain DOM: groups cap at 1,024 members) */
export function MemberList({ members }: { members: Member[] }) {
  const sorted = [...members].sort((a, b) => rank(a) - rank(b) || displayName(a).localeCompare(displayName(b)));
  return (
    <section aria-labelledby="members-heading" className="px-2 py-3">
      <h3 id="members-heading" className="px-4 pb-2 text-sm text-slate-500">
        {formatCount(members.length)} {members.length === 1 ? 'member' : 'members'}
      </h3>
      <ul className="flex flex-col">
        {sorted.map((m) => (
          <li key={m.contact_id} className="flex items-center gap-3 rounded-md px-4 py-2 hover:bg-slate-50">
            <Avatar id={m.contact_id} name={displayName(m)} src={m.contact_image} className="size-9 text-xs" />
            <div className="min-w-0 flex-1">
              <p className="truncate text-sm text-slate-900">{displayName(m)}</p>
              {m.contact_name && <p className="truncate text-xs text-slate-500">{formatPhone(m.contact_id)}</p>}
            </div>
            {(m.is_admin || m.is_super_admin) && (
              <Badge variant="outline" title={m.is_super_admin ? 'Group owner (super admin)' : 'Group admin'}>
                Admin
              </Badge>
            )}
            {m.is_internal && <Badge variant="neutral">Team</Badge>}
          </li>
        ))}
      </ul>
    </section>
  );
}
