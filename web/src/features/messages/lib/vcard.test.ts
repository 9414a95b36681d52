import { describe, expect, it } from 'vitest';
import { parseVCards } from './vcard.ts';

describe('parseVCards', () => {
  it('reads the documented Periskope layout', () => {
    const [card] = parseVCards(
      'BEGIN:VCARD\nVERSION:3.0\nFN:Agrata Pandey\nTEL;type=CELL;waid=917664633868:+917664633868\nEND:VCARD',
    );
    expect(card).toEqual({
      name: 'Agrata Pandey',
      emails: [],
      org: null,
      phones: [{ number: '+917664633868', types: ['CELL'], waid: '917664633868', label: null }],
    });
  });

  it('reads a WhatsApp-shared card: N, item groups with X-ABLabel, CRLF, several numbers', () => {
    const text = [
      'BEGIN:VCARD',
      'VERSION:3.0',
      'N:Sharma;Priya;;Dr.;',
      'FN:Dr. Priya Sharma',
      'ORG:Acme Traders;Sales',
      'item1.TEL;waid=919812345678:+91 98123 45678',
      'item1.X-ABLabel:Mobile',
      'item2.TEL;TYPE=WORK,VOICE:+91 22 4000 1234',
      'item2.X-ABLabel:Office',
      'EMAIL;type=INTERNET;type=WORK:priya@acme.example',
      'END:VCARD',
    ].join('\r\n');
    const [card] = parseVCards(text);
    expect(card?.name).toBe('Dr. Priya Sharma');
    expect(card?.org).toBe('Acme Traders, Sales');
    expect(card?.emails).toEqual(['priya@acme.example']);
    expect(card?.phones).toEqual([
      { number: '+91 98123 45678', types: [], waid: '919812345678', label: 'Mobile' },
      { number: '+91 22 4000 1234', types: ['WORK', 'VOICE'], waid: null, label: 'Office' },
    ]);
  });

  it('falls back to N when FN is missing or empty', () => {
    expect(parseVCards('BEGIN:VCARD\nVERSION:3.0\nN:Doe;John;Q;Mr.;Jr.\nEND:VCARD')[0]?.name).toBe(
      'Mr. John Q Doe Jr.',
    );
    expect(parseVCards('BEGIN:VCARD\nFN:\nN:Doe;Jane;;;\nEND:VCARD')[0]?.name).toBe('Jane Doe');
    expect(parseVCards('BEGIN:VCARD\nTEL:+1 415 555 0123\nEND:VCARD')[0]?.name).toBeNull();
  });

  it('unfolds folded lines (RFC 6350 §3.2)', () => {
    const [card] = parseVCards(
      'BEGIN:VCARD\r\nFN:Venkata Subrahmanya\r\n  Lakshmi Narayana\r\nNOTE:x\r\n\tcontinued\r\nEND:VCARD',
    );
    expect(card?.name).toBe('Venkata Subrahmanya Lakshmi Narayana');
  });

  it('unescapes values (RFC 6350 §3.4)', () => {
    const [card] = parseVCards(
      'BEGIN:VCARD\nFN:Smith\\, John \\; Co\\\\Ltd\\nLine 2\nN:O\\;Brien;Sean;;;\nEND:VCARD',
    );
    expect(card?.name).toBe('Smith, John ; Co\\Ltd\nLine 2');
    expect(parseVCards('BEGIN:VCARD\nN:O\\;Brien;Sean;;;\nEND:VCARD')[0]?.name).toBe(
      'Sean O;Brien',
    );
  });

  it('reads vCard 2.1 bare types, quoted params, tel: URIs and a waid without a number', () => {
    const [card] = parseVCards(
      [
        'BEGIN:VCARD',
        'VERSION:2.1',
        'FN:Old Phone',
        'TEL;CELL;PREF:+44 7911 123456',
        'TEL;VALUE=uri;TYPE="voice,home":tel:+1-555-555-5555',
        'TEL;waid=14155550123:',
        'END:VCARD',
      ].join('\n'),
    );
    expect(card?.phones.map((p) => [p.number, p.types])).toEqual([
      ['+44 7911 123456', ['CELL', 'PREF']],
      ['+1-555-555-5555', ['VOICE', 'HOME']],
      ['+14155550123', []],
    ]);
  });

  it('splits several cards in one text and ignores junk', () => {
    const cards = parseVCards(
      'BEGIN:VCARD\nFN:A\nEND:VCARD\ngarbage\nBEGIN:VCARD\nFN:B\nEND:VCARD',
    );
    expect(cards.map((c) => c.name)).toEqual(['A', 'B']);
    expect(parseVCards('')).toEqual([]);
    expect(parseVCards('not a vcard at all')).toEqual([]);
  });

  it('keeps HTML payloads as plain strings', () => {
    const [card] = parseVCards(
      'BEGIN:VCARD\nVERSION:3.0\nFN:<img src=x onerror=alert(1)>\nTEL;type=CELL;waid=911234567890:+911234567890\nEND:VCARD',
    );
    expect(card?.name).toBe('<img src=x onerror=alert(1)>');
  });
});
