import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import regexp from 'eslint-plugin-regexp';
import nounsanitized from 'eslint-plugin-no-unsanitized';
import globals from 'globals';

// ARCHITECTURE §2: imports flow one way. Each folder lists the project folders it may not reach.
// src/ui holds the Preact pieces the popup and the options page share.
const layers = {
  'src/rules': ['linkedin', 'content', 'background', 'storage', 'popup', 'options', 'ui', 'shared', 'cli'],
  'src/storage': ['rules', 'linkedin', 'content', 'background', 'popup', 'options', 'ui', 'cli'],
  'src/background': ['rules', 'linkedin', 'content', 'popup', 'options', 'ui', 'cli'],
  'src/linkedin': ['content', 'background', 'storage', 'popup', 'options', 'ui', 'cli'],
  'src/content': ['background', 'storage', 'popup', 'options', 'ui', 'cli'],
  'src/popup': ['background', 'storage', 'linkedin', 'content', 'options', 'cli'],
  'src/options': ['background', 'storage', 'linkedin', 'content', 'popup', 'cli'],
  // First-run pages: the welcome page reuses the options page's controls, the practice page the content script's coach.
  'src/welcome': ['background', 'storage', 'linkedin', 'content', 'popup', 'practice', 'cli'],
  'src/practice': ['background', 'storage', 'popup', 'options', 'welcome', 'cli'],
  'src/ui': ['background', 'storage', 'linkedin', 'content', 'popup', 'options', 'cli'],
  'src/shared': ['background', 'storage', 'linkedin', 'content', 'popup', 'options', 'ui', 'cli'],
  'src/cli': ['linkedin', 'content', 'background', 'storage', 'popup', 'options', 'ui', 'shared'],
};

// The one way across: the background finds the promises in a message the user sent (src/rules/promises
// is pure and language data only; the content script keeps its budget by not carrying it).
const exceptions = { 'src/background': { rules: 'promises' } };

const restrictedImport = (dir, name) => {
  const message = `${dir} may not import from src/${name} (ARCHITECTURE §2: arrows go one way).`;
  const except = exceptions[dir]?.[name];
  if (except) return { regex: `(?:^|/)${name}(?:/(?!${except}/)|$)`, message };
  return { group: [`**/${name}/*`, `**/${name}`], message };
};

export default tseslint.config(
  { ignores: ['dist/', 'dist-firefox/', 'artifacts/', 'node_modules/', 'coverage/', 'reports/', '.stryker-tmp/'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  regexp.configs['flat/recommended'],
  nounsanitized.configs.recommended,
  {
    languageOptions: {
      globals: { ...globals.browser, ...globals.node },
      parserOptions: { ecmaVersion: 2023, sourceType: 'module' },
    },
    rules: {
      // Super-linear backtracking must never ship: the engine runs on every keystroke.
      'regexp/no-super-linear-backtracking': 'error',
      'regexp/no-super-linear-move': 'error',
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-properties': ['error',
        { property: 'innerHTML', message: 'Build DOM nodes; never parse HTML strings.' },
        { property: 'outerHTML', message: 'Build DOM nodes; never parse HTML strings.' },
        { property: 'insertAdjacentHTML', message: 'Build DOM nodes; never parse HTML strings.' },
      ],
    },
  },
  ...Object.entries(layers).map(([dir, forbidden]) => ({
    files: [`${dir}/**/*.{ts,tsx}`],
    ignores: [`${dir}/**/*.test.ts`],
    rules: {
      'no-restricted-imports': ['error', { patterns: forbidden.map((name) => restrictedImport(dir, name)) }],
    },
  })),
  {
    files: ['tests/e2e/fixtures/**/*.js'],
    languageOptions: { sourceType: 'script' },
  },
);
