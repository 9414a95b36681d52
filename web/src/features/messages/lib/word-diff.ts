/**
 * What changed in an edited message (`prev_body` → `body`), word by word: a longest common
 * subsequence over words and the whitespace between them.
 */

export type DiffPart = { kind: 'same' | 'removed' | 'added'; text: string };

/** Past this many tokens on either side the diff is skipped (O(n·m) memory). */
const MAX_TOKENS = 1500;

const tokenize = (text: string) => text.match(/\s+|[^\s]+/g) ?? [];

/**
 * @returns parts in reading order; adjacent parts of one kind are merged. Texts too long to
 *   compare give one `removed` and one `added` part.
 */
export function wordDiff(before: string, after: string): DiffPart[] {
  const a = tokenize(before);
  const b = tokenize(after);
  if (a.length > MAX_TOKENS || b.length > MAX_TOKENS) {
    return merge([
      { kind: 'removed', text: before },
      { kind: 'added', text: after },
    ]);
  }
  // lcs[i][j] = length of the LCS of a[i:] and b[j:].
  const lcs = Array.from({ length: a.length + 1 }, () => new Uint16Array(b.length + 1));
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      const row = lcs[i] as Uint16Array;
      row[j] =
        a[i] === b[j]
          ? (lcs[i + 1]?.[j + 1] ?? 0) + 1
          : Math.max(lcs[i + 1]?.[j] ?? 0, row[j + 1] ?? 0);
    }
  }
  const parts: DiffPart[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i] === b[j]) {
      parts.push({ kind: 'same', text: a[i++] ?? '' });
      j++;
    } else if (
      i < a.length &&
      (j >= b.length || (lcs[i + 1]?.[j] ?? 0) >= (lcs[i]?.[j + 1] ?? 0))
    ) {
      parts.push({ kind: 'removed', text: a[i++] ?? '' });
    } else {
      parts.push({ kind: 'added', text: b[j++] ?? '' });
    }
  }
  return merge(parts);
}

function merge(parts: DiffPart[]): DiffPart[] {
  const out: DiffPart[] = [];
  for (const part of parts) {
    if (!part.text) continue;
    const last = out.at(-1);
    if (last && last.kind === part.kind) last.text += part.text;
    else out.push({ ...part });
  }
  return out;
}
