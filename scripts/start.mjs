// `npm start`: builds, then serves the demo (web-dev-server.config.mjs) and prints its address.
//
// The port is 8000, or the one asked for (`npm start -- --port 9000`, or `PORT=9000 npm start`);
// when it is taken, the next free one. The port is looked for before the build, so that a busy
// port is known at once rather than after the build. `npm start -- --no-build` serves the last
// build as it is.
import {spawnSync} from 'node:child_process';
import {createServer} from 'node:net';
import {startDevServer} from '@web/dev-server';
import config from '../web-dev-server.config.mjs';

const args = process.argv.slice(2);
const valueOf = (name) => {
  const index = args.indexOf(name);
  return index >= 0 ? args[index + 1] : args.find((arg) => arg.startsWith(`${name}=`))?.slice(name.length + 1);
};
const askedText = valueOf('--port') ?? (process.env.PORT || String(config.port));
const asked = Number(askedText);
if (!/^\d+$/.test(askedText) || asked > 65535) {
  console.error(`npm start: "${askedText}" is not a port number (0 to 65535).`);
  process.exit(1);
}

/** Whether nothing listens on `port`: tried as the dev server listens, on every interface. */
function isFree(port) {
  return new Promise((resolve) => {
    const probe = createServer();
    probe.once('error', () => resolve(false));
    probe.listen({port}, () => probe.close(() => resolve(true)));
  });
}

/** `from`, or the first free port after it (0 lets the system choose). */
async function freePort(from) {
  if (from === 0) return 0;
  for (let port = from; port <= Math.min(from + 100, 65535); port++) {
    if (await isFree(port)) return port;
  }
  console.error(`npm start: ports ${from} to ${Math.min(from + 100, 65535)} are all in use; choose another with \`npm start -- --port NUMBER\`.`);
  return process.exit(1);
}

let port = await freePort(asked);
if (port !== asked) console.log(`Port ${asked} is in use: the demo will be on port ${port}.`);

if (!args.includes('--no-build')) {
  // Through the npm that runs this script, when there is one.
  const npm = process.env.npm_execpath ? [process.execPath, process.env.npm_execpath] : ['npm'];
  const build = spawnSync(npm[0], [...npm.slice(1), 'run', 'build'], {stdio: 'inherit'});
  if (build.status !== 0) process.exit(build.status ?? 1);
  // Taken during the build? Move on again.
  const after = await freePort(port);
  if (after !== port) console.log(`Port ${port} was taken during the build: the demo will be on port ${after}.`);
  port = after;
}

const server = await startDevServer({config: {...config, port}, readCliArgs: false, readFileConfig: false, logStartMessage: false});
console.log(`trp-widgets demo: http://localhost:${server.server.address().port}/demo/ (Ctrl+C to stop)`);
