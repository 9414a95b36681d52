import { describe, expect, it } from 'vitest';
import { avatarColour, initials } from './avatar-colour.ts';

describe('initials', () => {
  it('takes the first letters of two words', () =>
    expect(initials('Bharat Kumar Local')).toBe('BK'));
  it('takes two letters of one word', () => expect(initials('support')).toBe('SU'));
  it('ignores emoji and punctuation', () => expect(initials('Design review 📸')).toBe('DR'));
  it('gives nothing for a bare number', () => expect(initials('+91 84734 11902')).toBe(''));
  it('keeps a letter with its combining accent', () =>
    expect(initials('e\u0301lodie Durand')).toBe('E\u0301D'));
  it('ignores the push-name mark', () => expect(initials('~ Ana')).toBe('AN'));
});

describe('avatarColour', () => {
  it('is stable per id', () =>
    expect(avatarColour('919537851844@c.us')).toBe(avatarColour('919537851844@c.us')));
  it('is a Tailwind background class', () => expect(avatarColour('x')).toMatch(/^bg-/));
});
