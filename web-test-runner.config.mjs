// The browser suite: the built tests (build/test/), in Chromium, Firefox and WebKit
// (test/support/engines.mjs; BROWSERS=webkit or firefox,webkit… for some), with the test server's
// own pages (test/support/test-server.mjs).
import {browsers, engineCommands} from './test/support/engines.mjs';
import {delivery, editorSaved, hostPages, serverRenderedPages} from './test/support/test-server.mjs';

/**
 * `ckeditor5`, imported by the CKEditor 5 plugin (dist/editors/ckeditor5.js) and test/editors.test.ts,
 * is CKEditor's browser build, as an import map on a partner's editor page resolves it (the package's
 * own entry imports its fifty packages one by one).
 */
const ckeditorBrowserBuild = {
  name: 'trp-ckeditor5-browser-build',
  resolveImport: ({source}) => (source === 'ckeditor5' ? '/node_modules/ckeditor5/dist/browser/ckeditor5.js' : undefined),
};

export default {
  files: ['build/test/**/*.test.js'],
  nodeResolve: true,
  // Lit's development build (the tests use it) announces itself once per file: only that is dropped.
  filterBrowserLogs: ({type, args}) => !(type === 'warn' && typeof args[0] === 'string' && args[0].startsWith('Lit is in dev mode.')),
  concurrency: 1,
  testFramework: {config: {timeout: 10000}},
  middleware: [hostPages, delivery, serverRenderedPages, editorSaved],
  plugins: [engineCommands(), ckeditorBrowserBuild],
  browsers: await browsers(),
};
