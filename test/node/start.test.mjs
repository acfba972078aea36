// `npm start` (scripts/start.mjs) when port 8000 is busy: the demo comes up on another port, and
// the address printed is the one it is served at. `--no-build` serves the build `npm test` has just
// made, so that the test does not build again.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {spawn} from 'node:child_process';
import {once} from 'node:events';
import {createServer} from 'node:net';
import {resolve} from 'node:path';

const root = resolve(import.meta.dirname, '../..');

/** Holds `port` until released; when something else already holds it, it is just as busy. */
async function occupy(port) {
  const server = createServer();
  const listening = new Promise((done) => {
    server.once('error', () => done(false));
    server.listen({port}, () => done(true));
  });
  return (await listening) ? () => new Promise((done) => server.close(done)) : async () => {};
}

test('npm start serves the demo on the next free port when 8000 is busy, and prints that address', async (t) => {
  const release = await occupy(8000);
  t.after(release);
  const env = {...process.env};
  delete env.PORT;
  const start = spawn(process.execPath, ['scripts/start.mjs', '--no-build'], {cwd: root, stdio: ['ignore', 'pipe', 'pipe'], env});
  const exited = once(start, 'exit');
  t.after(async () => {
    if (start.exitCode === null) {
      start.kill('SIGINT');
      await exited;
    }
  });

  let output = '';
  start.stderr.on('data', (chunk) => (output += chunk));
  const address = await new Promise((done, fail) => {
    start.stdout.on('data', (chunk) => {
      output += chunk;
      const found = output.match(/http:\/\/localhost:(\d+)\/demo\//);
      if (found) done(found);
    });
    exited.then(([code]) => fail(new Error(`npm start exited (${code}) before printing an address:\n${output}`)));
  });

  const port = Number(address[1]);
  assert.notEqual(port, 8000);
  assert.match(output, /Port 8000 is in use: the demo will be on port \d+\./);
  assert.doesNotMatch(output, /EADDRINUSE/);
  const response = await fetch(address[0]);
  assert.equal(response.status, 200);
  assert.ok(response.headers.get('content-security-policy'), 'the demo is served with its policy');
  assert.match(await response.text(), /<trp-[a-z-]+/);
});
