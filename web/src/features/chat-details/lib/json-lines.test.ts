import { describe, expect, it } from 'vitest';
import { jsonLines, MAX_JSON_LINES, scalarText } from './json-lines.ts';

const texts = (value: Parameters<typeof jsonLines>[0]) =>
  jsonLines(value).map((l) => `${'  '.repeat(l.depth)}${l.text}`);

describe('jsonLines', () => {
  it('reads scalars as values: text as is, numbers in plain digits, Yes/No, — for null', () => {
    expect(texts('Gold tier')).toEqual(['Gold tier']);
    expect(texts(919537851844)).toEqual(['919537851844']);
    expect(texts(true)).toEqual(['Yes']);
    expect(texts(false)).toEqual(['No']);
    expect(texts(null)).toEqual(['—']);
  });

  it('reads a list of values as one comma-separated line', () => {
    expect(texts(['north', 2, true, null])).toEqual(['north, 2, Yes, —']);
    expect(texts([])).toEqual(['—']);
  });

  it('reads an object as indented key: value lines, nested a few levels, then …', () => {
    const value = {
      plan: 'gold',
      seats: 12,
      billing: {
        monthly: false,
        contacts: ['a@x.io', 'b@x.io'],
        address: { city: 'Pune', geo: { lat: 18.5 } },
      },
      notes: {},
    };
    expect(texts(value)).toEqual([
      'plan: gold',
      'seats: 12',
      'billing:',
      '  monthly: No',
      '  contacts: a@x.io, b@x.io',
      '  address:',
      '    city: Pune',
      '    geo: …',
      'notes:',
      '  —',
    ]);
  });

  it('numbers the items of a list that holds objects', () => {
    expect(texts([{ sku: 'A1' }, 'loose'])).toEqual(['1:', '  sku: A1', '2: loose']);
  });

  it('never prints [object Object] or raw JSON, and stops after the line budget', () => {
    const big = Object.fromEntries(
      Array.from({ length: MAX_JSON_LINES + 5 }, (_, i) => [`k${i}`, { v: i }]),
    );
    const lines = texts(big);
    expect(lines).toHaveLength(MAX_JSON_LINES + 1);
    expect(lines.at(-1)).toBe('…');
    expect(lines.join('\n')).not.toMatch(/\[object Object\]|[{}]/);
  });

  it('an object that fits the budget exactly is not marked as cut', () => {
    const exact = Object.fromEntries(
      Array.from({ length: MAX_JSON_LINES }, (_, i) => [`k${i}`, i]),
    );
    expect(texts(exact)).toHaveLength(MAX_JSON_LINES);
  });
});

describe('scalarText', () => {
  it('shows an empty string as —', () => {
    expect(scalarText('')).toBe('—');
  });
});
