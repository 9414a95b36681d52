import { describe, expect, it } from 'vitest';
import { sentenceParts } from './sentence-parts.ts';

const names: Record<string, string> = { 'a@c.us': 'Ana', 'b@c.us': 'Ben' };
const nameOf = (id: string) => names[id] ?? id;

describe('sentenceParts', () => {
  it('marks every name in the sentence with its contact id', () => {
    const parts = sentenceParts((n) => `${n('a@c.us')} added ${n('b@c.us')}`, nameOf);
    expect(parts).toEqual([{ contactId: 'a@c.us', name: 'Ana' }, ' added ', { contactId: 'b@c.us', name: 'Ben' }]);
  });

  it('falls back to the plain sentence when names are altered', () => {
    expect(sentenceParts((n) => n('a@c.us').toUpperCase(), nameOf)).toEqual(['ANA']);
  });

  it('keeps sentences without names as one string', () => {
    expect(sentenceParts(() => 'Group settings changed (x)', nameOf)).toEqual(['Group settings changed (x)']);
  });
});
