// `npm test`'s first step: what the tests need from the system, checked in a second, before the long
// steps. The engines BROWSERS picks (test/support/engines.mjs), Chromium whatever BROWSERS says (the
// Node and WordPress tests print and drive pages with it), Liberation Sans (Arial's widths, which the
// handout's layout is measured for) and the Noto fonts (Punjabi's script).
// As root with apt-get, what is missing is installed; otherwise the check stops with the command.
// SYSTEM_CHECK_HIDE=pkg,… treats those packages as missing (for the check's own tests).
import {spawnSync} from 'node:child_process';
import {existsSync} from 'node:fs';
import {engineNames, engineNeeds, onPath} from './engines.mjs';

const needs = {
  ...engineNeeds.chromium,
  ...Object.assign({}, ...engineNames().map((name) => engineNeeds[name])),
  'fonts-liberation': () => existsSync('/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf'),
  'fonts-noto-core': () => existsSync('/usr/share/fonts/truetype/noto/NotoSansGurmukhi-Regular.ttf'),
};
const hidden = (process.env.SYSTEM_CHECK_HIDE ?? '').split(',');

async function missingPackages() {
  const missing = [];
  for (const [pkg, find] of Object.entries(needs)) if (hidden.includes(pkg) || !(await find())) missing.push(pkg);
  return missing;
}

let missing = await missingPackages();
if (missing.length === 0) process.exit(0);

const root = process.getuid?.() === 0;
if (root && onPath('apt-get')) {
  console.log(`npm test: installing ${missing.join(' ')} (Debian's packages)…`);
  const env = {...process.env, DEBIAN_FRONTEND: 'noninteractive'};
  for (const args of [['update'], ['install', '-y', ...missing]]) {
    const run = spawnSync('apt-get', args, {stdio: 'inherit', env});
    if (run.status !== 0) break;
  }
  missing = await missingPackages();
  if (missing.length === 0) process.exit(0);
}

const sudo = root ? '' : 'sudo ';
console.error(`npm test needs from the system: ${missing.join(' ')}.
Chromium is needed whatever BROWSERS says (the Node and WordPress tests use it); an engine BROWSERS leaves out is not.
Install them with:

  ${sudo}apt-get update && ${sudo}apt-get install -y ${missing.join(' ')}
`);
process.exit(1);
