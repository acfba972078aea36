// The three engines the browser tests run in, from the system's packages (no package downloads a
// browser or a driver), and the test commands each one can carry out (test/support/commands.ts):
// - Chromium: Debian's chromium, driven by puppeteer-core over the DevTools protocol (CDP);
// - Firefox: Debian's firefox-esr, driven by puppeteer-core over WebDriver BiDi;
// - WebKit: WebKitGTK's MiniBrowser, driven by webkit2gtk-driver's WebKitWebDriver (WebDriver
//   classic), in a virtual X display of its own (Xvfb) when there is no display.
// `BROWSERS=firefox,webkit npx web-test-runner …` runs some of them only; an engine left out need
// not be installed: each is looked for only when picked.
import {spawn} from 'node:child_process';
import {existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import getPort from 'get-port';
import * as puppeteer from 'puppeteer-core';
import waitPort from 'wait-port';
import which from 'which';
import {chromeLauncher} from '@web/test-runner-chrome';
import {WebdriverLauncher} from '@web/test-runner-webdriver';
import {Key} from 'webdriverio';

const firstExisting = (paths) => paths.find((path) => path && existsSync(path));

/** A command's path: as given when it has a `/`, else the first executable of that name on PATH. */
export const onPath = (command) => which.sync(command, {nothrow: true}) ?? undefined;

/** lib/chromium.mjs's Chromium and flags (CHROME_PATH, else Debian's), or undefined when there is none. */
export async function chromium() {
  try {
    const {executablePath, chromiumArgs} = await import('../../lib/chromium.mjs');
    return existsSync(executablePath) ? {executablePath, args: chromiumArgs} : undefined;
  } catch {
    return undefined; // lib/chromium.mjs throws when it finds none
  }
}

/** The MiniBrowser of Debian's libwebkit2gtk-4.1-0 (or 4.0, 6.0), whatever the architecture. */
function miniBrowserPath() {
  if (process.env.MINIBROWSER_PATH) return firstExisting([process.env.MINIBROWSER_PATH]);
  const dirs = ['/usr/lib', '/usr/libexec'].flatMap((lib) => [lib, ...(existsSync(lib) ? readdirSync(lib).map((arch) => `${lib}/${arch}`) : [])]);
  return firstExisting(dirs.flatMap((dir) => ['webkit2gtk-4.1', 'webkit2gtk-4.0', 'webkitgtk-6.0'].map((webkit) => `${dir}/${webkit}/MiniBrowser`)));
}

const firefoxPath = () => firstExisting(process.env.FIREFOX_PATH ? [process.env.FIREFOX_PATH] : ['/usr/bin/firefox-esr', '/usr/bin/firefox']);
const webKitWebDriverPath = () => onPath(process.env.WEBKIT_WEBDRIVER_PATH ?? 'WebKitWebDriver');
const hasDisplay = () => Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);

/**
 * What each engine needs from the system: Debian's packages, each with what finds it here. WebKit
 * needs Xvfb only where there is no display.
 */
export const engineNeeds = {
  chromium: {chromium},
  firefox: {'firefox-esr': firefoxPath},
  webkit: {'libwebkit2gtk-4.1-0': miniBrowserPath, 'webkit2gtk-driver': webKitWebDriverPath, xvfb: () => hasDisplay() || onPath('Xvfb')},
};

/** The Debian packages an engine needs that this machine lacks. */
export async function missingPackages(name) {
  const missing = [];
  for (const [pkg, find] of Object.entries(engineNeeds[name])) if (!(await find())) missing.push(pkg);
  return missing;
}

/** Throws, naming the command that installs them, when an engine's packages are missing. */
async function needInstalled(name) {
  const lacking = await missingPackages(name);
  if (lacking.length) throw new Error(`${name} is not installed: apt-get install -y ${lacking.join(' ')} (as root), or leave it out with BROWSERS.`);
}

/**
 * A virtual X display, for MiniBrowser, which has no headless mode. Xvfb picks a free display
 * number itself (-displayfd), so runs side by side never collide, as `xvfb-run -a` can. With no
 * window manager, the keyboard focus is in the window under the pointer, which stays in the middle
 * of the screen: a screen smaller than the smallest window (320 × 600 at its corner) keeps the
 * page focused, as `:focus` and `:focus-visible` need, whatever size the tests give it.
 */
