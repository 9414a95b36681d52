/**
 * Search by name or number: `/` focuses it from anywhere outside a text field,
 * Esc clears it (a second Esc leaves it). Typing reaches the URL after a short pause.
 */
import { useEffect, useRef, useState } from 'react';
import { SearchIcon } from '@/components/ui/icons.tsx';

/** Pause after the last keystroke before the search runs, in ms. */
const SEARCH_DELAY_MS = 200;

export interface ChatSearchBoxProps {
  /** The search in the URL. */
  value: string;
  onSearch: (q: string | undefined) => void;
}

function isTextField(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName))
  );
}

export function ChatSearchBox({ value, onSearch }: ChatSearchBoxProps) {
  const [draft, setDraft] = useState(value);
  const inputRef = useRef<HTMLInputElement>(null);
  const sent = useRef(value);

  // The URL wins when it changes elsewhere (Back, "Clear filters"), not when it echoes our search.
  useEffect(() => {
    if (value !== sent.current) setDraft(value);
    sent.current = value;
  }, [value]);

  useEffect(() => {
    const q = draft.trim();
    if (q === sent.current) return;
    const timer = setTimeout(() => {
      sent.current = q;
      onSearch(q || undefined);
    }, SEARCH_DELAY_MS);
    return () => clearTimeout(timer);
  }, [draft, onSearch]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (
        event.key !== '/' ||
        event.ctrlKey ||
        event.metaKey ||
        event.altKey ||
        isTextField(event.target)
      )
        return;
      event.preventDefault();
      inputRef.current?.focus();
      inputRef.current?.select();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);

  return (
    <div role="search" className="relative">
      <SearchIcon className="pointer-events-none absolute top-1/2 left-3 size-4 -translate-y-1/2 text-slate-400" />
      <input
        ref={inputRef}
        type="search"
        aria-label="Search chats by name or number"
        aria-keyshortcuts="/"
        placeholder="Search name or number  ( / )"
        value={draft}
        maxLength={100}
        onChange={(event) => setDraft(event.target.value)}
        onKeyDown={(event) => {
          if (event.key !== 'Escape') return;
          event.preventDefault();
          if (draft) {
            setDraft('');
            sent.current = '';
            onSearch(undefined);
          } else {
            event.currentTarget.blur();
          }
        }}
        className="h-9 w-full rounded-lg bg-surface pr-3 pl-9 text-sm text-slate-900 ring-1 ring-slate-200 outline-none placeholder:text-slate-400 focus:ring-2 focus:ring-wa-teal"
      />
    </div>
  );
}
