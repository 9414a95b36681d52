import { describe, expect, it } from 'vitest';
import { type Block, type InlineNode, parseWhatsApp } from './whatsapp-format.ts';
import { parseInline } from './whatsapp-inline.ts';

/** Compact, unambiguous rendering of a token tree for assertions. */
function show(nodes: InlineNode[]): string {
  return nodes
    .map((n) => {
      switch (n.type) {
        case 'text':
          return n.text;
        case 'bold':
          return `<b>${show(n.children)}</b>`;
        case 'italic':
          return `<i>${show(n.children)}</i>`;
        case 'strike':
          return `<s>${show(n.children)}</s>`;
        case 'code':
          return `<code>${n.text}</code>`;
        case 'link':
          return `[${n.text}](${n.href})`;
        case 'mention':
          return `{${n.id}}`;
      }
    })
    .join('');
}
const inline = (text: string, mentions: string[] = []) => show(parseInline(text, mentions));

describe('parseInline: formatting', () => {
  it.each([
    ['*bold*', '<b>bold</b>'],
    ['_italic_', '<i>italic</i>'],
    ['~strike~', '<s>strike</s>'],
    ['`inline code`', '<code>inline code</code>'],
    ['```mono```', '<code>mono</code>'],
    ['a *b* c _d_ e ~f~', 'a <b>b</b> c <i>d</i> e <s>f</s>'],
    ['*bold _italic_*', '<b>bold <i>italic</i></b>'],
    ['_*both*_', '<i><b>both</b></i>'],
    ['~*_all three_*~', '<s><b><i>all three</i></b></s>'],
    ['*two words*, then text.', '<b>two words</b>, then text.'],
    ['(*in parens*)', '(<b>in parens</b>)'],
    ['¡*hola*!', '¡<b>hola</b>!'],
    ['*négrita* ñ', '<b>négrita</b> ñ'],
    ['*a* *b*', '<b>a</b> <b>b</b>'],
    ['*a*b* c', '<b>a*b</b> c'],
    ['`*not bold*`', '<code>*not bold*</code>'],
    ['```_not italic_```', '<code>_not italic_</code>'],
  ])('%s', (input, expected) => expect(inline(input)).toBe(expected));

  it.each([
    ['*unbalanced', '*unbalanced'],
    ['unbalanced_', 'unbalanced_'],
    ['~~', '~~'],
    ['**', '**'],
    ['``', '``'],
    ['a * not bold*', 'a * not bold*'],
    ['*not bold *', '*not bold *'],
    ['snake_case_name', 'snake_case_name'],
    ['my_var_name and _real_', 'my_var_name and <i>real</i>'],
    ['2*3*4 = 24', '2*3*4 = 24'],
    ['price*2*', 'price*2*'],
    ['*bold*suffix', '*bold*suffix'],
    ['~/path/to/file~', '<s>/path/to/file</s>'],
    ['a ` b', 'a ` b'],
  ])('leaves %s as text', (input, expected) => expect(inline(input)).toBe(expected));
});

describe('parseInline: links', () => {
  it.each([
    [
      'see https://example.com/a_b_c.',
      'see [https://example.com/a_b_c](https://example.com/a_b_c).',
    ],
    ['http://x.com', '[http://x.com](http://x.com/)'],
    ['*https://x.com/path*', '<b>[https://x.com/path](https://x.com/path)</b>'],
    ['_https://x.com/a_b_', '<i>[https://x.com/a_b](https://x.com/a_b)</i>'],
    ['mail a@b.co now', 'mail [a@b.co](mailto:a@b.co) now'],
    ['mailto:a@b.co', '[mailto:a@b.co](mailto:a@b.co)'],
    ['call tel:+911234567890 now', 'call [tel:+911234567890](tel:+911234567890) now'],
    ['www.example.com', '[www.example.com](http://www.example.com/)'],
    ['https://x.com/*_not_*', '[https://x.com/*_not_*](https://x.com/*_not_*)'],
  ])('%s', (input, expected) => expect(inline(input)).toBe(expected));

  it.each([
    'javascript:alert(1)',
    '<a href="javascript:alert(1)">click me</a>',
    'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
    '<embed src="data:text/html,<script>alert(1)</script>">',
    'ftp://example.com/file',
    'file:///etc/passwd',
    'vbscript:msgbox(1)',
  ])('never links %s', (input) => {
    const nodes = parseInline(input);
    expect(nodes.some((n) => n.type === 'link')).toBe(false);
    expect(show(nodes)).toBe(input);
  });
});

