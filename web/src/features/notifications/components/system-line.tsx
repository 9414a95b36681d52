/**
 * A group notification in the thread: a centred system line with its sentence and time (none
 * when Periskope sent no time: official `NotificationType.timestamp` is `string | null`).
 */
import { formatTime } from '@/lib/format.ts';
import type { NotificationSentence } from '../lib/describe-notification.ts';
import { SentenceParts } from './sentence-parts.tsx';

export interface SystemLineProps {
  sentence: NotificationSentence;
  /** ISO 8601 instant of the event; null when unknown (no time is shown). */
  timestamp: string | null;
}

/** A `note` (ancillary to the messages around it); names and values render as React text nodes. */
export function SystemLine({ sentence, timestamp }: SystemLineProps) {
  const time = timestamp ? formatTime(timestamp) : '';
  return (
    <div className="flex justify-center">
      <p
        role="note"
        data-type={sentence.type ?? 'unknown'}
        className="max-w-[80%] rounded-md bg-wa-system/80 px-3 py-1 text-center text-xs text-slate-600 shadow-bubble"
      >
        <SentenceParts parts={sentence.parts} />
        {time && timestamp && (
          <time dateTime={timestamp} className="ml-2 text-[11px] text-slate-400">
            {time}
          </time>
        )}
      </p>
    </div>
  );
}
