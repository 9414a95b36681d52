/**
 * Which icon a document gets, from its MIME type (else its file name's extension).
 */

export type DocumentKind = 'pdf' | 'sheet' | 'doc' | 'slides' | 'zip' | 'generic';

const BY_EXTENSION: Record<string, DocumentKind> = {
  pdf: 'pdf',
  xls: 'sheet',
  xlsx: 'sheet',
  ods: 'sheet',
  csv: 'sheet',
  tsv: 'sheet',
  doc: 'doc',
  docx: 'doc',
  odt: 'doc',
  rtf: 'doc',
  txt: 'doc',
  md: 'doc',
  ppt: 'slides',
  pptx: 'slides',
  odp: 'slides',
  key: 'slides',
  zip: 'zip',
  rar: 'zip',
  '7z': 'zip',
  gz: 'zip',
  tgz: 'zip',
  tar: 'zip',
  bz2: 'zip',
  xz: 'zip',
};

/**
 * @param mimetype - `media.mimetype`, e.g. `application/pdf`
 * @param filename - `media.filename`, used when the MIME type says nothing specific
 */
export function documentKind(
  mimetype: string | null | undefined,
  filename: string | null | undefined,
): DocumentKind {
  const mime = (mimetype ?? '').toLowerCase().split(';')[0]?.trim() ?? '';
  if (mime === 'application/pdf') return 'pdf';
  if (/spreadsheet|excel|csv|tab-separated/.test(mime)) return 'sheet';
  if (/presentation|powerpoint/.test(mime)) return 'slides';
  if (/wordprocessing|msword|opendocument\.text|rtf|^text\/plain/.test(mime)) return 'doc';
  if (/zip|compressed|x-rar|x-7z|x-tar|gzip|x-bzip/.test(mime)) return 'zip';
  const extension = /\.([a-z0-9]{1,5})$/i.exec(filename ?? '')?.[1]?.toLowerCase();
  return (extension && BY_EXTENSION[extension]) || 'generic';
}
