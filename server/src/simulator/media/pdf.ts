/**
 * A minimal, valid one-page PDF (hand-written objects, exact xref offsets) that shows a file name.
 * Served for generated `document` messages; its byte length is the message's `media.size`.
 */

/**
 * PDF literal-string escaping; characters outside Latin-1 become `?` (standard fonts are 8-bit).
 */
function pdfText(text: string): string {
  return text.replace(/[^\x20-\x7e\xa0-\xff]/g, '?').replace(/[\\()]/g, (c) => `\\${c}`);
}

function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  for (let i = 0; i < text.length; i += width) lines.push(text.slice(i, i + width));
  return lines.length > 0 ? lines.slice(0, 12) : [''];
}

/**
 * Renders the PDF.
 * @param filename - shown on the page (wrapped at 50 characters)
 * @returns the file bytes (`%PDF-1.4` … `%%EOF`)
 */
export function renderPdf(filename: string): Buffer {
  const lines = wrap(filename, 50);
  const text = [
    'BT /F1 22 Tf 72 770 Td (Periskope simulator document) Tj ET',
    ...lines.map((line, i) => `BT /F1 14 Tf 72 ${730 - i * 20} Td (${pdfText(line)}) Tj ET`),
  ].join('\n');
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${Buffer.byteLength(text, 'latin1')} >>\nstream\n${text}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>',
  ];
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((obj, i) => {
    offsets.push(Buffer.byteLength(body, 'latin1'));
    body += `${i + 1} 0 obj\n${obj}\nendobj\n`;
  });
  const xrefAt = Buffer.byteLength(body, 'latin1');
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  body += offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('');
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xrefAt}\n%%EOF\n`;
  return Buffer.from(body, 'latin1');
}
