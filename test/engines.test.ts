import {expect} from '@open-wc/testing';
import {executeServerCommand} from '@web/test-runner-commands';
import {engine, sendKeys, setViewport} from './support/commands.js';

/**
 * The browser suite runs in Chromium, Firefox and WebKit (test/support/engines.mjs). Tests that cannot
 * run in one engine skip it by its name: the page must know which engine it is in, and each
 * engine's automation must do what the tests ask of it.
 */
describe('the engine the tests run in', () => {
  afterEach(() => setViewport({width: 800, height: 600}));

  it('is the one the test runner launched', async () => {
    expect(engine).to.equal(await executeServerCommand('trp:engine'));
  });

  it('takes the viewport sizes the tests give it, a small phone’s included', async () => {
    for (const [width, height] of [[320, 900], [1280, 800], [390, 700]]) {
      await setViewport({width, height});
      expect([innerWidth, innerHeight, document.documentElement.clientWidth]).to.deep.equal([width, height, width]);
    }
  });

  it('moves the keyboard focus with Tab and Shift+Tab, and shows it', async () => {
    const first = document.body.appendChild(document.createElement('button'));
    const second = document.body.appendChild(document.createElement('a'));
    second.href = '#';
    try {
      first.focus();
      await sendKeys({press: 'Tab'});
      expect(document.activeElement).to.equal(second);
      expect(second.matches(':focus-visible')).to.equal(true);
      await sendKeys({down: 'Shift'});
      await sendKeys({press: 'Tab'});
      await sendKeys({up: 'Shift'});
      expect(document.activeElement).to.equal(first);
      expect(first.matches(':focus-visible')).to.equal(true);
    } finally {
      first.remove();
      second.remove();
    }
  });
});
