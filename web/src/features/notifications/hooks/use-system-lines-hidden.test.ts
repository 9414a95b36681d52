import { act, renderHook } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { HIDDEN_KEY_PREFIX, useSystemLinesHidden } from './use-system-lines-hidden.ts';

afterEach(() => localStorage.clear());

describe('useSystemLinesHidden', () => {
  it('starts shown, persists per chat and updates every user', () => {
    const a = renderHook(() => useSystemLinesHidden('a@g.us'));
    const a2 = renderHook(() => useSystemLinesHidden('a@g.us'));
    const b = renderHook(() => useSystemLinesHidden('b@g.us'));
    expect(a.result.current[0]).toBe(false);
    act(() => a.result.current[1](true));
    expect(a.result.current[0]).toBe(true);
    expect(a2.result.current[0]).toBe(true);
    expect(b.result.current[0]).toBe(false);
    expect(localStorage.getItem(`${HIDDEN_KEY_PREFIX}a@g.us`)).toBe('1');
    act(() => a.result.current[1](false));
    expect(a2.result.current[0]).toBe(false);
    expect(localStorage.getItem(`${HIDDEN_KEY_PREFIX}a@g.us`)).toBeNull();
  });

  it('reads a stored choice', () => {
    localStorage.setItem(`${HIDDEN_KEY_PREFIX}c@g.us`, '1');
    expect(renderHook(() => useSystemLinesHidden('c@g.us')).result.current[0]).toBe(true);
  });

  it('still toggles for the page when localStorage throws', () => {
    const fail = () => {
      throw new DOMException('denied', 'SecurityError');
    };
    vi.spyOn(Storage.prototype, 'getItem').mockImplementation(fail);
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(fail);
    vi.spyOn(Storage.prototype, 'removeItem').mockImplementation(fail);
    const { result } = renderHook(() => useSystemLinesHidden('d@g.us'));
    expect(result.current[0]).toBe(false);
    act(() => result.current[1](true));
    expect(result.current[0]).toBe(true);
    act(() => result.current[1](false));
    expect(result.current[0]).toBe(false);
  });
});
