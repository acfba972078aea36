// npm test's first step (test/support/system-check.mjs), as a newcomer meets it: browsers and tools
// hidden the way a fresh machine lacks them (CHROME_PATH, FIREFOX_PATH, MINIBROWSER_PATH pointing at
// nothing, a PATH without Xvfb, WebKitWebDriver or apt-get, SYSTEM_CHECK_HIDE for the fonts).
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {spawnSync} from 'node:child_process';
import {chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';

const script = new URL('../support/system-check.mjs', import.meta.url).pathname;
const root = process.getuid?.() === 0;
const sudo = root ? '' : 'sudo ';

/** Runs the check with an empty PATH plus `env`; its exit status, output, and how long it took. */
function check(env, {bin} = {}) {
  const empty = mkdtempSync(join(tmpdir(), 'trp-check-'));
  try {
    const base = {...process.env, PATH: bin ?? empty};
    for (const name of ['DISPLAY', 'WAYLAND_DISPLAY', 'BROWSERS', 'CHROME_PATH', 'FIREFOX_PATH', 'MINIBROWSER_PATH', 'SYSTEM_CHECK_HIDE']) delete base[name];
    const started = Date.now();
    const run = spawnSync(process.execPath, [script], {encoding: 'utf8', env: {...base, ...env}});
    return {status: run.status, stdout: run.stdout, stderr: run.stderr, seconds: (Date.now() - started) / 1000};
  } finally {
    rmSync(empty, {recursive: true, force: true});
  }
}
const hidden = {CHROME_PATH: '/nowhere/chromium', FIREFOX_PATH: '/nowhere/firefox', MINIBROWSER_PATH: '/nowhere/MiniBrowser', SYSTEM_CHECK_HIDE: 'fonts-liberation,fonts-noto-core'};
const command = (packages) => `${sudo}apt-get update && ${sudo}apt-get install -y ${packages}`;

test('on a bare machine, stops at once with the command that installs every engine, Xvfb and the fonts', () => {
  const run = check(hidden);
  assert.equal(run.status, 1);
  assert.ok(run.stderr.includes(command('chromium firefox-esr libwebkit2gtk-4.1-0 webkit2gtk-driver xvfb fonts-liberation fonts-noto-core')), run.stderr);
  assert.ok(run.seconds < 10, `took ${run.seconds} s`);
});

test('asks only for the engines BROWSERS picks, and for Chromium, which the Node and WordPress tests use', () => {
  const run = check({...hidden, BROWSERS: 'firefox'});
  assert.equal(run.status, 1);
  assert.ok(run.stderr.includes(command('chromium firefox-esr fonts-liberation fonts-noto-core')), run.stderr);
  assert.match(run.stderr, /Chromium is needed whatever BROWSERS says/);
});

test('asks for nothing the machine has: a display makes Xvfb unneeded, an installed Firefox is found', () => {
  const run = check({...hidden, FIREFOX_PATH: undefined, BROWSERS: 'firefox,webkit', DISPLAY: ':7'});
  assert.equal(run.status, 1);
  assert.ok(run.stderr.includes(command('chromium libwebkit2gtk-4.1-0 webkit2gtk-driver fonts-liberation fonts-noto-core')), run.stderr);
});

test('passes silently where everything is installed (npm test has just checked this machine)', () => {
  const run = check({BROWSERS: 'chromium,firefox', DISPLAY: ':7'});
  assert.deepEqual({status: run.status, stdout: run.stdout, stderr: run.stderr}, {status: 0, stdout: '', stderr: ''});
});

test('as root with apt-get, installs what is missing, unattended, then checks again', {skip: !root && 'needs root'}, () => {
  const bin = mkdtempSync(join(tmpdir(), 'trp-apt-'));
  try {
    // An apt-get that only writes down how it was called: the packages stay missing.
    writeFileSync(join(bin, 'apt-get'), `#!/bin/sh\necho "$DEBIAN_FRONTEND $*" >> ${join(bin, 'calls')}\n`);
    chmodSync(join(bin, 'apt-get'), 0o755);
    const run = check({...hidden, BROWSERS: 'firefox'}, {bin});
    assert.equal(readFileSync(join(bin, 'calls'), 'utf8'), 'noninteractive update\nnoninteractive install -y chromium firefox-esr fonts-liberation fonts-noto-core\n');
    assert.equal(run.status, 1, 'still missing after apt-get');
    assert.ok(run.stderr.includes(command('chromium firefox-esr fonts-liberation fonts-noto-core')), run.stderr);
  } finally {
    rmSync(bin, {recursive: true, force: true});
  }
});

test('the browser suite takes only the engines BROWSERS picks: Firefox without Chromium; a missing one stops it at once', () => {
  const runner = (env) =>
    spawnSync(process.execPath, ['node_modules/@web/test-runner/dist/bin.js', 'build/test/engines.test.js'], {
      cwd: new URL('../..', import.meta.url),
      encoding: 'utf8',
      env: {...process.env, CHROME_PATH: '/nowhere/chromium', ...env},
      timeout: 60_000,
    });
  const loads = spawnSync(process.execPath, ['--input-type=module', '-e', "const {browsers} = await import('./test/support/engines.mjs'); console.log((await browsers()).length);"], {
    cwd: new URL('../..', import.meta.url),
    encoding: 'utf8',
    env: {...process.env, CHROME_PATH: '/nowhere/chromium', BROWSERS: 'firefox'},
  });
  assert.deepEqual({status: loads.status, stdout: loads.stdout, stderr: loads.stderr}, {status: 0, stdout: '1\n', stderr: ''});
  const started = Date.now();
  const run = runner({BROWSERS: 'firefox,chromium'});
  assert.notEqual(run.status, 0);
  assert.match(run.stderr, /chromium is not installed: apt-get install -y chromium \(as root\), or leave it out with BROWSERS/);
  assert.ok(Date.now() - started < 30_000, 'stopped before any test ran');
});
