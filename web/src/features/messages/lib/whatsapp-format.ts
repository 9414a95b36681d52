/**
 * WhatsApp text formatting as a token tree: blocks (paragraphs, `> ` quotes,
 * `- `/`* ` and `1. ` lists, ```` ``` ```` monospace blocks) holding inline nodes
 * (whatsapp-inline.ts). Pure: the tree is rendered as React elements, never as HTML.
 * @see https://faq.whatsapp.com/539178204879377 (WhatsApp: how to format your messages)
 */
import { type InlineNode, parseInline } from './whatsapp-inline.ts';

export type { InlineNode } from './whatsapp-inline.ts';

/** One line's inline nodes. */
export type Line = InlineNode[];

export type Block =
  | { type: 'paragraph'; lines: Line[] }
  | { type: 'quote'; lines: Line[] }
  | {
      type: 'list';
      ordered: boolean;
      /** first number of an ordered list */ start: number;
      items: Line[];
    }
  /** ```` ``` ```` block: verbatim, may span lines. */
  | { type: 'pre'; text: string };

const QUOTE = /^> /;
const BULLET = /^[-*] /;
const NUMBERED = /^(\d{1,9})\. /;

/**
 * @param text - a message body or caption
 * @param mentionIds - the message's `mentioned_ids`
 * @returns blocks in order; an empty text gives `[]`
 */
export function parseWhatsApp(text: string, mentionIds: readonly string[] = []): Block[] {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const inline = (line: string) => parseInline(line, mentionIds);
  const blocks: Block[] = [];
  let i = 0;
  while (i < lines.length) {
    const line = lines[i] ?? '';
    const pre = line.startsWith('```') ? preBlock(lines, i) : null;
    if (pre) {
      blocks.push({ type: 'pre', text: pre.text });
      i = pre.next;
    } else if (QUOTE.test(line)) {
      const run = takeWhile(lines, i, (l) => QUOTE.test(l));
      blocks.push({ type: 'quote', lines: run.map((l) => inline(l.replace(QUOTE, ''))) });
      i += run.length;
    } else if (BULLET.test(line)) {
      const run = takeWhile(lines, i, (l) => BULLET.test(l));
      blocks.push({
        type: 'list',
        ordered: false,
        start: 1,
        items: run.map((l) => inline(l.replace(BULLET, ''))),
      });
      i += run.length;
    } else if (NUMBERED.test(line)) {
      const run = takeWhile(lines, i, (l) => NUMBERED.test(l));
      const start = Number(NUMBERED.exec(line)?.[1] ?? 1);
      blocks.push({
        type: 'list',
        ordered: true,
        start,
        items: run.map((l) => inline(l.replace(NUMBERED, ''))),
      });
      i += run.length;
    } else {
      const run = takeWhile(lines, i, (l, k) => k === i || !isBlockStart(lines, k));
      blocks.push({ type: 'paragraph', lines: run.map(inline) });
      i += run.length;
    }
  }
  return text === '' ? [] : blocks;
}

function takeWhile(
  lines: string[],
  from: number,
  keep: (line: string, index: number) => boolean,
): string[] {
  const out: string[] = [];
  for (let k = from; k < lines.length && keep(lines[k] ?? '', k); k++) out.push(lines[k] ?? '');
  return out;
}

function isBlockStart(lines: string[], k: number): boolean {
  const line = lines[k] ?? '';
  return (
    QUOTE.test(line) ||
    BULLET.test(line) ||
    NUMBERED.test(line) ||
    (line.startsWith('```') && preBlock(lines, k) !== null)
  );
}

/**
 * A monospace block opening at the start of line `from` and closing with ```` ``` ```` at the end
 * of the same or a later line; a fence that closes mid-line is left to the inline parser.
 */
function preBlock(lines: string[], from: number): { text: string; next: number } | null {
  for (let k = from; k < lines.length; k++) {
    const line = lines[k] ?? '';
    const fence = line.indexOf('```', k === from ? 3 : 0);
    if (fence === -1) continue;
    if (fence !== line.length - 3) return null;
    const body = lines
      .slice(from, k + 1)
      .join('\n')
      .slice(3, -3);
    return body.trim() === '' ? null : { text: body, next: k + 1 };
  }
  return null;
}
