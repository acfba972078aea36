// `npm run lint`: ESLint with the Lit rules (eslint-plugin-lit) and the accessibility rules for
// Lit templates (eslint-plugin-lit-a11y), over the TypeScript sources and tests and the scripts.
import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import litA11y from 'eslint-plugin-lit-a11y';

export default tseslint.config(
  {ignores: ['build/', 'dist/', 'node_modules/', 'src/generated/']},
  {
    files: ['src/**/*.ts', 'test/**/*.ts'],
    extends: [tseslint.configs.recommended, lit.configs['flat/recommended'], litA11y.configs.recommended],
    rules: {
      // Beyond the recommended sets: Lit patterns that cost speed or size.
      'lit/no-template-bind': 'error',
      'lit/no-useless-template-literals': 'error',
      'lit/no-this-assign-in-render': 'error',
      'lit/prefer-static-styles': 'error',
    },
  },
  {
    // Tests feed hostile attribute text on purpose (markup, `javascript:`, bidi controls).
    files: ['test/**/*.ts'],
    rules: {
      'lit/attribute-value-entities': 'off',
      'lit/no-useless-template-literals': 'off',
      // Tests feed hostile links (javascript:, data:) on purpose, to prove they are never followed.
      'lit-a11y/anchor-is-valid': 'off',
    },
  },
  {
    files: ['scripts/**/*.mjs', 'test/node/**/*.mjs', '*.mjs'],
    extends: [tseslint.configs.recommended],
  }
);
