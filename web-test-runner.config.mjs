import {chromeLauncher} from '@web/test-runner-chrome';
import {chromiumArgs, executablePath} from './scripts/chromium.mjs';
import {readFile} from 'node:fs/promises';

const args = ['--headless=new', ...chromiumArgs];

/** The strict policy a partner page may send; the README documents it. */
export const strictPolicy =
  "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'none'; " +
  "base-uri 'none'; object-src 'none'; require-trusted-types-for 'script'; trusted-types lit-html";

/**
 * Host pages (test/host/*.html) stand in for partner pages: sent as they are, with the strict
 * policy, and without the dev server's injected web-socket script (which no partner page has).
 * `twice.html` loads the bundle twice, so its policy lets the second copy of Lit create its
 * policy too, as the README tells partners who may load it twice.
 */
async function hostPages(context, next) {
  if (!/^\/test\/host\/[\w-]+\.html$/.test(context.path)) return next();
  const policy = context.path === '/test/host/twice.html' ? `${strictPolicy} 'allow-duplicates'` : strictPolicy;
  context.set('Content-Security-Policy', policy);
  context.set('Cache-Control', 'no-store');
  context.type = 'html';
  context.body = await readFile(new URL(`.${context.path}`, import.meta.url), 'utf8');
}

/**
 * `executeServerCommand('emulate-media-features', {media, features})`: media type and every media
 * feature in one call, including `forced-colors`, which Puppeteer's own emulateMedia refuses.
 * Each call replaces the previous emulation; `{}` resets it.
 */
function mediaFeaturesPlugin() {
  const sessions = new WeakMap();
  return {
    name: 'emulate-media-features',
    async executeCommand({command, payload, session}) {
      if (command !== 'emulate-media-features') return undefined;
      const page = session.browser.getPage(session.id);
      if (!sessions.has(page)) sessions.set(page, await page.createCDPSession());
      await sessions.get(page).send('Emulation.setEmulatedMedia', {
        media: payload?.media ?? '',
        features: Object.entries(payload?.features ?? {}).map(([name, value]) => ({name, value})),
      });
      return true;
    },
  };
}

/**
 * `executeServerCommand('emulate-time-zone', {timezoneId})`: the page's time zone, as a reader's
 * device has it (`America/Vancouver`); `{}` goes back to the machine's.
 */
function timeZonePlugin() {
  const sessions = new WeakMap();
  return {
    name: 'emulate-time-zone',
    async executeCommand({command, payload, session}) {
      if (command !== 'emulate-time-zone') return undefined;
      const page = session.browser.getPage(session.id);
      if (!sessions.has(page)) sessions.set(page, await page.createCDPSession());
      await sessions.get(page).send('Emulation.setTimezoneOverride', {timezoneId: payload?.timezoneId ?? ''});
      return true;
    },
  };
}

/**
 * The tests import Lit's development build (it checks templates and warns about misuse), which
 * announces itself once per test file. Only that announcement is dropped: every other browser
 * log, Lit's own warnings included, is still shown.
 */
function notLitDevModeNotice({type, args}) {
  return !(type === 'warn' && typeof args[0] === 'string' && args[0].startsWith('Lit is in dev mode.'));
}

export default {
  files: ['build/test/**/*.test.js'],
  nodeResolve: true,
  filterBrowserLogs: notLitDevModeNotice,
  concurrency: 1,
  testFramework: {config: {timeout: 10000}},
  middleware: [hostPages],
  plugins: [mediaFeaturesPlugin(), timeZonePlugin()],
  browsers: [chromeLauncher({launchOptions: {executablePath, headless: true, args}})],
};
