import { describe, expect, it } from 'vitest';
import { displayName } from './display-text.ts';

describe('displayName', () => {
  it('drops bidi overrides and isolates, keeps everything else', () => {
    expect(displayName('\u202Egnp.exe')).toBe('gnp.exe');
    expect(displayName('a\u2066b\u2069c\u202Ad')).toBe('abcd');
    expect(displayName('فاتورة-2291.pdf')).toBe('فاتورة-2291.pdf');
    expect(displayName('<script>alert(1)</script>.pdf')).toBe('<script>alert(1)</script>.pdf');
  });
});
