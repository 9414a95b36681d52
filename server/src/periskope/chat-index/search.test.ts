import { describe, expect, it } from 'vitest';
import { chatIdDigits, foldQuery, foldText, matchRanges, numberQuery, rankIn } from './search.ts';

/** The original substrings a query highlights. */
const highlighted = (name: string, q: string) =>
  matchRanges(foldText(name), foldQuery(q)).map(([s, e]) => name.slice(s, e));

describe('foldText / matchRanges', () => {
  it('matches case- and diacritic-insensitively and maps ranges back to the original', () => {
    expect(highlighted('José Álvarez', 'jose')).toEqual(['José']);
    expect(highlighted('José Álvarez', 'ALVA')).toEqual(['Álva']);
    expect(highlighted('Zoë Kravitz', 'zoe')).toEqual(['Zoë']);
    expect(highlighted('zoe', 'ZOË')).toEqual(['zoe']);
    expect(matchRanges(foldText('Dr. Zoë'), 'zoe')).toEqual([[4, 7]]);
  });

  it('keeps decomposed accents inside the highlight (NFD input: e + U+0301)', () => {
    const name = 'Jose\u0301 Ruiz';
    expect(matchRanges(foldText(name), 'jose')).toEqual([[0, 5]]);
    expect(highlighted(name, 'josé')).toEqual(['Jose\u0301']);
    expect(highlighted(name, 'ruiz')).toEqual(['Ruiz']);
  });

  it('maps offsets after emoji (surrogate pairs) and keeps variation selectors with their emoji', () => {
    const name = '🎉 Party Zoë ❤️ crew';
    expect(matchRanges(foldText(name), 'party')).toEqual([[3, 8]]);
    expect(highlighted(name, 'zoe')).toEqual(['Zoë']);
    expect(highlighted(name, '❤️ c')).toEqual(['❤️ c']);
    expect(highlighted(name, '🎉')).toEqual(['🎉']);
  });

  it('finds every non-overlapping occurrence', () => {
    expect(matchRanges(foldText('Anna Banana'), 'an')).toEqual([
      [0, 2],
      [6, 8],
      [8, 10],
    ]);
    expect(matchRanges(foldText('aaaa'), 'aa')).toEqual([
      [0, 2],
      [2, 4],
    ]);
    expect(matchRanges(foldText('abc'), '')).toEqual([]);
  });

  it('reads final sigma as sigma and dotted capital I as i, whatever the server locale', () => {
    expect(highlighted('ΟΔΟΣ', 'οδος')).toEqual(['ΟΔΟΣ']);
    expect(highlighted('İstanbul Ops', 'istanbul')).toEqual(['İstanbul']);
  });
});

describe('rankIn', () => {
  it('ranks a prefix before a word prefix before any other substring', () => {
    expect(rankIn('maria lopez', 'mar')).toBe(0);
    expect(rankIn('ana maria', 'mar')).toBe(1);
    expect(rankIn('ana-maria', 'mar')).toBe(1);
    expect(rankIn('tamara', 'mar')).toBe(2);
    expect(rankIn('tamara marco', 'mar')).toBe(1);
    expect(rankIn('tamara', 'xyz')).toBe(-1);
    expect(rankIn('tamara', '')).toBe(-1);
  });
});

describe('numberQuery', () => {
  it('takes ≥ 3 digits once spaces, +, -, ( and ) are removed', () => {
    expect(numberQuery('+91 95378 51844')).toBe('919537851844');
    expect(numberQuery('(91) 95378-51844')).toBe('919537851844');
    expect(numberQuery('518')).toBe('518');
    expect(numberQuery('51')).toBeNull();
    expect(numberQuery('+1 (2')).toBeNull();
    expect(numberQuery('Team 42 ops')).toBeNull();
    expect(numberQuery('9537.851')).toBeNull();
  });

  it('reads chat id digits with the offsets of `…@c.us` / `…@g.us` ids', () => {
    expect(chatIdDigits('919537851844@c.us')).toBe('919537851844');
    expect(chatIdDigits('120363371308389685@g.us')).toBe('120363371308389685');
  });
});