describe('parseInline: mentions', () => {
  const id = '919537851844@c.us';
  it('turns @digits of mentioned_ids into mentions', () => {
    expect(inline('@919537851844 please check', [id])).toBe(`{${id}} please check`);
    expect(inline('hi @919537851844, ok', [id])).toBe(`hi {${id}}, ok`);
    expect(inline('*@919537851844*', [id])).toBe(`<b>{${id}}</b>`);
  });
  it('leaves other @digits and e-mails alone', () => {
    expect(inline('@14155550123 hi', [id])).toBe('@14155550123 hi');
    expect(inline('@9195378518441', [id])).toBe('@9195378518441');
    expect(inline('@919537851844', [])).toBe('@919537851844');
    expect(inline('a919537851844@c.us', [id])).not.toContain('{');
  });
});

describe('parseWhatsApp: blocks', () => {
  const blocks = (text: string): unknown[] => parseWhatsApp(text).map(simplify);
  function simplify(b: Block): unknown {
    switch (b.type) {
      case 'paragraph':
        return ['p', ...b.lines.map(show)];
      case 'quote':
        return ['quote', ...b.lines.map(show)];
      case 'list':
        return [b.ordered ? `ol@${b.start}` : 'ul', ...b.items.map(show)];
      case 'pre':
        return ['pre', b.text];
    }
  }

  it('keeps plain lines together as one paragraph', () => {
    expect(blocks('one\ntwo\n\nthree')).toEqual([['p', 'one', 'two', '', 'three']]);
    expect(blocks('')).toEqual([]);
  });

  it('parses quotes, bulleted and numbered lists', () => {
    expect(blocks('> quoted *line*\n> second\nafter')).toEqual([
      ['quote', 'quoted <b>line</b>', 'second'],
      ['p', 'after'],
    ]);
    expect(blocks('Items:\n- one\n- _two_\n* three')).toEqual([
      ['p', 'Items:'],
      ['ul', 'one', '<i>two</i>', 'three'],
    ]);
    expect(blocks('1. first\n2. second')).toEqual([['ol@1', 'first', 'second']]);
    expect(blocks('3. third\n4. fourth')).toEqual([['ol@3', 'third', 'fourth']]);
  });

  it('needs the space after a block marker', () => {
    expect(blocks('>not a quote\n-not a list\n1.not a list\n*bold*')).toEqual([
      ['p', '>not a quote', '-not a list', '1.not a list', '<b>bold</b>'],
    ]);
  });

  it('reads ``` blocks verbatim across lines', () => {
    expect(blocks('before\n```\nconst *a* = 1;\n> not a quote\n```\nafter')).toEqual([
      ['p', 'before'],
      ['pre', '\nconst *a* = 1;\n> not a quote\n'],
      ['p', 'after'],
    ]);
    expect(blocks('```one line```')).toEqual([['pre', 'one line']]);
    expect(blocks('```inline``` then text')).toEqual([['p', '<code>inline</code> then text']]);
    expect(blocks('```never closed\nmore')).toEqual([['p', '```never closed', 'more']]);
  });

  it('treats CRLF like LF', () => {
    expect(blocks('a\r\n- b')).toEqual([
      ['p', 'a'],
      ['ul', 'b'],
    ]);
  });

  it('keeps HTML-looking text as text', () => {
    const payload = '<img src=x onerror=alert(1)>\n<script>alert(1)</script>';
    expect(blocks(payload)).toEqual([
      ['p', '<img src=x onerror=alert(1)>', '<script>alert(1)</script>'],
    ]);
  });
});

describe('parseWhatsApp: any input', () => {
  it('never throws and links only allowed schemes', async () => {
    const fc = await import('fast-check');
    const alphabet = fc.constantFrom(
      '*',
      '_',
      '~',
      '`',
      '>',
      '-',
      ' ',
      '\n',
      'a',
      '1',
      '.',
      ':',
      '/',
      '@',
      'http://x.io',
      'javascript:',
      'tel:+91',
    );
    fc.assert(
      fc.property(
        fc.array(alphabet, { maxLength: 60 }).map((parts) => parts.join('')),
        (text) => {
          const walk = (nodes: InlineNode[]): void =>
            nodes.forEach((n) => {
              if (n.type === 'link') expect(n.href).toMatch(/^(https?:|mailto:|tel:)/);
              if ('children' in n) walk(n.children);
            });
          for (const block of parseWhatsApp(text, ['911234567890@c.us'])) {
            if (block.type === 'pre') continue;
            (block.type === 'list' ? block.items : block.lines).forEach(walk);
          }
        },
      ),
    );
  });
});
