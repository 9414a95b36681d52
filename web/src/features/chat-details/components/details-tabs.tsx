/**
 * An accessible tablist (WAI-ARIA APG "Tabs", automatic activation): ←/→, Home and End move
 * between tabs and select them (each tab handles the keys); only the selected tab is in the Tab
 * order.
 * @see https://www.w3.org/WAI/ARIA/apg/patterns/tabs/
 */
import { useRef, type KeyboardEvent } from 'react';
import { cn } from '@/lib/cn.ts';

export interface TabItem<T extends string> {
  id: T;
  label: string;
}

export interface DetailsTabsProps<T extends string> {
  /** Accessible name of the tablist. */
  label: string;
  tabs: readonly TabItem<T>[];
  selected: T;
  onSelect: (id: T) => void;
  /** Prefix of the tab and panel ids: tab `<idBase>-tab-<id>`, panel `<idBase>-panel-<id>`. */
  idBase: string;
}

/** A `tablist` of `tabs`, the `selected` one marked; the caller renders the matching `tabpanel`. */
export function DetailsTabs<T extends string>({
  label,
  tabs,
  selected,
  onSelect,
  idBase,
}: DetailsTabsProps<T>) {
  const refs = useRef(new Map<T, HTMLButtonElement>());
  const onKeyDown = (e: KeyboardEvent) => {
    const at = tabs.findIndex((t) => t.id === selected);
    const next = { ArrowRight: at + 1, ArrowLeft: at - 1, Home: 0, End: tabs.length - 1 }[e.key];
    if (next === undefined) return;
    e.preventDefault();
    const tab = tabs[(next + tabs.length) % tabs.length]!;
    onSelect(tab.id);
    refs.current.get(tab.id)?.focus();
  };
  return (
    <div
      role="tablist"
      aria-label={label}
      className="sticky top-0 z-10 flex border-b border-slate-200 bg-surface px-2"
    >
      {tabs.map((tab) => (
        <button
          key={tab.id}
          ref={(node) => void (node ? refs.current.set(tab.id, node) : refs.current.delete(tab.id))}
          type="button"
          role="tab"
          id={`${idBase}-tab-${tab.id}`}
          aria-selected={tab.id === selected}
          aria-controls={`${idBase}-panel-${tab.id}`}
          tabIndex={tab.id === selected ? 0 : -1}
          onClick={() => onSelect(tab.id)}
          onKeyDown={onKeyDown}
          className={cn(
            'h-10 flex-1 border-b-2 text-sm font-medium transition-colors focus-visible:outline-2 focus-visible:-outline-offset-2 focus-visible:outline-wa-teal',
            tab.id === selected
              ? 'border-wa-teal text-teal-900'
              : 'border-transparent text-slate-500 hover:text-slate-800',
          )}
        >
          {tab.label}
        </button>
      ))}
    </div>
  );
}
