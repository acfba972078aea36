// The system's Chromium, for the test runner, the Node tests that drive a browser and the bench:
// CHROME_PATH, else Debian's package. No package downloads a browser of its own.
import {existsSync} from 'node:fs';

export const executablePath =
  process.env.CHROME_PATH ?? ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].find(existsSync);
if (!executablePath) throw new Error('No Chromium found: install it (apt-get install -y chromium) or set CHROME_PATH.');

/**
 * Flags for headless Chromium here: no background network (the machine has none), no throttling
 * of pages in background tabs (tests wait for animation frames), and no sandbox when run as root.
 */
export const chromiumArgs = [
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-renderer-backgrounding',
  '--disable-background-timer-throttling',
  '--disable-backgrounding-occluded-windows',
  ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
];
