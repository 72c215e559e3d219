// Flat ESLint config. The architectural rules:
// - imports flow forms ← machines ← src: machines/ and forms/ are pure TypeScript (no React, no DOM
//   framework, nothing from src/), so the statecharts and the schemas can be tested, drawn and reused
//   without the UI;
// - inside src/ (as in bulletproof-react): the shared layers import no feature and nothing from app/;
//   a feature imports no other feature and nothing from app/; features meet in app/, which composes
//   them, or through a shared layer; no import cycles.
import js from '@eslint/js';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import importX from 'eslint-plugin-import-x';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import { readdirSync } from 'node:fs';
import tseslint from 'typescript-eslint';

const reactImports = [
  {
    group: ['react', 'react-dom', 'react-dom/*', 'react-router', '@xstate/react', 'react-hook-form', '@hookform/*'],
    message: 'machines/ and forms/ are pure TypeScript: no React.',
  },
];
const srcImports = { group: ['**/src', '**/src/**'], message: 'Imports flow forms ← machines ← src: nothing here may import from src/.' };
/** The layers every feature may use. */
const sharedLayers = ['ui', 'content', 'pdf', 'storage', 'journey', 'profile', 'pwa', 'styles'];
/** Each folder of src/features/ is one feature. */
const features = readdirSync(new URL('./src/features', import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);
const boundaryZones = [
  ...sharedLayers.map((layer) => ({
    target: `./src/${layer}`,
    from: ['./src/features', './src/app'],
    message: 'A shared layer imports no feature and nothing from app/: move what both need into a shared layer.',
  })),
  { target: './src/features', from: './src/app', message: 'A feature does not import app/: app/ composes the features.' },
  ...features.map((feature) => ({
    target: `./src/features/${feature}`,
    from: './src/features',
    except: [`./${feature}`],
    message: 'A feature does not import another feature: compose them in app/, or move what both need into a shared layer.',
  })),
];

const machineImports = { group: ['**/machines', '**/machines/**'], message: 'forms/ may not import from machines/ (imports flow forms ← machines ← src).' };

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'coverage/', 'screenshots/'] },
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
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'import-x': importX },
    settings: { 'import-x/resolver-next': [createTypeScriptImportResolver({ project: './tsconfig.json' })] },
    rules: {
      'import-x/no-restricted-paths': ['error', { zones: boundaryZones }],
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
    },
  },
  {
    // Tests may compose the whole app (render its routes) the way app/ does.
    files: ['src/**/*.test.{ts,tsx}'],
    rules: { 'import-x/no-restricted-paths': 'off' },
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