async function startXvfb() {
  const xvfb = spawn('Xvfb', ['-displayfd', '3', '-screen', '0', '600x400x24', '-nolisten', 'tcp'], {
    stdio: ['ignore', 'ignore', 'pipe', 'pipe'],
  });
  let errors = '';
  xvfb.stderr.on('data', (chunk) => (errors += chunk));
  const display = await new Promise((resolve, reject) => {
    xvfb.once('error', reject);
    xvfb.once('exit', (code) => reject(new Error(`Xvfb stopped (${code}): ${errors}`)));
    xvfb.stdio[3].once('data', (data) => resolve(`:${String(data).trim()}`));
  });
  return {display, stop: () => xvfb.kill()};
}

/**
 * WebKitWebDriver, ready for a session of MiniBrowser (and Xvfb when there is no display): the
 * webdriverio options to reach it, and `stop()`. `timeZone` is the browser's (TZ), for good:
 * WebDriver cannot change it later; `args` are MiniBrowser's own (`--enable-tabs-to-links=false`,
 * `--dark-mode`); `gtkSettings` are the desktop's GTK settings (`{'gtk-enable-animations': false}`),
 * which WebKitGTK reads as the reader's, when it starts only.
 */
export async function startWebKitDriver({timeZone, args = [], gtkSettings = {}} = {}) {
  await needInstalled('webkit');
  const binary = miniBrowserPath();
  // MiniBrowser's toolbar keeps its window at least 447 px wide: a GTK style sheet of its own
  // shrinks the toolbar (GTK's widgets only: WebKit draws the page's form controls itself), so
  // that the page can be 320 px wide, as on a small phone.
  const gtkConfig = mkdtempSync(join(tmpdir(), 'trp-webkit-'));
  mkdirSync(join(gtkConfig, 'gtk-3.0'));
  writeFileSync(join(gtkConfig, 'gtk-3.0', 'gtk.css'), '* { font-size: 1px; min-width: 0; min-height: 0; padding: 0; margin: 0; border-width: 0; }\n');
  const settings = Object.entries(gtkSettings).map(([name, value]) => `${name}=${value}\n`);
  if (settings.length) writeFileSync(join(gtkConfig, 'gtk-3.0', 'settings.ini'), `[Settings]\n${settings.join('')}`);
  const env = {...process.env, XDG_CONFIG_HOME: gtkConfig, ...(timeZone ? {TZ: timeZone} : {})};
  let xvfb;
  let webDriver;
  const stop = () => {
    process.off('exit', stop);
    webDriver?.kill();
    xvfb?.stop();
    rmSync(gtkConfig, {recursive: true, force: true});
  };
  // Not left running when the tests end without stopping them (an uncaught error, Ctrl+C).
  process.once('exit', stop);
  try {
    if (!hasDisplay()) {
      xvfb = await startXvfb();
      env.DISPLAY = xvfb.display;
    }
    const port = await getPort({host: '127.0.0.1'});
    webDriver = spawn(webKitWebDriverPath(), [`--port=${port}`], {env, stdio: 'ignore'});
    await new Promise((resolve, reject) => {
      webDriver.once('spawn', resolve);
      webDriver.once('error', reject);
    });
    const {open} = await waitPort({host: '127.0.0.1', port, timeout: 10_000, output: 'silent'});
    if (!open) throw new Error(`WebKitWebDriver did not start (${webDriver.exitCode ?? 'still running'})`);
    const options = {
      hostname: '127.0.0.1',
      port,
      logLevel: 'error',
      capabilities: {
        browserName: 'MiniBrowser',
        // WebKitWebDriver speaks WebDriver classic only: no BiDi session.
        'wdio:enforceWebDriverClassic': true,
        'webkitgtk:browserOptions': {binary, args: ['--automation', ...args]},
      },
    };
    return {options, stop};
  } catch (error) {
    stop();
    throw error;
  }
}

