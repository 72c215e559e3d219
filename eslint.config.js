// Flat ESLint config. The one architectural rule: imports flow forms ← machines ← src.
// machines/ and forms/ are pure TypeScript (no React, no DOM framework, nothing from src/),
// so the statechart and the schemas can be tested, drawn and reused without the UI.
import js from '@eslint/js';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

const reactImports = [
  { group: ['react', 'react-dom', 'react-dom/*', 'react-router', '@xstate/react', 'react-hook-form', '@hookform/*'], message: 'machines/ and forms/ are pure TypeScript: no React.' },
];
const srcImports = { group: ['**/src', '**/src/**'], message: 'Imports flow forms ← machines ← src: nothing here may import from src/.' };
const machineImports = { group: ['**/machines', '**/machines/**'], message: 'forms/ may not import from machines/ (imports flow forms ← machines ← src).' };

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'coverage/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
    },
  },
  {
    files: ['machines/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [...reactImports, srcImports] }] },
  },
  {
    files: ['forms/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [...reactImports, srcImports, machineImports] }] },
  },
);
