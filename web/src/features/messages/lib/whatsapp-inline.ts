/**
 * Inline part of the WhatsApp text parser: `*bold*`, `_italic_`, `~strike~`, `` `code` `` and
 * ```` ```mono``` ```` within one line, plus links and @mentions as atoms the markers cannot
 * break into. Pure; produces a token tree, never HTML.
 * @see https://faq.whatsapp.com/539178204879377 (WhatsApp: how to format your messages)
 */
import { findLinks } from './find-links.ts';

export type InlineNode =
  | { type: 'text'; text: string }
  | { type: 'bold' | 'italic' | 'strike'; children: InlineNode[] }
  /** `` `code` `` or ```` ```mono``` ```` on one line: shown verbatim, no formatting inside. */
  | { type: 'code'; text: string }
  | { type: 'link'; href: string; text: string }
  /** `@<digits>` of a `mentioned_ids` entry; `id` is that entry (`…@c.us`). */
  | { type: 'mention'; id: string; text: string };

interface Atom {
  start: number;
  end: number;
  node: InlineNode;
}

const MARKERS: Record<string, 'bold' | 'italic' | 'strike'> = {
  '*': 'bold',
  _: 'italic',
  '~': 'strike',
};
const WORD = /[\p{L}\p{N}]/u;
const SPACE = /\s/u;
const MENTION = /@(\d{5,20})(?!\d)/g;

const isWord = (ch: string | undefined) => ch !== undefined && WORD.test(ch);
const isSpace = (ch: string | undefined) => ch === undefined || SPACE.test(ch);

/**
 * @param line - one line of text
 * @param mentionIds - `mentioned_ids` of the message (`919537851844@c.us`); other `@digits` stay text
 */
export function parseInline(line: string, mentionIds: readonly string[] = []): InlineNode[] {
  return parseRange(line, 0, line.length, findAtoms(line, mentionIds));
}

function findAtoms(line: string, mentionIds: readonly string[]): Atom[] {
  const atoms: Atom[] = findLinks(line).map((l) => ({
    start: l.start,
    end: l.end,
    node: { type: 'link', href: l.href, text: l.text },
  }));
  const byDigits = new Map(mentionIds.map((id) => [id.split('@')[0] ?? '', id]));
  for (const match of line.matchAll(MENTION)) {
    const id = byDigits.get(match[1] ?? '');
    const start = match.index;
    const end = start + match[0].length;
    if (!id || isWord(line[start - 1]) || atoms.some((a) => start < a.end && a.start < end))
      continue;
    atoms.push({ start, end, node: { type: 'mention', id, text: match[0] } });
  }
  return atoms.sort((a, b) => a.start - b.start);
}

function parseRange(s: string, from: number, to: number, atoms: Atom[]): InlineNode[] {
  const out: InlineNode[] = [];
  let text = '';
  const push = (node: InlineNode) => {
    if (text) out.push({ type: 'text', text });
    text = '';
    out.push(node);
  };
  let i = from;
  while (i < to) {
    const atom = atoms.find((a) => a.start === i && a.end <= to);
    if (atom) {
      push(atom.node);
      i = atom.end;
      continue;
    }
    const ch = s[i] ?? '';
    const code = ch === '`' ? codeSpan(s, i, to) : null;
    if (code) {
      push({ type: 'code', text: code.text });
      i = code.end;
      continue;
    }
    const type = MARKERS[ch];
    const close = type && canOpen(s, i, to) ? findClose(s, ch, i + 1, to, atoms) : -1;
    if (type && close !== -1) {
      push({ type, children: parseRange(s, i + 1, close, atoms) });
      i = close + 1;
      continue;
    }
    text += ch;
    i += 1;
  }
  if (text) out.push({ type: 'text', text });
  return out;
}

/** ```` ```mono``` ```` or `` `code` `` starting at `i`, with non-empty content, else null. */
function codeSpan(s: string, i: number, to: number): { text: string; end: number } | null {
  const fence = s.startsWith('```', i) ? '```' : '`';
  const close = s.indexOf(fence, i + fence.length);
  if (close <= i + fence.length || close + fence.length > to) return null;
  return { text: s.slice(i + fence.length, close), end: close + fence.length };
}

/** An opener is not inside a word (`snake_case`, `2*3`) and is followed by non-space. */
function canOpen(s: string, i: number, to: number): boolean {
  return i + 1 < to && !isWord(s[i - 1]) && !isSpace(s[i + 1]);
}

/**
 * The first closer after non-empty content: preceded by non-space, not followed by a word
 * character.
 */
function findClose(s: string, marker: string, start: number, to: number, atoms: Atom[]): number {
  for (let k = start + 1; k < to; k++) {
    const atom = atoms.find((a) => a.start === k);
    if (atom) {
      k = atom.end - 1;
      continue;
    }
    if (s[k] === marker && !isSpace(s[k - 1]) && !isWord(s[k + 1])) return k;
  }
  return -1;
}
