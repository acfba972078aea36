// <trp-quick-exit> in a real browser, leaving for real: a click or Shift pressed three times
// replaces the page with the destination (the history does not grow, and Back skips the page),
// while typing capital letters, or pressing Shift alone, in a form field does not leave.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {useServerAndBrowser} from './browser-harness.mjs';


const page = (title, body = '', head = '') =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title>${head}</head><body>${body}</body></html>`;

/** Three local pages: where the reader came from, the page with the button, and the destination. */
const pages = {
  '/exit/start.html': () => page('Start', '<p>Start</p>'),
  '/exit/away.html': () => page('Away', '<p>Away</p>'),
  '/exit/help.html': (origin) =>
    page(
      'Help',
      `<trp-quick-exit href="${origin}/exit/away.html"></trp-quick-exit><label>Your name <input id="name"></label>`,
      '<script type="module" src="/dist/trp-widgets.js"></script>'
    ),
};

const harness = useServerAndBrowser({
  rootDir: new URL('../..', import.meta.url).pathname,
  middleware: [
    (context, next) => {
      const make = pages[context.path];
      if (!make) return next();
      context.type = 'html';
      context.body = make(context.origin);
      return undefined;
    },
  ],
});

/** A tab that came to the help page from the start page, and its history length there. */
async function openHelpPage() {
  const tab = await harness.browser.newPage();
  await tab.goto(`${harness.base}/exit/start.html`);
  await tab.goto(`${harness.base}/exit/help.html`, {waitUntil: 'networkidle0'});
  await tab.waitForFunction(() => customElements.get('trp-quick-exit') !== undefined);
  tab.historyBefore = await tab.evaluate(() => history.length);
  return tab;
}

async function assertLeftWithoutTrace(tab) {
  assert.equal(new URL(tab.url()).pathname, '/exit/away.html');
  assert.equal(await tab.evaluate(() => history.length), tab.historyBefore, 'the help page was replaced, not added to');
  await tab.goBack();
  assert.equal(new URL(tab.url()).pathname, '/exit/start.html', 'Back skips the help page');
}

test('a click leaves for the destination, and Back does not return to the page', async () => {
  const tab = await openHelpPage();
  const button = await tab.waitForSelector('trp-quick-exit >>> [part="button"]');
  await Promise.all([tab.waitForNavigation(), button.click()]);
  await assertLeftWithoutTrace(tab);
  await tab.close();
});

test('pressing Shift three times leaves the same way', async () => {
  const tab = await openHelpPage();
  await tab.keyboard.press('Shift');
  await tab.keyboard.press('Shift');
  await Promise.all([tab.waitForNavigation(), tab.keyboard.press('Shift')]);
  await assertLeftWithoutTrace(tab);
  await tab.close();
});

test('typing capital letters, or pressing Shift alone three times, in a form field does not leave', async () => {
  const tab = await openHelpPage();
  // Had the page started to leave, this event would have fired as the key was released.
  await tab.evaluate(() => {
    window.exits = [];
    document.addEventListener('trp-quick-exit', (event) => window.exits.push(event.detail.trigger));
  });
  await tab.focus('#name');
  for (const letter of 'ABC') {
    await tab.keyboard.down('Shift');
    await tab.keyboard.press(letter);
    await tab.keyboard.up('Shift');
  }
  for (let i = 0; i < 3; i++) await tab.keyboard.press('Shift');
  assert.deepEqual(await tab.evaluate(() => window.exits), []);
  assert.equal(new URL(tab.url()).pathname, '/exit/help.html');
  assert.equal(await tab.$eval('#name', (input) => input.value), 'ABC');
  await tab.close();
});
