/**
 * dependency-cruiser: the one check ESLint's import-x/no-cycle cannot make. import-x skips
 * type-only imports, and a cycle through types still ties two modules together, so this
 * rule forbids a cycle through any import (docs/architecture.md). Runs in `npm run lint`.
 */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'A module must not reach itself through its imports, type-only imports included.',
      from: {},
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { extensions: ['.ts', '.tsx', '.js', '.mjs'] },
  },
};
