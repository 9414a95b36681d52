#!/usr/bin/env node
/**
 * Builds the SPA (web/dist) when it is missing or older than any source file it is built from,
 * so `npm start` on a fresh clone just works and a second start is instant.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const output = join(root, 'web/dist/index.html');
const inputs = [
  'web/src',
  'web/index.html',
  'vite.config.ts',
  'package-lock.json',
  'server/src/app.ts',
  'server/src/routes',
];

/** Newest modification time (ms) under a file or directory. */
function newest(path) {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...readdirSync(path).map((name) => newest(join(path, name))));
}

const built = existsSync(output) ? statSync(output).mtimeMs : 0;
const source = Math.max(
  ...inputs
    .map((p) => join(root, p))
    .filter(existsSync)
    .map(newest),
);
if (built >= source) {
  console.log('web/dist is up to date');
} else {
  console.log(built ? 'web sources changed: rebuilding web/dist' : 'web/dist missing: building it');
  execFileSync('npx', ['vite', 'build', '--logLevel', 'warn'], { cwd: root, stdio: 'inherit' });
}
