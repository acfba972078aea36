import {chromeLauncher} from '@web/test-runner-chrome';
import {existsSync} from 'node:fs';

/** The system's Chromium: CHROME_PATH, else Debian's. No package downloads a browser of its own. */
const executablePath = process.env.CHROME_PATH ?? ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].find(existsSync);
if (!executablePath) throw new Error('No Chromium found: install it (apt-get install -y chromium) or set CHROME_PATH.');

const args = [
  '--headless=new',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-renderer-backgrounding',
  '--disable-background-timer-throttling',
  '--disable-backgrounding-occluded-windows',
];
if (process.getuid?.() === 0) args.push('--no-sandbox');

export default {
  files: ['build/test/**/*.test.js'],
  nodeResolve: true,
  concurrency: 1,
  testFramework: {config: {timeout: 10000}},
  browsers: [chromeLauncher({launchOptions: {executablePath, headless: true, args}})],
};
