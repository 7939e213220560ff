// ESLint over src, test, scripts and bench: typescript-eslint's type-aware recommended rules (projectService reads
// tsconfig.json), with eslint-config-prettier last so that no rule argues with Prettier's layout. The floors of
// docs/ARCHITECTURE.md are enforced here (no-restricted-imports) and by test/unit/import-graph.test.ts.
//
// Rules left out on purpose:
// - @typescript-eslint/restrict-template-expressions: messages interpolate numbers and unions of strings all the time
//   (`${count} images`); the rule's allow-lists would grow to cover every primitive and would catch nothing.
// - @typescript-eslint/require-await: an async function that implements a Promise-returning seam without awaiting
//   (Reporter.outputs on GitHub, a CommandRunner or Host stub in a test) is the plain correct form; the rule would
//   have each of them spell Promise.resolve() by hand.
// - no-explicit-any and the no-unsafe-* family (member-access, assignment, call, return, argument) in test/ only: tests
//   read and mutate JSON (the tool's --json, zip entries, registry manifests, moto's answers, task definitions) as
//   `any` and assert on it with expect(), which checks the shape at run time; a type on each parse would be a cast,
//   not a check. src/ keeps them.
// - max-len ignores strings, template literals and regular expressions: Prettier wraps code at 120 columns, and a
//   message kept on one line stays greppable; code and comments stay within 140.
// - @typescript-eslint/no-non-null-assertion is not in the chosen set (recommendedTypeChecked, not strict): with
//   noUncheckedIndexedAccess on, an index proven in range by the line above is asserted rather than re-checked.
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import tseslint from 'typescript-eslint';

/** Lines longer than this are wrapped by hand (Prettier wraps code at 120 but leaves strings and comments alone). */
const MAX_LINE = 140;

/** Only src/hosts/ knows where the run is: the rest logs through a Logger and returns results. */
const HOST_ONLY = { name: '@actions/core', message: 'only src/hosts/ talks to the runner; log through a Logger' };

export default tseslint.config(
  { ignores: ['dist/', 'generated/', 'coverage/', '.stack/', '.demo/', 'node_modules/'] },
  js.configs.recommended,
  tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: {
        process: 'readonly',
        console: 'readonly',
        Buffer: 'readonly',
        URL: 'readonly',
        setTimeout: 'readonly',
        clearTimeout: 'readonly',
        performance: 'readonly',
        structuredClone: 'readonly',
        AbortController: 'readonly',
        fetch: 'readonly',
      },
    },
    rules: {
      '@typescript-eslint/restrict-template-expressions': 'off',
      '@typescript-eslint/require-await': 'off',
      // `_name` parameters of test tables and destructured-away fields are deliberately unused.
      '@typescript-eslint/no-unused-vars': [
        'error',
        {
          argsIgnorePattern: '^_',
          varsIgnorePattern: '^_',
          destructuredArrayIgnorePattern: '^_',
          ignoreRestSiblings: true,
        },
      ],
    },
  },
  {
    files: ['src/**/*.ts'],
    ignores: ['src/hosts/**'],
    rules: { 'no-restricted-imports': ['error', { paths: [HOST_ONLY] }] },
  },
  {
    // The pure floors: no file system, no processes, no network; their callers hand them what they need.
    files: ['src/deploy-files/**/*.ts', 'src/tags.ts', 'src/outputs.ts', 'src/images.ts', 'src/preflight-rules.ts'],
    ignores: ['src/deploy-files/ecs-model.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [HOST_ONLY],
          patterns: [
            {
              regex: '^(node:)?(fs|fs/promises|child_process|net|http|https|dns)$',
              message: 'a pure module: take the text or the client as a parameter',
            },
            { regex: '^@aws-sdk/', message: 'a pure module: AWS is reached through src/ecr, src/s3' },
          ],
        },
      ],
    },
  },
  {
    files: ['test/**'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
    },
  },
  {
    files: ['**/*.{js,mjs,cjs}'],
    extends: [tseslint.configs.disableTypeChecked],
  },
  prettier,
  // After eslint-config-prettier, which turns max-len off: Prettier wraps code at 120 columns, not strings or comments.
  {
    rules: {
      'max-len': [
        'error',
        {
          code: MAX_LINE,
          ignoreUrls: true,
          ignoreStrings: true,
          ignoreTemplateLiterals: true,
          ignoreRegExpLiterals: true,
        },
      ],
    },
  },
);