/**
 * WebKit: @web/test-runner-webdriver's launcher, which also starts WebKitWebDriver (and Xvfb when
 * there is no display) and stops them with the run. The whole browser runs in Vancouver's time
 * zone, west of UTC, where a date shown as a moment would be the day before.
 */
class WebKitLauncher extends WebdriverLauncher {
  constructor() {
    super({capabilities: {browserName: 'MiniBrowser'}});
    this.timeZone = 'America/Vancouver';
  }

  async initialize(config, testFiles) {
    await super.initialize(config, testFiles);
    this.name = 'WebKit';
  }

  async createDriverManager() {
    this.webKitDriver = await startWebKitDriver({timeZone: this.timeZone});
    this.options = this.webKitDriver.options;
    return super.createDriverManager();
  }

  /** Each test file starts in an 800×600 viewport, as in the other engines. */
  async startSession(id, url) {
    await this.ensureManagerInitialized();
    await setWebKitViewport(this.driver, {width: 800, height: 600});
    return super.startSession(id, url);
  }

  async stop() {
    await super.stop();
    this.webKitDriver?.stop();
  }
}

/**
 * WebDriver sizes the window: its frame and toolbar are measured, then taken into account. The
 * window changes size a moment after WebDriver answers: each try waits for the page to see it.
 */
async function setWebKitViewport(driver, {width, height}) {
  const inner = () => driver.execute('return [innerWidth, innerHeight]');
  let [innerWidth, innerHeight] = await inner();
  for (let attempt = 0; attempt < 5; attempt++) {
    if (innerWidth === width && innerHeight === height) return;
    const outer = await driver.getWindowRect();
    const before = [innerWidth, innerHeight];
    await driver.setWindowRect(null, null, Math.max(1, outer.width + width - innerWidth), Math.max(1, outer.height + height - innerHeight));
    for (let wait = 0; wait < 40; wait++) {
      [innerWidth, innerHeight] = await inner();
      if (innerWidth !== before[0] || innerHeight !== before[1]) break;
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
  }
  if (innerWidth !== width || innerHeight !== height) {
    throw new Error(`WebKit: the viewport is ${innerWidth}×${innerHeight}, not ${width}×${height}`);
  }
}

/** puppeteer-core's options to launch the system's Chromium (lib/chromium.mjs). */
export async function chromiumLaunchOptions() {
  await needInstalled('chromium');
  const {executablePath, args} = await chromium();
  return {executablePath, headless: true, args};
}

/** puppeteer-core's options to launch the system's Firefox (FIREFOX_PATH, else Debian's firefox-esr). */
export async function firefoxLaunchOptions() {
  await needInstalled('firefox');
  return {
    browser: 'firefox',
    executablePath: firefoxPath(),
    headless: true,
    // Lets the tests' commands reach Firefox's own process (WebDriver BiDi's `moz:scope: chrome`),
    // where the media type and the reader's settings are overridden per tab (firefoxMedia).
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      // Scroll bars over the page, as on phones and in headless Chromium, rather than beside it.
      'ui.useOverlayScrollbars': 1,
    },
  };
}

/** The engines by name: each makes its launcher. */
export const engines = {
  chromium: async () => {
    const launcher = chromeLauncher({launchOptions: await chromiumLaunchOptions()});
    launcher.name = 'Chromium';
    return launcher;
  },
  firefox: async () => chromeLauncher({puppeteer, launchOptions: await firefoxLaunchOptions()}),
  webkit: async () => {
    await needInstalled('webkit');
    return new WebKitLauncher();
  },
};

/** The engines BROWSERS names (comma-separated), by default every one. */
export function engineNames(names = process.env.BROWSERS ?? Object.keys(engines).join(',')) {
  return names.split(',').map((name) => {
    if (!engines[name.trim()]) throw new Error(`BROWSERS: unknown engine ${name}; known: ${Object.keys(engines).join(', ')}`);
    return name.trim();
  });
}

/** The launchers of the engines BROWSERS names, by default every one; a missing one stops the run at once. */
export const browsers = () => Promise.all(engineNames().map((name) => engines[name]()));

