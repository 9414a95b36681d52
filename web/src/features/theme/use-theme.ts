/**
 * The theme choice as React state: applied to `<html data-theme>` on every change and when the
 * system theme flips while the choice is `system`; stored unless it came from `?theme=`.
 */
import { useEffect, useState } from 'react';
import {
  applyTheme,
  storedTheme,
  storeTheme,
  themeFromUrl,
  watchSystemTheme,
  type ThemeChoice,
} from '@/lib/theme.ts';

/** @returns the current choice and a setter that stores it */
export function useTheme(): [ThemeChoice, (choice: ThemeChoice) => void] {
  const [choice, setChoice] = useState<ThemeChoice>(() => themeFromUrl() ?? storedTheme());
  useEffect(() => {
    applyTheme(choice);
    if (choice !== 'system') return;
    return watchSystemTheme(() => applyTheme('system'));
  }, [choice]);
  const choose = (next: ThemeChoice) => {
    storeTheme(next);
    setChoice(next);
  };
  return [choice, choose];
}
