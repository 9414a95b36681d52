/**
 * Initial JS of the built SPA: the entry `<script type="module" src>` and every
 * `<link rel="modulepreload" href>` of web/dist/index.html, each gzipped at level 9.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** One initial JS file. */
export interface BundleFile {
  /** Path as index.html references it, e.g. `/assets/index-abc123.js`. */
  path: string;
  /** Bytes on disk. */
  raw: number;
  /** Bytes gzipped (zlib level 9). */
  gzip: number;
}

/** Attribute `name` of a tag's source text, or null. */
function attribute(tag: string, name: string): string | null {
  const match = new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(tag);
  return match ? (match[1] ?? match[2] ?? match[3] ?? '') : null;
}

/**
 * @param distDir - the Vite output directory (web/dist)
 * @returns the initial JS files (entry first); sizes in bytes
 * @throws {Error} when index.html has no module entry script
 */
export function initialJs(distDir: string): BundleFile[] {
  const html = readFileSync(join(distDir, 'index.html'), 'utf8');
  const paths: string[] = [];
  for (const tag of html.match(/<script\b[^>]*>/gi) ?? []) {
    const src = attribute(tag, 'src');
    if (attribute(tag, 'type') === 'module' && src) paths.push(src);
  }
  if (paths.length === 0)
    throw new Error(`${distDir}/index.html has no <script type="module" src>`);
  for (const tag of html.match(/<link\b[^>]*>/gi) ?? []) {
    const href = attribute(tag, 'href');
    if (attribute(tag, 'rel')?.toLowerCase() === 'modulepreload' && href && !paths.includes(href))
      paths.push(href);
  }
  return paths.map((path) => {
    const bytes = readFileSync(join(distDir, path.replace(/^\//, '')));
    return { path, raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
  });
}
