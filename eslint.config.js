// Lint rules: strict TypeScript, text-only rendering, and the import walls between contexts.
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const BROWSER_GLOBALS = [
  'window',
  'document',
  'chrome',
  'browser',
  'CSS',
  'indexedDB',
  'fetch',
  'XMLHttpRequest',
  'localStorage',
  'navigator',
  'location',
  'Highlight',
  'performance',
];

const noHtmlInjection = [
  { selector: "AssignmentExpression[left.property.name='innerHTML']", message: 'Render text, never HTML.' },
  { selector: "AssignmentExpression[left.property.name='outerHTML']", message: 'Render text, never HTML.' },
  {
    selector: "CallExpression[callee.property.name='insertAdjacentHTML']",
    message: 'Render text, never HTML.',
  },
  { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'Render text, never HTML.' },
  { selector: "CallExpression[callee.name='eval']", message: 'No eval.' },
  { selector: "NewExpression[callee.name='Function']", message: 'No new Function.' },
];

export default tseslint.config(
  { ignores: ['dist/**', 'dist-firefox/**', 'node_modules/**', 'test-results/**', 'seeds/**'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node, ...globals.webextensions } },
    rules: {
      'no-restricted-syntax': ['error', ...noHtmlInjection],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-non-null-assertion': 'error',
    },
  },
  {
    files: ['src/core/**/*.ts'],
    ignores: ['src/core/**/*.test.ts'],
    rules: {
      'no-restricted-globals': [
        'error',
        ...BROWSER_GLOBALS.map((name) => ({ name, message: 'core/ is pure: pass what you need in.' })),
      ],
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['node:*', 'fs', 'path', 'url', 'crypto'], message: 'core/ runs in the browser too.' },
            {
              group: ['dexie', 'preact', 'preact/*', 'webextension-polyfill'],
              message: 'core/ is pure logic.',
            },
            {
              group: [
                '**/platform/**',
                '**/db/**',
                '**/content/**',
                '**/background/**',
                '**/sidepanel/**',
                '**/options/**',
                '**/cli/**',
              ],
              message: 'core/ imports only core/.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/content/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/db/**', 'dexie'],
              message: 'The content script never opens the database (MatcherIndex only).',
            },
            { group: ['preact', 'preact/*'], message: 'Keep the content script small.' },
          ],
        },
      ],
    },
  },
  {
    files: [
      'src/sidepanel/**/*.{ts,tsx}',
      'src/options/**/*.{ts,tsx}',
      'src/db/**/*.ts',
      'src/background/**/*.ts',
    ],
    ignores: ['**/*.test.ts', '**/*.test.tsx'],
    rules: {
      'no-restricted-globals': [
        'error',
        { name: 'chrome', message: 'Use src/platform/, the one seam over browser APIs.' },
      ],
    },
  },
);
