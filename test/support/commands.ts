/**
 * What a test asks the browser's automation to do, carried out in each engine by
 * test/support/engines.mjs; where an engine cannot, the command fails and the test skips that engine
 * (skipIn), saying why.
 */
import {executeServerCommand} from '@web/test-runner-commands';

export type Engine = 'chromium' | 'firefox' | 'webkit';

/** The engine these tests run in. */
export const engine: Engine = /Firefox\//.test(navigator.userAgent)
  ? 'firefox'
  : /Chrom(e|ium)\//.test(navigator.userAgent) // HeadlessChrome/… too
    ? 'chromium'
    : 'webkit';

/** Skips the running test (or hook's block) in the engines named; the caller says why. */
export function skipIn(test: Mocha.Context, ...engines: Engine[]): void {
  if (engines.includes(engine)) test.skip();
}

const send = (command: string, payload?: unknown) => executeServerCommand(`trp:${command}`, payload);

/** A key as the reader presses it: `{press: 'Tab'}`, `{down: 'Shift'}`, `{up: 'Shift'}`, `{type: 'hello'}`. */
export const sendKeys = (keys: {press: string} | {down: string} | {up: string} | {type: string}) => send('keys', keys);

/** A click at a point of the viewport, in CSS pixels. */
export const sendMouse = (mouse: {type: 'click'; position: [number, number]}) => send('mouse', mouse);

/** The size of the viewport, in CSS pixels. */
export const setViewport = (viewport: {width: number; height: number}) => send('viewport', viewport);

/**
 * The media type and media features, `forced-colors` included; each call replaces the previous
 * emulation, and `{}` resets it. Chromium (DevTools protocol) and Firefox (the overrides its
 * developer tools use): `print`, `screen`, `prefers-color-scheme`, `prefers-reduced-motion` and
 * `forced-colors: active`. Not WebKit: WebDriver has no command for it, and WebKitGTK takes the
 * reader's settings when it starts (test/node/reader-settings.test.mjs tests them there).
 */
export const emulateMedia = (media: {media?: 'screen' | 'print'; features?: Record<string, string>}) => send('media', media);

/** The page's time zone (`America/Vancouver`); `{}` goes back to the browser's. */
export const emulateTimeZone = (zone: {timezoneId?: string}) => send('timeZone', zone);

/**
 * The messages the browser itself wrote to the console since the last call (the first call
 * starts recording). Chromium only: the others' automation does not hand them over.
 */
export const browserLog = () => send('browserLog') as Promise<string[]>;
