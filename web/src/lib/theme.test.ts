import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  applyTheme,
  resolveTheme,
  storedTheme,
  storeTheme,
  themeFromUrl,
  THEME_STORAGE_KEY,
} from './theme.ts';

afterEach(() => {
  vi.restoreAllMocks();
  window.localStorage.clear();
});

describe('theme', () => {
  it('reads ?theme= only when it names a choice', () => {
    expect(themeFromUrl('?theme=dark')).toBe('dark');
    expect(themeFromUrl('?theme=purple')).toBeNull();
    expect(themeFromUrl('')).toBeNull();
  });

  it('resolves system from the media query, and an explicit choice as itself', () => {
    expect(resolveTheme('system', true)).toBe('dark');
    expect(resolveTheme('system', false)).toBe('light');
    expect(resolveTheme('light', true)).toBe('light');
  });

  it('stores light/dark, forgets system, and survives a storage that throws', () => {
    storeTheme('dark');
    expect(window.localStorage.getItem(THEME_STORAGE_KEY)).toBe('dark');
    expect(storedTheme()).toBe('dark');
    storeTheme('system');
    expect(window.localStorage.getItem(THEME_STORAGE_KEY)).toBeNull();
    vi.spyOn(Storage.prototype, 'getItem').mockImplementation(() => {
      throw new DOMException('blocked', 'SecurityError');
    });
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('blocked', 'SecurityError');
    });
    expect(storedTheme()).toBe('system');
    expect(() => storeTheme('dark')).not.toThrow();
  });

  it('writes the resolved theme to <html data-theme>', () => {
    applyTheme('dark');
    expect(document.documentElement.dataset.theme).toBe('dark');
    applyTheme('light');
    expect(document.documentElement.dataset.theme).toBe('light');
  });
});