/** The engine of a test session: `chromium`, `firefox` or `webkit`. */
function engineOf(session) {
  if (session.browser.type === 'webdriver') return 'webkit';
  return session.browser.name === 'Firefox' ? 'firefox' : 'chromium';
}

const cdpSessions = new WeakMap();
/** One DevTools protocol session per Chromium page, shared by the commands that need one. */
async function cdp(page) {
  if (!cdpSessions.has(page)) cdpSessions.set(page, page.createCDPSession());
  return cdpSessions.get(page);
}

const letter = (key) => (/^Key[A-Z]$/.test(key) ? key.slice(3).toLowerCase() : key);

/** WebDriver's code for a key the tests press: webdriverio's, or the letter of `KeyA` and such. */
export const webDriverKey = (key) => Key[key] ?? letter(key);

/** Puppeteer over WebDriver BiDi knows keys by their value: `Space` is ' ', `KeyA` is 'a'. */
const bidiKey = (key) => (key === 'Space' ? ' ' : letter(key));

/**
 * What Firefox's developer tools use to simulate print and the reader's settings: overrides of a
 * tab's BrowsingContext, set from Firefox's own process (standard WebDriver BiDi has no command for
 * them), by feature, with the value that clears each one.
 */
const firefoxOverrides = {
  media: {field: 'mediumOverride', values: ['print', 'screen'], none: ''},
  'prefers-color-scheme': {field: 'prefersColorSchemeOverride', values: ['light', 'dark'], none: 'none'},
  'prefers-reduced-motion': {field: 'prefersReducedMotionOverride', values: ['reduce', 'no-preference'], none: 'none'},
  // Its `none` clears the override: an emulated `forced-colors: none` is the default here anyway.
  'forced-colors': {field: 'forcedColorsOverride', values: ['active'], none: 'none'},
};

/** Firefox: the page's media type and features as `media` asks, every other override cleared. */
async function firefoxMedia(page, {media, features = {}}) {
  const wanted = {...features, ...(media ? {media} : {})};
  const settings = {};
  for (const [name, {field, values, none}] of Object.entries(firefoxOverrides)) {
    const value = wanted[name] ?? none;
    if (value !== none && !values.includes(value)) unsupported('firefox', `emulate ${name}: ${value}`);
    settings[field] = value;
  }
  for (const name of Object.keys(wanted)) if (!firefoxOverrides[name]) unsupported('firefox', `emulate ${name}`);
  const connection = page.browser().connection;
  const tree = await connection.send('browsingContext.getTree', {'moz:scope': 'chrome', maxDepth: 0});
  // The tab's BrowsingContext, found by the id WebDriver BiDi gives its top frame (puppeteer's `_id`).
  const code = `(() => {
    const {NavigableManager} = ChromeUtils.importESModule('chrome://remote/content/shared/NavigableManager.sys.mjs');
    const context = NavigableManager.getBrowsingContextById(${JSON.stringify(page.mainFrame()._id)});
    const settings = ${JSON.stringify(settings)};
    Object.assign(context, settings);
    // A value a field does not know is ignored without an error: read them back.
    return JSON.stringify(Object.keys(settings).filter((field) => context[field] !== settings[field]));
  })()`;
  const {result} = await connection.send('script.evaluate', {expression: code, target: {context: tree.result.contexts[0].context}, awaitPromise: false});
  if (result.type !== 'success' || result.result.value !== '[]') throw new Error(`Firefox refused the media emulation ${JSON.stringify(settings)}: ${JSON.stringify(result.exceptionDetails?.text ?? result.result)}`);
  return true;
}

class Unsupported extends Error {}
const unsupported = (engine, what) => {
  throw new Unsupported(`${engine} cannot ${what} under test here: skip this test in ${engine}, saying why.`);
};

/**
 * Each command the tests send (test/commands.ts), carried out in each engine, or refused loudly
 * where the engine's automation cannot do it (the test skips that engine and says why).
 */
