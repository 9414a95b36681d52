import { describe, expect, it } from 'vitest';
import { nameRanges, numberMatch } from './row-match.ts';

const match = (ranges: [number, number][]) => ({ field: 'chat_id' as const, ranges });

describe('row-match', () => {
  it('marks the searched digits in an unnamed chat’s number, whatever its grouping', () => {
    // `971501234567` searched whole: every digit of "+971 50 123 4567", no space or plus.
    expect(
      nameRanges(
        { chat_id: '971501234567@c.us', chat_name: null, match: match([[0, 12]]) },
        '+971 50 123 4567',
      ),
    ).toEqual([
      [1, 4],
      [5, 7],
      [8, 11],
      [12, 16],
    ]);
    // `1234567` inside it.
    expect(
      nameRanges(
        { chat_id: '971501234567@c.us', chat_name: null, match: match([[5, 12]]) },
        '+971 50 123 4567',
      ),
    ).toEqual([
      [8, 11],
      [12, 16],
    ]);
  });

  it('shows the matched number of a named chat in its country’s grouping', () => {
    expect(
      numberMatch({ chat_id: '4915123456789@c.us', chat_name: 'Jonas', match: match([[2, 6]]) }),
    ).toEqual({
      text: '+49 1512 3456789',
      ranges: [[4, 8]],
    });
  });

  it('shows a group id’s digits as they are', () => {
    expect(
      numberMatch({ chat_id: '120363371308389685@g.us', chat_name: 'Ops', match: match([[0, 3]]) })
        ?.text,
    ).toBe('120363371308389685');
  });
});
