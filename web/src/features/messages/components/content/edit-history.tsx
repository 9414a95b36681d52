/**
 * What an edit changed (`prev_body` → `body`), word by word: removed words struck through,
 * added words highlighted. Shown on demand from the "Edited" marker.
 */
import { useMemo } from 'react';
import { wordDiff } from '@/features/messages/lib/word-diff.ts';

export interface EditHistoryProps {
  /** Target of the marker's `aria-controls`. */
  id: string;
  open: boolean;
  before: string;
  after: string;
}

/** Always rendered (the marker's `aria-controls` target); the diff is computed only when open. */
export function EditHistory({ id, open, before, after }: EditHistoryProps) {
  return (
    <div id={id} hidden={!open} className="mt-1 mb-4 rounded-md bg-black/5 px-2 py-1 text-xs">
      {open && <Changes before={before} after={after} />}
    </div>
  );
}

function Changes({ before, after }: { before: string; after: string }) {
  const parts = useMemo(() => wordDiff(before, after), [before, after]);
  return (
    <>
      <p className="font-semibold text-slate-600">Changes in the last edit</p>
      <p dir="auto" className="break-words whitespace-pre-wrap">
        {parts.map((part, i) =>
          part.kind === 'same' ? (
            <span key={i}>{part.text}</span>
          ) : part.kind === 'removed' ? (
            <del key={i} className="bg-red-100 text-red-800">
              <span className="sr-only">[removed: </span>
              {part.text}
              <span className="sr-only">]</span>
            </del>
          ) : (
            <ins key={i} className="bg-green-100 text-green-900 no-underline">
              <span className="sr-only">[added: </span>
              {part.text}
              <span className="sr-only">]</span>
            </ins>
          ),
        )}
      </p>
    </>
  );
}
