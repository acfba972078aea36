// The browser suite: the built tests (build/test/), in Chromium, Firefox and WebKit
// (test/support/engines.mjs; BROWSERS=webkit or firefox,webkit… for some), with the test server's
// own pages (test/support/test-server.mjs).
import {browsers, engineCommands} from './test/support/engines.mjs';
import {delivery, hostPages, serverRenderedPages} from './test/support/test-server.mjs';

export default {
  files: ['build/test/**/*.test.js'],
  nodeResolve: true,
  // Lit's development build (the tests use it) announces itself once per file: only that is dropped.
  filterBrowserLogs: ({type, args}) => !(type === 'warn' && typeof args[0] === 'string' && args[0].startsWith('Lit is in dev mode.')),
  concurrency: 1,
  testFramework: {config: {timeout: 10000}},
  middleware: [hostPages, delivery, serverRenderedPages],
  plugins: [engineCommands()],
  browsers: await browsers(),
};
