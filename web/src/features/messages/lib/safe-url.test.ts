import { describe, expect, it } from 'vitest';
import { safeHref, safeWebHref, telHref } from './safe-url.ts';

describe('safeHref', () => {
  it.each([
    ['https://example.com/a?b=1', 'https://example.com/a?b=1'],
    ['http://example.com', 'http://example.com/'],
    ['mailto:a@b.co', 'mailto:a@b.co'],
    ['tel:+911234567890', 'tel:+911234567890'],
    ['  HTTPS://Example.com  ', 'https://example.com/'],
  ])('allows %s', (input, expected) => expect(safeHref(input)).toBe(expected));

  it.each([
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    ' javascript:alert(1)',
    'java\nscript:alert(1)',
    'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
    'vbscript:msgbox(1)',
    'file:///etc/passwd',
    'ftp://example.com',
    'example.com',
    '/relative',
    '',
    null,
    undefined,
  ])('refuses %s', (input) => expect(safeHref(input)).toBeNull());

  it('narrows to http(s) for web links', () => {
    expect(safeWebHref('https://maps.google.com/?q=1,2')).toBe('https://maps.google.com/?q=1,2');
    expect(safeWebHref('mailto:a@b.co')).toBeNull();
    expect(safeWebHref('tel:123')).toBeNull();
  });
});

describe('telHref', () => {
  it('keeps digits and a leading plus', () => {
    expect(telHref('+91 76646-33868')).toBe('tel:+917664633868');
    expect(telHref('(415) 555 0123')).toBe('tel:4155550123');
    expect(telHref('1+2+3')).toBe('tel:123');
  });
  it('refuses text without a number', () => {
    expect(telHref('javascript:alert(1)')).toBeNull();
    expect(telHref('call me')).toBeNull();
  });
});
