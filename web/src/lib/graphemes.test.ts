import { describe, expect, it } from 'vitest';
import { cutGraphemes, truncateGraphemes } from './graphemes.ts';

const FAMILY = '👨‍👩‍👧'; // man, ZWJ, woman, ZWJ, girl: one cluster, 8 UTF-16 units
const FLAG = '🇮🇳'; // two regional indicators: one cluster
const E_ACUTE = 'e\u0301'; // e + combining acute accent: one cluster

describe('cutGraphemes', () => {
  it.each([
    ['a ZWJ family emoji', FAMILY],
    ['a flag', FLAG],
    ['a combining accent', E_ACUTE],
  ])('keeps %s whole at the cut point', (_name, cluster) => {
    const text = `abcd${cluster}xyz`;
    expect(cutGraphemes(text, 5)).toEqual({ text: `abcd${cluster}`, cut: true });
    expect(cutGraphemes(text, 4)).toEqual({ text: 'abcd', cut: true });
  });

  it('counts clusters, not UTF-16 units', () => {
    const text = `${FAMILY}${FLAG}${E_ACUTE}`;
    expect(cutGraphemes(text, 3)).toEqual({ text, cut: false });
    expect(cutGraphemes(text, 2)).toEqual({ text: `${FAMILY}${FLAG}`, cut: true });
  });

  it('leaves short text alone', () =>
    expect(cutGraphemes('hello', 5)).toEqual({ text: 'hello', cut: false }));
});

describe('truncateGraphemes', () => {
  it('ends a cut text with an ellipsis', () =>
    expect(truncateGraphemes(`Hi ${FAMILY} there`, 4)).toBe(`Hi ${FAMILY}…`));
  it('drops the space before the ellipsis', () =>
    expect(truncateGraphemes('Hello world', 6)).toBe('Hello…'));
  it('keeps whole text as is', () =>
    expect(truncateGraphemes(`Olá ${FLAG}`, 5)).toBe(`Olá ${FLAG}`));
});
