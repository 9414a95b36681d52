/**
 * The layer rules of docs/architecture.md can fail: modules planted in a throwaway folder inside
 * periskope/http (the bottom layer) break them, and the repo's own ESLint config and
 * dependency-cruiser config must say so. `npm run lint` proves the real tree is clean; this proves
 * the rules would notice if it were not.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cruise, type ICruiseOptions, type IForbiddenRuleType } from 'dependency-cruiser';
import { ESLint } from 'eslint';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
let dir: string;

const planted: Record<string, string> = {
  // A runtime cycle: import-x/no-cycle.
  'a.ts': "import { b } from './b.ts';\nexport const a = (): unknown => b;\n",
  'b.ts': "import { a } from './a.ts';\nexport const b = (): unknown => a;\n",
  // A cycle through types only: import-x skips it, dependency-cruiser must not.
  'c.ts': "import type { D } from './d.ts';\nexport interface C {\n  d?: D;\n}\n",
  'd.ts': "import type { C } from './c.ts';\nexport interface D {\n  c?: C;\n}\n",
  // http/ reaching up to the service, and around a sibling folder's index.ts.
  'up.ts':
    "import { createPeriskopeService } from '../../service.ts';\nexport const make = createPeriskopeService;\n",
  'around.ts':
    "import { chatSchema } from '../../api/schemas/chat.ts';\nexport const schema = chatSchema;\n",
  // The BFF importing the simulator outside demo wiring.
  'demo.ts':
    "import { createSimulator } from '../../../simulator/app.ts';\nexport const sim = createSimulator;\n",
  // A leaf importing nothing of ours stays clean.
  'leaf.ts': 'export const leaf = 1;\n',
};

beforeAll(() => {
  dir = mkdtempSync(join(root, 'server/src/periskope/http/planted-'));
  for (const [name, text] of Object.entries(planted)) writeFileSync(join(dir, name), text);
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the layer rules fire on planted violations', () => {
  it('ESLint reports the runtime cycle, the upward import, the bypassed index.ts and the simulator import', async () => {
    const eslint = new ESLint({ cwd: root });
    const results = await eslint.lintFiles(Object.keys(planted).map((name) => join(dir, name)));
    const found = Object.fromEntries(
      results.map((r) => [
        relative(dir, r.filePath),
        r.messages.map((m) => m.ruleId ?? `parse: ${m.message}`),
      ]),
    );
    expect(found['a.ts']).toContain('import-x/no-cycle');
    expect(found['b.ts']).toContain('import-x/no-cycle');
    expect(found['c.ts']).not.toContain('import-x/no-cycle');
    expect(found['up.ts']).toContain('import-x/no-restricted-paths');
    expect(found['around.ts']).toContain('@typescript-eslint/no-restricted-imports');
    expect(found['demo.ts']).toContain('@typescript-eslint/no-restricted-imports');
    expect(found['leaf.ts']).toEqual([]);
  }, 120_000);

  it('dependency-cruiser reports the cycle through types only', async () => {
    const config = (await import(join(root, '.dependency-cruiser.cjs'))) as {
      default: { forbidden: IForbiddenRuleType[]; options: ICruiseOptions };
    };
    const result = await cruise(
      [relative(root, dir)],
      {
        ...config.default.options,
        validate: true,
        ruleSet: { forbidden: config.default.forbidden },
      },
      undefined,
      { tsConfig: { fileName: join(root, 'tsconfig.json') } } as never,
    );
    const output = result.output as {
      summary: { violations: { rule: { name: string }; from: string; to: string }[] };
    };
    const cycles = output.summary.violations
      .filter((v) => v.rule.name === 'no-circular')
      .map((v) => relative(relative(root, dir), v.from));
    // One report per cycle, from whichever of its modules is cruised first.
    expect(cycles).toEqual(expect.arrayContaining([expect.stringMatching(/^[cd]\.ts$/)]));
    expect(cycles).not.toContain('leaf.ts');
  }, 60_000);
});
