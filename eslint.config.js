/**
 * ESLint (flat config). `npm run lint` fails on any finding; `npm test` runs it.
 *
 * Besides correctness rules (typescript-eslint, react-hooks, jsx-a11y), the import rules encode
 * the layers drawn in docs/architecture.md:
 * - no import cycle between files (and so between folders), type-only imports included;
 * - `problem.ts` and `clock.ts` are leaves: they import nothing of ours;
 * - `periskope/` imports nothing above it (middleware, observability, routes, the app);
 *   inside it, http → api → cache → chat-index → service, each folder reached from outside
 *   only through its `index.ts`;
 * - routes, middleware and observability reach `periskope/` only through `periskope/index.ts`;
 * - the BFF imports the simulator only in its demo wiring (`upstream.ts`) and in tests;
 * - the SPA imports server code only as types (Hono's typed client contract).
 */
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import importX from 'eslint-plugin-import-x';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const TESTS = ['**/*.test.ts', '**/*.test.tsx', 'server/src/test/**', 'web/src/test/**'];

/** `message` for a zone of `import-x/no-restricted-paths`. */
const layer = (target, from, message, except) => ({
  target,
  from,
  message: `${message} (docs/architecture.md)`,
  ...(except ? { except } : {}),
});

/** Folders of periskope/ reached from a sibling folder only through their index.ts. */
const periskopeInternals = {
  regex: String.raw`^\.{1,2}/(\.\./)?(http|api|cache|chat-index)/(?!index\.ts$)`,
  message: 'Import a periskope folder through its index.ts (docs/architecture.md).',
};

export default tseslint.config(
  {
    ignores: [
      'node_modules/',
      'web/dist/',
      'test-results/',
      'playwright-report/',
      'blob-report/',
      'docs/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      ecmaVersion: 2023,
      sourceType: 'module',
      globals: { ...globals.node },
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    plugins: { 'import-x': importX },
    settings: {
      // The TypeScript resolver knows the `@/` alias of tsconfig.json; without it import-x would
      // not follow `@/…` imports and a cycle through them would pass.
      'import-x/resolver-next': [
        createTypeScriptImportResolver({ project: './tsconfig.json' }),
        importX.createNodeResolver(),
      ],
      'import-x/extensions': ['.ts', '.tsx', '.js', '.mjs'],
    },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' },
      ],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      // Type-aware where cheap: a forgotten promise is a lost error or an unhandled rejection.
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: false }],
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      'import-x/no-self-import': 'error',
      'import-x/no-useless-path-segments': 'error',
      'import-x/no-duplicates': 'error',
      'prefer-const': ['error', { ignoreReadBeforeAssign: true }],
    },
  },
  {
    // Tests may wire any layers together; the layers bind the code that ships.
    ignores: TESTS,
    rules: {
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            layer('./server/src/problem.ts', './server/src', 'problem.ts is a leaf', [
              './problem.ts',
            ]),
            layer('./server/src/clock.ts', './server/src', 'clock.ts is a leaf', ['./clock.ts']),
            layer(
              './server/src/periskope',
              [
                './server/src/middleware',
                './server/src/observability',
                './server/src/routes',
                './server/src/app.ts',
                './server/src/app-env.ts',
                './server/src/index.ts',
                './server/src/periskope-stack.ts',
                './server/src/upstream.ts',
              ],
              'periskope/ imports nothing above it',
            ),
            layer(
              ['./server/src/periskope/http'],
              [
                './server/src/periskope/api',
                './server/src/periskope/cache',
                './server/src/periskope/chat-index',
                './server/src/periskope/service.ts',
                './server/src/periskope/index.ts',
              ],
              'periskope/http is the bottom of periskope/',
            ),
            layer(
              ['./server/src/periskope/api'],
              [
                './server/src/periskope/cache',
                './server/src/periskope/chat-index',
                './server/src/periskope/service.ts',
                './server/src/periskope/index.ts',
              ],
              'periskope/api sits on http only',
            ),
            layer(
              ['./server/src/periskope/cache'],
              [
                './server/src/periskope/chat-index',
                './server/src/periskope/service.ts',
                './server/src/periskope/index.ts',
              ],
              'periskope/cache sits on api and http only',
            ),
            layer(
              ['./server/src/periskope/chat-index'],
              ['./server/src/periskope/service.ts', './server/src/periskope/index.ts'],
              'periskope/chat-index does not know the service',
            ),
            layer(
              './server/src/observability',
              ['./server/src/middleware', './server/src/routes', './server/src/app.ts'],
              'observability sits below middleware and routes',
            ),
            layer(
              './server/src/middleware',
              ['./server/src/routes', './server/src/app.ts'],
              'middleware sits below routes',
            ),
          ],
        },
      ],
    },
  },
  {
    files: ['server/src/{routes,middleware,observability}/**/*.ts', 'server/src/*.ts'],
    ignores: TESTS,
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: String.raw`(^|/)periskope/(?!index\.ts$)`,
              message: 'Outside periskope/, import it only through periskope/index.ts.',
            },
            {
              regex: String.raw`(^|/)simulator/`,
              message:
                'The BFF reaches the simulator only through its demo wiring (upstream.ts) and in tests.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['server/src/upstream.ts', 'server/src/periskope-stack.ts', 'server/src/app-env.ts'],
    rules: { '@typescript-eslint/no-restricted-imports': 'off' },
  },
  {
    files: ['server/src/periskope/**/*.ts'],
    ignores: TESTS,
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            periskopeInternals,
            {
              regex: String.raw`(^|/)simulator/`,
              message: 'periskope/ must work against the real API: never import the simulator.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['web/src/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks, 'jsx-a11y': jsxA11y },
    rules: {
      ...reactHooks.configs['recommended-latest'].rules,
      ...jsxA11y.flatConfigs.recommended.rules,
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/server/**'],
              allowTypeImports: true,
              message: 'The SPA imports server code only as types (import type …).',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['**/*.{js,mjs,cjs}'],
    extends: [tseslint.configs.disableTypeChecked],
  },
  {
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs', globals: { ...globals.node } },
  },
  prettier,
);
