/**
 * Muted one-liners for messages without content to show: deleted, still encrypted
 * (`ciphertext`), unreadable (the BFF's placeholder for a message it could not read), or of a
 * type this inbox does not render (named by its raw `message_type`).
 */
import type { ComponentProps, ReactNode } from 'react';
import { cn } from '@/lib/cn.ts';
import { noticeText, type NoticeKind } from '@/lib/describe-message.ts';
import { BanGlyph, ClockGlyph, InfoGlyph, WarningGlyph } from './media-glyphs.tsx';

const ICONS: Record<NoticeKind, (p: ComponentProps<'svg'>) => ReactNode> = {
  deleted: BanGlyph,
  waiting: ClockGlyph,
  unreadable: WarningGlyph,
  unsupported: InfoGlyph,
};

/**
 * The notice with its icon; `trailing` ends its line (the meta spacer). Not a `note` role: in the
 * thread that role is the group events' (the "Hide group events" toggle hides every note).
 */
export function MessageNotice({
  kind,
  messageType,
  trailing,
}: {
  kind: NoticeKind;
  messageType: string;
  trailing?: ReactNode;
}) {
  const Icon = ICONS[kind];
  return (
    <p
      data-notice={kind}
      className={cn(
        'break-words italic',
        kind === 'unreadable' ? 'text-amber-800' : 'text-slate-500',
      )}
    >
      <Icon className="mr-1 inline size-4 align-[-3px]" />
      {noticeText(kind, messageType)}
      {trailing}
    </p>
  );
}
