#!/usr/bin/env node
/**
 * `npm test`: typecheck, lint (ESLint + the dependency-cruiser cycle check), format check
 * (Prettier), Vitest (server + web), build, then Playwright e2e against the built app in demo
 * mode. Every stage runs even if an earlier one failed, and the last line is always
 * `N passed, N failed` (the typecheck, lint, format check and build count as one check each).
 * Exit code 1 on any failure.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const out = mkdtempSync(join(tmpdir(), 'periskope-inbox-test-'));
let passed = 0;
let failed = 0;

function run(label, command, args, env = {}) {
  console.log(`\n▶ ${label}: ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  return result.status === 0;
}

function check(label, ok) {
  if (ok) passed++;
  else {
    failed++;
    console.log(`✗ ${label} failed`);
  }
}

check('typecheck', run('typecheck', 'npx', ['tsc', '--noEmit', '-p', 'tsconfig.json']));
check('lint', run('lint', 'npm', ['run', '--silent', 'lint']));
check('format', run('format check', 'npx', ['prettier', '--check', '--log-level', 'warn', '.']));

const vitestJson = join(out, 'vitest.json');
const vitestOk = run('unit tests', 'npx', [
  'vitest',
  'run',
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=${vitestJson}`,
]);
if (existsSync(vitestJson)) {
  const report = JSON.parse(readFileSync(vitestJson, 'utf8'));
  passed += report.numPassedTests;
  failed += report.numFailedTests + (vitestOk || report.numFailedTests ? 0 : 1);
} else check('vitest', false);

const built = run('build', 'npx', ['vite', 'build', '--logLevel', 'warn']);
check('build', built);

if (built) {
  const e2eJson = join(out, 'e2e.json');
  const e2eOk = run('e2e', 'npx', ['playwright', 'test', '--reporter=list,json'], {
    PLAYWRIGHT_JSON_OUTPUT_NAME: e2eJson,
  });
  if (existsSync(e2eJson)) {
    const { stats } = JSON.parse(readFileSync(e2eJson, 'utf8'));
    passed += stats.expected + (stats.flaky ?? 0);
    failed += stats.unexpected + (e2eOk || stats.unexpected ? 0 : 1);
  } else check('e2e', false);
}

console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