const commands = {
  /** `{type}`, `{press}`, `{down}` or `{up}`: a key as the reader presses it. */
  async keys({payload, session, engine, page}) {
    const [action, key] = Object.entries(payload)[0];
    if (engine === 'webkit') {
      const value = action === 'type' ? null : webDriverKey(key);
      const actions =
        action === 'type'
          ? [...key].flatMap((character) => [{type: 'keyDown', value: character}, {type: 'keyUp', value: character}])
          : [
              ...(action === 'up' ? [] : [{type: 'keyDown', value}]),
              ...(action === 'down' ? [] : [{type: 'keyUp', value}]),
            ];
      // Keys held down stay down across calls: WebDriver releases them only when asked.
      await session.browser.driver.performActions([{type: 'key', id: 'keyboard', actions}]);
      return true;
    }
    const name = engine === 'firefox' && action !== 'type' ? bidiKey(key) : key;
    await page.keyboard[action](name);
    return true;
  },

  /** The engine the runner launched for this page: `chromium`, `firefox` or `webkit`. */
  async engine({engine}) {
    return engine;
  },

  /** `{type: 'click', position: [x, y]}`: a click at that point of the viewport. */
  async mouse({payload, session, engine, page}) {
    const [x, y] = payload.position;
    if (engine === 'webkit') await session.browser.sendMouseClick(session.id, x, y);
    else await page.mouse.click(x, y);
    return true;
  },

  /** `{width, height}`: the size of the viewport, in CSS pixels. */
  async viewport({payload, session, engine, page}) {
    if (engine !== 'webkit') {
      await page.setViewport(payload);
      return true;
    }
    await setWebKitViewport(session.browser.driver, payload);
    return true;
  },

  /**
   * `{media, features}`: the media type and every media feature, including `forced-colors`,
   * which Puppeteer's own emulateMedia refuses. Each call replaces the previous emulation; `{}`
   * resets it. Chromium through the DevTools protocol, Firefox through its own overrides
   * (firefoxMedia); WebDriver (WebKit) has no such command.
   */
  async media({payload, engine, page}) {
    const reset = !payload?.media && Object.keys(payload?.features ?? {}).length === 0;
    if (engine === 'firefox') return firefoxMedia(page, payload ?? {});
    if (engine !== 'chromium') return reset || unsupported(engine, 'emulate media types or features');
    await (await cdp(page)).send('Emulation.setEmulatedMedia', {
      media: payload?.media ?? '',
      features: Object.entries(payload?.features ?? {}).map(([name, value]) => ({name, value})),
    });
    return true;
  },

  /**
   * `{timezoneId}`: the page's time zone, as a reader's device has it (`America/Vancouver`); `{}`
   * goes back to the browser's. WebKit's is set when it starts (WebKitLauncher): it takes that one only.
   */
  async timeZone({payload, session, engine, page}) {
    if (engine === 'webkit') {
      if (payload?.timezoneId && payload.timezoneId !== session.browser.timeZone) unsupported(engine, `change its time zone from ${session.browser.timeZone}`);
      return true;
    }
    await page.emulateTimezone(payload?.timezoneId || undefined);
    return true;
  },

  /**
   * The messages the browser itself wrote to the console since the last call (a script refused
   * for its integrity value, a failed request), which the page's own `console` does not see. The
   * first call starts recording. Only the DevTools protocol hands them over.
   */
  async browserLog({engine, page}) {
    if (engine !== 'chromium') unsupported(engine, 'hand over its own console messages');
    if (!browserLogs.has(page)) {
      const entries = [];
      browserLogs.set(page, entries);
      const session = await cdp(page);
      session.on('Log.entryAdded', ({entry}) => entries.push(`${entry.level}: ${entry.text}`));
      await session.send('Log.enable');
    }
    return browserLogs.get(page).splice(0);
  },
};
const browserLogs = new WeakMap();

/** The plugin that carries out `executeServerCommand('trp:NAME', payload)` for test/commands.ts. */
export function engineCommands() {
  return {
    name: 'engine-commands',
    async executeCommand({command, payload, session}) {
      const run = command.startsWith('trp:') ? commands[command.slice(4)] : undefined;
      if (!run) return undefined;
      const engine = engineOf(session);
      const page = engine === 'webkit' ? undefined : session.browser.getPage(session.id);
      return run({payload, session, engine, page});
    },
  };
}
