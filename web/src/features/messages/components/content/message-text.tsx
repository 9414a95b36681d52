/**
 * A body or caption with WhatsApp formatting, links and mentions. Long texts (> 700 characters
 * or > 12 lines) start collapsed behind a "Read more" button.
 */
import { type ReactNode, useId, useMemo, useState } from 'react';
import { cn } from '@/lib/cn.ts';
import { collapsedText } from '@/features/messages/lib/collapse-text.ts';
import { parseWhatsApp } from '@/features/messages/lib/whatsapp-format.ts';
import { FormattedText } from './formatted-text.tsx';

export interface MessageTextProps {
  text: string;
  /** The message's `mentioned_ids`. */
  mentionIds: readonly string[];
  /** Ends the last line (the meta spacer). */
  trailing?: ReactNode;
  /** Break anywhere, so a caption never widens its photo's column (min-content sizing). */
  wrapAnywhere?: boolean;
  className?: string;
}

/** Parsed with {@link parseWhatsApp}; rendered as React elements, never HTML. */
export function MessageText({
  text,
  mentionIds,
  trailing,
  wrapAnywhere = false,
  className,
}: MessageTextProps) {
  const id = useId();
  const [expanded, setExpanded] = useState(false);
  const cut = useMemo(() => collapsedText(text), [text]);
  const shown = cut !== null && !expanded ? cut : text;
  const blocks = useMemo(() => parseWhatsApp(shown, mentionIds), [shown, mentionIds]);
  const toggle = cut !== null && (
    <>
      {' '}
      <button
        type="button"
        aria-expanded={expanded}
        aria-controls={id}
        onClick={() => setExpanded((open) => !open)}
        className="rounded-sm font-medium whitespace-nowrap text-teal-700 hover:underline focus-visible:outline-2 focus-visible:outline-wa-teal"
      >
        {expanded ? 'Show less' : 'Read more'}
      </button>
    </>
  );
  return (
    <div
      id={id}
      dir="auto"
      className={cn(wrapAnywhere ? '[overflow-wrap:anywhere]' : 'break-words', className)}
    >
      <FormattedText
        blocks={blocks}
        trailing={
          <>
            {toggle}
            {trailing}
          </>
        }
      />
    </div>
  );
}
