/**
 * Members of a chat in two groups, the org's own (internal) and external, admins first, each
 * with name (or formatted number), role badges and account markers (blocked, business,
 * enterprise: official `ChatMemberType` fields); a filter box when the group is large. A click
 * opens the member's history.
 */
import { useId, useMemo, useState } from 'react';
import { Avatar } from '@/components/ui/avatar.tsx';
import { Badge } from '@/components/ui/badge.tsx';
import type { Member } from '@/lib/api-types.ts';
import { formatCount, formatPhone } from '@/lib/format.ts';
import { contactName } from '@/lib/members.ts';

/** Above this many members the list gets a filter box. */
export const MEMBER_FILTER_THRESHOLD = 15;

/**
 * The member's name as the rest of the app shows it (lib/members.ts), else the formatted number.
 */
const displayName = (m: Member) => contactName(m, m.contact_id);
const rank = (m: Member) => (m.is_super_admin ? 0 : m.is_admin ? 1 : 2);
const digits = (s: string) => s.replace(/\D/g, '');

/** A number as people type it: digits, spaces, `+`, `-`, parentheses. */
const PHONE_LIKE = /^[\d\s+()-]+$/;

/**
 * @returns true when `query` is in the member's name (any case) or, typed as a number of ≥ 3
 * digits, in their number
 */
function matches(m: Member, query: string): boolean {
  const q = query.trim().toLocaleLowerCase();
  if (!q) return true;
  if (displayName(m).toLocaleLowerCase().includes(q)) return true;
  const d = digits(q);
  return PHONE_LIKE.test(q) && d.length >= 3 && digits(m.contact_id).includes(d);
}

export interface MemberListProps {
  /** Values of the chat's `members` map (plain DOM: groups cap at 1,024 members). */
  members: Member[];
  /** Tells the org's own numbers and staff apart (chat-facts.ts `isInternalMember`). */
  isInternal: (m: Member) => boolean;
  /** Opens a member's history; rows are plain when absent. */
  onSelect?: ((contactId: string) => void) | undefined;
}

/** A `section` of the members (admins first), split internal / external, with a filter box. */
export function MemberList({ members, isInternal, onSelect }: MemberListProps) {
  const headingId = useId();
  const [query, setQuery] = useState('');
  const sorted = useMemo(
    () =>
      [...members].sort(
        (a, b) => rank(a) - rank(b) || displayName(a).localeCompare(displayName(b)),
      ),
    [members],
  );
  const shown = sorted.filter((m) => matches(m, query));
  const internal = shown.filter(isInternal);
  const external = shown.filter((m) => !isInternal(m));
  return (
    <section aria-labelledby={headingId} className="px-2 py-3">
      <h3 id={headingId} className="px-4 pb-2 text-sm text-slate-500">
        {formatCount(members.length)} {members.length === 1 ? 'member' : 'members'}
      </h3>
      {members.length > MEMBER_FILTER_THRESHOLD && (
        <div className="px-4 pb-2">
          <input
            type="search"
            aria-label="Filter members"
            placeholder="Filter by name or number"
            value={query}
            onChange={(e) => setQuery(e.target.value)}
            className="h-8 w-full rounded-md bg-surface px-2 text-sm text-slate-900 ring-1 ring-slate-300 outline-none focus:ring-2 focus:ring-wa-teal"
          />
        </div>
      )}
      {shown.length === 0 && (
        <p className="px-4 py-2 text-sm text-slate-500">No member matches “{query.trim()}”.</p>
      )}
      {internal.length > 0 && (
        <MemberGroup
          label={`Our team (${internal.length})`}
          members={internal}
          internal
          onSelect={onSelect}
        />
      )}
      {external.length > 0 && (
        <MemberGroup
          label={`External (${external.length})`}
          members={external}
          internal={false}
          onSelect={onSelect}
        />
      )}
    </section>
  );
}

function MemberGroup({
  label,
  members,
  internal,
  onSelect,
}: {
  label: string;
  members: Member[];
  internal: boolean;
  onSelect?: ((id: string) => void) | undefined;
}) {
  return (
    <>
      <h4 className="px-4 pt-2 pb-1 text-xs font-semibold tracking-wide text-slate-400 uppercase">
        {label}
      </h4>
      <ul aria-label={label} className="flex flex-col">
        {members.map((m) => (
          <li key={m.contact_id}>
            <MemberRow member={m} internal={internal} onSelect={onSelect} />
          </li>
        ))}
      </ul>
    </>
  );
}

/**
 * Account markers of a member: business (`is_business` or a `verified_name`), enterprise, blocked.
 */
function AccountMarkers({ member: m }: { member: Member }) {
  const business = Boolean(m.is_business || m.verified_name);
  if (!business && !m.is_enterprise && !m.is_blocked) return null;
  return (
    <span className="mt-0.5 flex flex-wrap gap-1">
      {business && (
        <Badge
          variant="neutral"
          title={
            m.verified_name
              ? `WhatsApp Business account, verified name “${m.verified_name}”`
              : 'WhatsApp Business account'
          }
        >
          Business
        </Badge>
      )}
      {m.is_enterprise && (
        <Badge variant="neutral" title="WhatsApp Business enterprise account">
          Enterprise
        </Badge>
      )}
      {m.is_blocked && (
        <Badge variant="warning" title="Blocked by our phone">
          Blocked
        </Badge>
      )}
    </span>
  );
}

function MemberRow({
  member: m,
  internal,
  onSelect,
}: {
  member: Member;
  internal: boolean;
  onSelect?: ((id: string) => void) | undefined;
}) {
  const name = displayName(m);
  const phone = formatPhone(m.contact_id);
  const body = (
    <>
      <Avatar id={m.contact_id} name={name} src={m.contact_image} className="size-9 text-xs" />
      <span className="min-w-0 flex-1">
        <span className="block truncate text-sm text-slate-900">{name}</span>
        {name !== phone && <span className="block truncate text-xs text-slate-500">{phone}</span>}
        <AccountMarkers member={m} />
      </span>
      {m.is_super_admin ? (
        <Badge variant="outline" title="Group owner (super admin)">
          Super admin
        </Badge>
      ) : m.is_admin ? (
        <Badge variant="outline" title="Group admin">
          Admin
        </Badge>
      ) : null}
      {internal && (
        <Badge variant="neutral" title="One of our numbers or staff">
          Team
        </Badge>
      )}
    </>
  );
  const row = 'flex w-full items-center gap-3 rounded-md px-4 py-2 text-left';
  if (!onSelect) return <div className={row}>{body}</div>;
  return (
    <button
      type="button"
      title={`Show ${name}'s activity`}
      onClick={() => onSelect(m.contact_id)}
      className={`${row} hover:bg-slate-50 focus-visible:outline-2 focus-visible:outline-wa-teal`}
    >
      {body}
    </button>
  );
}
