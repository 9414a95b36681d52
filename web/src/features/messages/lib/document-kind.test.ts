import { describe, expect, it } from 'vitest';
import { documentKind } from './document-kind.ts';

describe('documentKind', () => {
  it.each([
    ['application/pdf', null, 'pdf'],
    ['application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', null, 'sheet'],
    ['application/vnd.ms-excel', null, 'sheet'],
    ['text/csv', null, 'sheet'],
    ['application/vnd.openxmlformats-officedocument.wordprocessingml.document', null, 'doc'],
    ['application/msword', null, 'doc'],
    ['text/plain; charset=utf-8', null, 'doc'],
    ['application/vnd.openxmlformats-officedocument.presentationml.presentation', null, 'slides'],
    ['application/zip', null, 'zip'],
    ['application/x-7z-compressed', null, 'zip'],
    ['application/octet-stream', 'report.XLSX', 'sheet'],
    [null, 'archive.tar.gz', 'zip'],
    ['application/octet-stream', 'firmware.bin', 'generic'],
    [null, null, 'generic'],
  ] as const)('%s %s → %s', (mime, name, kind) => expect(documentKind(mime, name)).toBe(kind));
});
