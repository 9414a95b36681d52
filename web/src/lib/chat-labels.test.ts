import { describe, expect, it } from 'vitest';
import { chatTypeLabel, isPhoneChatId } from './chat-labels.ts';

describe('chatTypeLabel', () => {
  it('names the known kinds, and any other kind as Periskope sent it', () => {
    expect(['user', 'group', 'business', 'unknown'].map(chatTypeLabel)).toEqual([
      'User',
      'Group',
      'Business',
      'Unknown',
    ]);
    expect(chatTypeLabel('newsletter')).toBe('newsletter');
    expect(chatTypeLabel('constructor')).toBe('constructor');
    expect(chatTypeLabel(' ')).toBe('Unknown');
  });

  it("tells a phone number's chat from the rest", () => {
    expect(isPhoneChatId('919537851844@c.us')).toBe(true);
    expect(isPhoneChatId('120363371308389685@g.us')).toBe(false);
  });
});
