// For the Node tests that drive a browser: a dev server serving the project (plus any pages the
// test adds through middleware) and the system's Chromium, started once and stopped after.
import {after, before} from 'node:test';
import {startDevServer} from '@web/dev-server';
import puppeteer from 'puppeteer-core';

/**
 * Starts the server and the browser before the file's tests and stops them after. The returned
 * object's `base` (the server's origin) and `browser` are set once the tests start.
 */
export function useServerAndBrowser(config) {
  const harness = useServer(config);
  before(async () => {
    // Imported here: lib/chromium.mjs throws at once where there is no Chromium.
    const {chromiumArgs, executablePath} = await import('../../lib/chromium.mjs');
    harness.browser = await puppeteer.launch({executablePath, headless: true, args: chromiumArgs});
  });
  after(() => harness.browser?.close());
  return harness;
}

/**
 * A dev-server middleware that answers the paths of `pages` itself: each maps a path to a function
 * of the request's context that returns `{type, body}`; other paths go on to the files.
 */
export const servePages = (pages) => (context, next) => {
  const make = pages[context.path];
  if (!make) return next();
  Object.assign(context, make(context));
  return undefined;
};

/** The server alone, for tests that start their own browsers: `base` is set once the tests start. */
export function useServer(config) {
  const harness = {base: '', browser: undefined};
  let server;
  before(async () => {
    server = await startDevServer({config: {...config, port: 0}, readCliArgs: false, readFileConfig: false, logStartMessage: false});
    harness.base = `http://localhost:${server.server.address().port}`;
  });
  after(() => server?.stop());
  return harness;
}
