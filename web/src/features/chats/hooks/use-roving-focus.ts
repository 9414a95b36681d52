/**
 * Keyboard navigation for a virtualized listbox: one option is tabbable (roving tabindex); ↑/↓
 * (and j/k, as in mail clients), Page Up/Down, Home and End move it, scrolling the target in
 * before focusing it; Enter or Space activates it.
 * @see https://www.w3.org/WAI/ARIA/apg/patterns/listbox/
 */
import {
  useEffect,
  useRef,
  useState,
  type FocusEvent,
  type KeyboardEvent,
  type RefObject,
} from 'react';

const PAGE = 8;

/**
 * @param count - number of options
 * @param scrollToIndex - brings an option into the rendered range (the virtualizer's)
 * @param containerRef - the listbox element; options carry `data-index`
 * @param onActivate - Enter / Space on the focused option
 * @returns the tabbable index and the listbox's key and focus handlers
 */
export function useRovingFocus(
  count: number,
  scrollToIndex: (index: number) => void,
  containerRef: RefObject<HTMLElement | null>,
  onActivate?: (index: number) => void,
) {
  const [active, setActive] = useState(0);
  const focusPending = useRef(false);

  // After a key press the target may only exist once the virtualizer has rendered it.
  useEffect(() => {
    if (!focusPending.current) return;
    const option = containerRef.current?.querySelector(`[data-index="${active}"]`);
    if (option instanceof HTMLElement) {
      option.focus();
      focusPending.current = false;
    }
  });

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    if ((event.key === 'Enter' || event.key === ' ') && count > 0) {
      event.preventDefault();
      onActivate?.(active);
      return;
    }
    const moves: Record<string, number> = {
      ArrowDown: active + 1,
      ArrowUp: active - 1,
      j: active + 1,
      k: active - 1,
      PageDown: active + PAGE,
      PageUp: active - PAGE,
      Home: 0,
      End: count - 1,
    };
    const target = moves[event.key];
    if (target === undefined || count === 0) return;
    event.preventDefault();
    const next = Math.min(Math.max(target, 0), count - 1);
    setActive(next);
    scrollToIndex(next);
    focusPending.current = true;
  };

  const onFocus = (event: FocusEvent) => {
    const index =
      event.target instanceof HTMLElement ? Number(event.target.dataset.index) : Number.NaN;
    if (Number.isInteger(index)) setActive(index);
  };

  return { active: Math.min(active, Math.max(count - 1, 0)), onKeyDown, onFocus };
}
