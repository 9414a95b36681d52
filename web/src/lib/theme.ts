/**
 * Light / dark theme. The choice is `system` (follow `prefers-color-scheme`), `light` or `dark`:
 * taken from `?theme=` (so a tool that embeds the inbox in an iframe can match its own theme; not
 * stored), else from localStorage, else `system`. The resolved theme is written to
 * `<html data-theme>`, which styles.css turns into the dark palette.
 */

export type ThemeChoice = 'system' | 'light' | 'dark';
export type ResolvedTheme = 'light' | 'dark';

/** localStorage key of the user's choice. */
export const THEME_STORAGE_KEY = 'periskope-inbox:theme';

const CHOICES: readonly ThemeChoice[] = ['system', 'light', 'dark'];
const DARK_QUERY = '(prefers-color-scheme: dark)';

function isChoice(value: unknown): value is ThemeChoice {
  return typeof value === 'string' && (CHOICES as readonly string[]).includes(value);
}

/** @returns `?theme=` of the page URL when it names a choice, else null */
export function themeFromUrl(search: string = window.location.search): ThemeChoice | null {
  const value = new URLSearchParams(search).get('theme');
  return isChoice(value) ? value : null;
}

/** @returns the stored choice; `system` when none is stored or storage is unavailable */
export function storedTheme(): ThemeChoice {
  try {
    const value = window.localStorage.getItem(THEME_STORAGE_KEY);
    return isChoice(value) ? value : 'system';
  } catch {
    return 'system';
  }
}

/**
 * Stores the choice; a storage failure (private mode, blocked in an iframe) only loses persistence.
 */
export function storeTheme(choice: ThemeChoice): void {
  try {
    if (choice === 'system') window.localStorage.removeItem(THEME_STORAGE_KEY);
    else window.localStorage.setItem(THEME_STORAGE_KEY, choice);
  } catch {
    // Not persisted; the choice still applies to this page.
  }
}

/** @returns the theme a choice resolves to now */
export function resolveTheme(
  choice: ThemeChoice,
  systemDark: boolean = window.matchMedia?.(DARK_QUERY).matches ?? false,
): ResolvedTheme {
  return choice === 'system' ? (systemDark ? 'dark' : 'light') : choice;
}

/** Writes the resolved theme to `<html data-theme>`. */
export function applyTheme(choice: ThemeChoice): ResolvedTheme {
  const theme = resolveTheme(choice);
  document.documentElement.dataset.theme = theme;
  return theme;
}

/**
 * Calls `onChange` when the system theme flips.
 * @returns unsubscribe
 */
export function watchSystemTheme(onChange: () => void): () => void {
  const query = window.matchMedia?.(DARK_QUERY);
  if (!query) return () => {};
  query.addEventListener('change', onChange);
  return () => query.removeEventListener('change', onChange);
}
