// <trp-quick-exit> in a real browser, leaving for real, in each engine (Chromium, Firefox, WebKit;
// BROWSERS names some): a click or Shift pressed three times replaces the page with the
// destination (the history does not grow, and Back skips the page), while typing capital letters,
// or pressing Shift alone, in a form field does not leave. Tab reaches its button first, in WebKit
// too with Safari's default of Tab skipping links.
import {after, before, describe, test} from 'node:test';
import assert from 'node:assert/strict';
import puppeteer from 'puppeteer-core';
import {remote} from 'webdriverio';
import {servePages, useServer} from '../support/browser-harness.mjs';
import {chromiumLaunchOptions, engineNames, firefoxLaunchOptions, startWebKitDriver, webDriverKey} from '../support/engines.mjs';

const page = (title, body = '', head = '') => ({
  type: 'html',
  body: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title>${head}</head><body>${body}</body></html>`,
});

/** Three local pages: where the reader came from, the page with the button, and the destination. */
const pages = {
  '/exit/start.html': () => page('Start', '<p>Start</p>'),
  '/exit/away.html': () => page('Away', '<p>Away</p>'),
  '/exit/help.html': ({origin}) =>
    page(
      'Help',
      `<trp-quick-exit href="${origin}/exit/away.html"></trp-quick-exit><label>Your name <input id="name"></label>`,
      '<script type="module" src="/dist/trp-widgets.js"></script>'
    ),
};

const server = useServer({
  rootDir: new URL('../..', import.meta.url).pathname,
  middleware: [servePages(pages)],
});

/**
 * A tab, whatever drives it: puppeteer-core (Chromium over CDP, Firefox over WebDriver BiDi) or
 * webdriverio (WebKit over WebDriver). Keys are named as WebDriver and puppeteer both know them.
 */
const drivers = {
  async puppeteer(launchOptions) {
    const browser = await puppeteer.launch(launchOptions);
    return {
      async tab() {
        const tab = await browser.newPage();
        return {
          goto: (url) => tab.goto(url),
          run: (fn) => tab.evaluate(fn),
          // The page's own address, and Back as the reader's: over WebDriver BiDi, puppeteer does not
          // see Firefox restore a page from its back-forward cache (its url() stays, goBack() waits).
          url: () => tab.evaluate(() => location.href),
          back: () => tab.evaluate(() => history.back()),
          click: async (selector) => (await tab.waitForSelector(selector)).click(),
          focus: (selector) => tab.focus(selector),
          down: (key) => tab.keyboard.down(key),
          up: (key) => tab.keyboard.up(key),
          close: () => tab.close(),
        };
      },
      close: () => browser.close(),
    };
  },
  async webdriver() {
    // As Safari has it by default: Tab moves between form controls, not to links.
    const webKit = await startWebKitDriver({args: ['--enable-tabs-to-links=false']});
    const driver = await remote(webKit.options);
    const key = (type, value) => driver.performActions([{type: 'key', id: 'keyboard', actions: [{type, value: webDriverKey(value).toLowerCase()}]}]);
    return {
      async tab() {
        return {
          goto: (url) => driver.url(url),
          run: (fn) => driver.execute(fn),
          url: () => driver.getUrl(),
          back: () => driver.back(),
          click: async (selector) => {
            const [host, part] = selector.split(' >>> ');
            await (await driver.$(host).shadow$(part)).click();
          },
          focus: (selector) => driver.execute((found) => document.querySelector(found).focus(), selector),
          down: (value) => key('keyDown', value),
          up: (value) => key('keyUp', value),
          close: () => driver.url('about:blank'),
        };
      },
      async close() {
        await driver.deleteSession();
        webKit.stop();
      },
    };
  },
};

const engines = {
  chromium: async () => drivers.puppeteer(await chromiumLaunchOptions()),
  firefox: async () => drivers.puppeteer(await firefoxLaunchOptions()),
  webkit: () => drivers.webdriver(),
};

/** Waits, up to 10 seconds, until the tab shows `path` (while it navigates, its address cannot be read). */
async function until(tab, path) {
  const at = () => tab.url().then((url) => new URL(url).pathname, () => undefined);
  for (let waited = 0; (await at()) !== path; waited += 50) {
    if (waited > 10_000) throw new Error(`still at ${await at()}, not ${path}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

const press = async (tab, key) => {
  await tab.down(key);
  await tab.up(key);
};

for (const name of engineNames()) {
  describe(`in ${name}`, () => {
    let browser;
    before(async () => {
      browser = await engines[name]();
    });
    after(() => browser?.close());

    /** A tab that came to the help page from the start page, and its history length there. */
    async function openHelpPage() {
      const tab = await browser.tab();
      await tab.goto(`${server.base}/exit/start.html`);
      await tab.goto(`${server.base}/exit/help.html`);
      for (let waited = 0; !(await tab.run(() => customElements.get('trp-quick-exit')?.name !== undefined && document.querySelector('trp-quick-exit').shadowRoot?.querySelector('[part="button"]') !== null)); waited += 50) {
        if (waited > 10_000) throw new Error('the quick exit did not render');
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      tab.historyBefore = await tab.run(() => history.length);
      return tab;
    }

    async function assertLeftWithoutTrace(tab) {
      await until(tab, '/exit/away.html');
      assert.equal(await tab.run(() => history.length), tab.historyBefore, 'the help page was replaced, not added to');
      await tab.back();
      await until(tab, '/exit/start.html');
    }

    test('a click leaves for the destination, and Back does not return to the page', async () => {
      const tab = await openHelpPage();
      await tab.click('trp-quick-exit >>> [part="button"]');
      await assertLeftWithoutTrace(tab);
      await tab.close();
    });

    test('pressing Shift three times leaves the same way', async () => {
      const tab = await openHelpPage();
      for (let i = 0; i < 3; i++) await press(tab, 'Shift');
      await assertLeftWithoutTrace(tab);
      await tab.close();
    });

    test('Tab reaches the button first, even where Tab skips links (Safari’s default, as WebKit runs here)', async () => {
      const tab = await openHelpPage();
      await press(tab, 'Tab');
      assert.equal(await tab.run(() => document.activeElement?.shadowRoot?.activeElement?.getAttribute('part') ?? document.activeElement?.localName), 'button');
      await tab.close();
    });

    test('typing capital letters, or pressing Shift alone three times, in a form field does not leave', async () => {
      const tab = await openHelpPage();
      // Had the page started to leave, this event would have fired as the key was released.
      await tab.run(() => {
        window.exits = [];
        document.addEventListener('trp-quick-exit', (event) => window.exits.push(event.detail.trigger));
      });
      await tab.focus('#name');
      for (const letter of 'ABC') {
        await tab.down('Shift');
        await press(tab, letter);
        await tab.up('Shift');
      }
      for (let i = 0; i < 3; i++) await press(tab, 'Shift');
      assert.deepEqual(await tab.run(() => window.exits), []);
      assert.equal(new URL(await tab.url()).pathname, '/exit/help.html');
      assert.equal(await tab.run(() => document.querySelector('#name').value), 'ABC');
      await tab.close();
    });
  });
}
