/**
 * Contact cards from the vCard text of `vcard` / `multi_vcard` messages
 * (docs/periskope-api.md#message `vcards`): name (FN, else N), phone numbers (TEL with types,
 * WhatsApp `waid`, and the `X-ABLabel` of the same group, as WhatsApp writes `item1.TEL` /
 * `item1.X-ABLabel`), e-mails and organisation.
 * @see https://www.rfc-editor.org/rfc/rfc6350#section-3.2 (line folding)
 * @see https://www.rfc-editor.org/rfc/rfc6350#section-3.4 (property value escaping)
 */

export interface VCardPhone {
  /** As written (`+91 76646 33868`), or the WhatsApp id's digits when the value is empty. */
  number: string;
  /** TYPE values, upper case (`CELL`, `WORK`, `VOICE`). */
  types: string[];
  /** WhatsApp id digits from `waid=`, if any. */
  waid: string | null;
  /** `X-ABLabel` of the same property group (`Mobile`, `iPhone`), if any. */
  label: string | null;
}

export interface VCard {
  name: string | null;
  phones: VCardPhone[];
  emails: string[];
  org: string | null;
}

interface Property {
  group: string | null;
  name: string;
  params: Map<string, string[]>;
  value: string;
}

/**
 * @param text - one or more `BEGIN:VCARD … END:VCARD` blocks (CRLF or LF)
 * @returns one card per block; text without BEGIN:VCARD is read as a single card
 */
export function parseVCards(text: string): VCard[] {
  const unfolded = text.replace(/\r\n?/g, '\n').replace(/\n[ \t]/g, '');
  const cards: Property[][] = [];
  let current: Property[] | null = null;
  for (const line of unfolded.split('\n')) {
    const prop = parseLine(line);
    if (!prop) continue;
    if (prop.name === 'BEGIN' && prop.value.toUpperCase() === 'VCARD') cards.push((current = []));
    else if (prop.name === 'END' && prop.value.toUpperCase() === 'VCARD') current = null;
    else (current ?? (cards.push((current = [])), current)).push(prop);
  }
  return cards.filter((props) => props.length > 0).map(toCard);
}

function toCard(props: Property[]): VCard {
  const labels = new Map(
    props
      .filter((p) => p.name === 'X-ABLABEL' && p.group)
      .map((p) => [p.group, unescapeValue(p.value)]),
  );
  const fn = props.find((p) => p.name === 'FN');
  const n = props.find((p) => p.name === 'N');
  const phones = props
    .filter((p) => p.name === 'TEL')
    .map((p): VCardPhone => {
      const waid = p.params.get('WAID')?.[0]?.replace(/\D/g, '') || null;
      const number =
        unescapeValue(p.value).replace(/^tel:/i, '').trim() || (waid ? `+${waid}` : '');
      return { number, types: typesOf(p), waid, label: (p.group && labels.get(p.group)) || null };
    });
  const org = props.find((p) => p.name === 'ORG');
  return {
    name: unescapeValue(fn?.value ?? '').trim() || (n ? nameFromN(n.value) : null),
    phones: phones.filter((p) => p.number !== ''),
    emails: props
      .filter((p) => p.name === 'EMAIL')
      .map((p) => unescapeValue(p.value).trim())
      .filter(Boolean),
    org: org ? splitUnescaped(org.value, ';').filter(Boolean).join(', ') || null : null,
  };
}

/** N = family;given;additional;prefixes;suffixes → "prefixes given additional family suffixes". */
function nameFromN(value: string): string | null {
  const [family = '', given = '', additional = '', prefix = '', suffix = ''] = splitUnescaped(
    value,
    ';',
  );
  return (
    [prefix, given, additional, family, suffix]
      .map((part) => part.replace(/,/g, ' ').trim())
      .filter(Boolean)
      .join(' ') || null
  );
}

function typesOf(p: Property): string[] {
  const types = [...(p.params.get('TYPE') ?? []), ...(p.params.get('') ?? [])];
  return [
    ...new Set(
      types
        .flatMap((t) => t.split(','))
        .map((t) => t.trim().toUpperCase())
        .filter(Boolean),
    ),
  ];
}

/** `[group.]NAME[;param…]:value`; the first colon outside double quotes ends the name part. */
function parseLine(line: string): Property | null {
  let quoted = false;
  let colon = -1;
  for (let i = 0; i < line.length && colon === -1; i++) {
    if (line[i] === '"') quoted = !quoted;
    else if (line[i] === ':' && !quoted) colon = i;
  }
  if (colon <= 0) return null;
  const [head = '', ...rawParams] = line.slice(0, colon).split(';');
  const dot = head.lastIndexOf('.');
  const params = new Map<string, string[]>();
  for (const raw of rawParams) {
    const eq = raw.indexOf('=');
    // vCard 2.1 writes bare types (`TEL;CELL:`); keep them under ''.
    const key = eq === -1 ? '' : raw.slice(0, eq).trim().toUpperCase();
    const value = (eq === -1 ? raw : raw.slice(eq + 1)).replace(/^"|"$/g, '');
    params.set(key, [...(params.get(key) ?? []), value]);
  }
  return {
    group: dot === -1 ? null : head.slice(0, dot),
    name: head
      .slice(dot + 1)
      .trim()
      .toUpperCase(),
    params,
    value: line.slice(colon + 1),
  };
}

/** Splits on separators not escaped with a backslash, then unescapes each part. */
function splitUnescaped(value: string, separator: string): string[] {
  const parts: string[] = [];
  let part = '';
  for (let i = 0; i < value.length; i++) {
    const ch = value[i] ?? '';
    if (ch === '\\' && i + 1 < value.length) {
      part += ch + (value[i + 1] ?? '');
      i += 1;
    } else if (ch === separator) {
      parts.push(unescapeValue(part));
      part = '';
    } else part += ch;
  }
  return [...parts, unescapeValue(part)];
}

/** RFC 6350 §3.4: `\\`, `\,`, `\;`, `\n`/`\N`. */
function unescapeValue(value: string): string {
  return value.replace(/\\([\\,;nN])/g, (_, ch: string) => (ch === 'n' || ch === 'N' ? '\n' : ch));
}
