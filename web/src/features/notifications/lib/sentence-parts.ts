/**
 * Splits a generated sentence into text and the people it names, so each name can be a button
 * ("show Ana's history") while the sentence itself still comes from one function.
 */

/** A name inside a sentence: who it is and how it reads. */
export interface NamePart {
  contactId: string;
  name: string;
}

export type SentencePart = string | NamePart;

// Private-use characters: never in names or sentence templates, and kept by any text cleaning.
const OPEN = '\uE000';
const CLOSE = '\uE001';
const TOKEN = /\uE000(\d+)\uE001/;

/**
 * @param describe - builds the sentence from a contact id → name function
 * @param nameOf - contact id → display name
 * @returns the sentence as parts; one plain string when the names cannot be told apart
 *   (e.g. `describe` changed the names it was given)
 */
export function sentenceParts(describe: (nameOf: (contactId: string) => string) => string, nameOf: (contactId: string) => string): SentencePart[] {
  const plain = describe(nameOf);
  const ids: string[] = [];
  const tokenised = describe((contactId) => `${OPEN}${ids.push(contactId) - 1}${CLOSE}`);
  const parts: SentencePart[] = tokenised.split(TOKEN).map((piece, i) => {
    if (i % 2 === 0) return piece;
    const contactId = ids[Number(piece)] ?? '';
    return { contactId, name: nameOf(contactId) };
  });
  const rebuilt = parts.map((p) => (typeof p === 'string' ? p : p.name)).join('');
  if (rebuilt !== plain) return [plain];
  return parts.filter((p) => p !== '');
}
