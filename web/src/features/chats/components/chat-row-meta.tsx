/**
 * Third line of a chat row: the number a search matched, labels and the assignee. Empty rows
 * draw nothing (the row keeps its fixed height).
 */
import { Highlight, type Range } from '@/components/ui/highlight.tsx';
import { PersonIcon, TagIcon } from '@/components/ui/icons.tsx';
import type { ChatListItem } from '@/lib/api-types.ts';

/** Labels shown before "+N". */
const MAX_LABELS = 2;

export interface ChatRowMetaProps {
  chat: Pick<ChatListItem, 'label_ids' | 'assigned_to'>;
  labelNames: Record<string, string>;
  /** A number search matched: the formatted number and its marked ranges. */
  number: { text: string; ranges: Range[] } | null;
}

export function ChatRowMeta({ chat, labelNames, number }: ChatRowMetaProps) {
  const labels = chat.label_ids.map((id) => labelNames[id] ?? id);
  if (!number && labels.length === 0 && !chat.assigned_to) return null;
  return (
    <p className="flex min-w-0 items-center gap-1.5 text-[11px] leading-4 text-slate-500">
      {number && (
        <span className="shrink-0 tabular-nums">
          <Highlight text={number.text} ranges={number.ranges} />
        </span>
      )}
      {labels.slice(0, MAX_LABELS).map((label) => (
        <span
          key={label}
          className="inline-flex max-w-28 shrink-0 items-center gap-0.5 rounded bg-teal-50 px-1 text-teal-800"
        >
          <TagIcon className="size-3" />
          <span className="truncate">{label}</span>
        </span>
      ))}
      {labels.length > MAX_LABELS && (
        <span className="shrink-0">+{labels.length - MAX_LABELS}</span>
      )}
      {chat.assigned_to && (
        <span
          className="inline-flex min-w-0 items-center gap-0.5"
          title={`Assigned to ${chat.assigned_to}`}
        >
          <PersonIcon className="size-3" />
          <span className="sr-only">Assigned to </span>
          <span className="truncate">{chat.assigned_to}</span>
        </span>
      )}
    </p>
  );
}
