/**
 * Toggle chips for the notification kinds (membership, admins, settings, other); none pressed
 * means every kind.
 */
import { Chip } from '@/components/ui/chip.tsx';
import {
  KIND_LABELS,
  NOTIFICATION_KINDS,
  type NotificationKind,
} from '../lib/notification-kind.ts';

export interface KindFilterProps {
  kinds: readonly NotificationKind[];
  onChange: (kinds: NotificationKind[]) => void;
}

/** A `group` named "Event kinds" of `aria-pressed` chips, plus "All" to clear them. */
export function KindFilter({ kinds, onChange }: KindFilterProps) {
  const toggle = (kind: NotificationKind) =>
    onChange(
      kinds.includes(kind)
        ? kinds.filter((k) => k !== kind)
        : NOTIFICATION_KINDS.filter((k) => k === kind || kinds.includes(k)),
    );
  return (
    <div role="group" aria-label="Event kinds" className="flex flex-wrap gap-1.5">
      <Chip
        active={kinds.length === 0}
        aria-pressed={kinds.length === 0}
        onClick={() => onChange([])}
      >
        All
      </Chip>
      {NOTIFICATION_KINDS.map((kind) => (
        <Chip
          key={kind}
          active={kinds.includes(kind)}
          aria-pressed={kinds.includes(kind)}
          onClick={() => toggle(kind)}
        >
          {KIND_LABELS[kind]}
        </Chip>
      ))}
    </div>
  );
}
