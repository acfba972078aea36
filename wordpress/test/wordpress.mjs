// A real WordPress, booted offline in PHP compiled to WebAssembly (@php-wasm/node), from the
// release zips that @wp-playground/wordpress-builds carries (installed, on SQLite), served over
// HTTP on 127.0.0.1 so that Chromium can open its pages.
import {createServer} from 'node:http';
import {readFileSync} from 'node:fs';
import {loadNodeRuntime} from '@php-wasm/node';
import {bootWordPressAndRequestHandler} from '@wp-playground/wordpress';

const builds = new URL('../node_modules/@wp-playground/wordpress-builds/src/', import.meta.url);
const file = (path) => new File([readFileSync(new URL(path, builds))], path.split('/').pop());

/**
 * The WordPress versions the tests run on: the oldest the plugin supports, on the oldest PHP it
 * supports, and the newest build on the npm registry (a nightly of 6.7), on PHP 8.3.
 */
export const versions = [
  {wordpress: '6.5', php: '7.4'},
  {wordpress: 'nightly', php: '8.3'},
];

/** PHP's single-quoted string literal of `text`. */
export const phpString = (text) => `'${String(text).replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;

/**
 * Boots WordPress and serves it. `run(code)` runs PHP with WordPress loaded (`code` without `<?php`)
 * and returns what it prints, failing on any PHP warning or error; `url` is the site's address.
 * @param {{wordpress: string, php: string}} version
 */
export async function startWordPress({wordpress, php: phpVersion}) {
  const server = createServer();
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${server.address().port}`;

  const handler = await bootWordPressAndRequestHandler({
    createPhpRuntime: () => loadNodeRuntime(phpVersion, {emscriptenOptions: {processId: 1}}),
    phpVersion,
    siteUrl: url,
    wordPressZip: file(`wordpress/wp-${wordpress}.zip`),
    sqliteIntegrationPluginZip: file('sqlite-database-integration/sqlite-database-integration.zip'),
    wordpressInstallMode: 'install-from-existing-files-if-needed',
    // The browser keeps its own cookies; the handler must not add the admin's to its requests.
    cookieStore: false,
    // No WP-Cron: its loopback request waits ~50 s on update checks that cannot reach wordpress.org,
    // and PHP answers one request at a time, so the pages asked for meanwhile timed out.
    constants: {DISABLE_WP_CRON: true},
  });
  const php = await handler.getPrimaryPhp();

  // The requests PHP is still answering, which may outlive the page that asked for them.
  const answering = new Set();
  server.on('request', async (request, response) => {
    const chunks = [];
    for await (const chunk of request) chunks.push(chunk);
    // WordPress's builds for PHP-WebAssembly leave out most of its static files (its own scripts,
    // styles and fonts), which a site serves as files: a 404 for them, as a server would give,
    // rather than WordPress's HTML page under a script's address.
    const path = decodeURIComponent(new URL(request.url, url).pathname);
    if (/\.(js|css|woff2?|ico|png|svg|gif|jpe?g)$/.test(path) && !php.isFile(`/wordpress${path}`)) {
      response.writeHead(404).end();
      return;
    }
    const headers = Object.fromEntries(Object.entries(request.headers).map(([key, value]) => [key, String(value)]));
    const answer = handler.request({url: request.url, method: request.method, headers, body: Buffer.concat(chunks)});
    answering.add(answer);
    const result = await answer.finally(() => answering.delete(answer));
    response.writeHead(result.httpStatusCode, result.headers);
    response.end(Buffer.from(result.bytes));
  });

  const run = async (code) => {
    const result = await php.run({code: `<?php require_once '/wordpress/wp-load.php'; ${code}`});
    if (result.errors || /(Warning|Notice|Fatal error|Deprecated)<\/b>:/.test(result.text)) {
      throw new Error(`PHP said: ${result.errors}\n${result.text}`);
    }
    return result.text;
  };

  return {
    url,
    php,
    handler,
    run,
    /** GETs `path` from the site, as a visitor: no cookie. */
    get: (path) => handler.request({url: path, method: 'GET'}),
    /** Stops serving, lets PHP finish what it is answering, then stops PHP. */
    close: async () => {
      const closed = new Promise((resolve) => server.close(resolve));
      await Promise.allSettled([...answering]);
      await new Promise((resolve) => setImmediate(resolve)); // their responses written
      server.closeAllConnections();
      await closed;
      php.exit();
    },
  };
}
