// The plugin in a real WordPress, booted offline in PHP-WebAssembly: uploaded as the zip, its blocks
// saved by an Author through WordPress's own REST API and HTML filter, its shortcodes rendered, and
// the published page opened in Chromium, where every element must render with its settings.
import {after, before, describe, test} from 'node:test';
import assert from 'node:assert/strict';
import {readdirSync, readFileSync} from 'node:fs';
import puppeteer from 'puppeteer-core';
import {chromiumArgs, executablePath} from '../../lib/chromium.mjs';
import {shadowDomScript} from '../../test/support/shadow-dom.mjs';
import {blocks, loadEditorScript, metadata, serializeBlock, useTranslations} from './editor.mjs';
import {phpString, startWordPress, versions} from './wordpress.mjs';
import {packageData} from '../build.mjs';

const dist = new URL('../../dist/', import.meta.url);
const plugin = '/wordpress/wp-content/plugins/trp-widgets';
const kebab = (name) => name.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);

/** What the Author chooses in each block's sidebar. */
const chosen = {
  'trp-widgets/quick-exit': {lang: 'fr', href: 'https://www.example.org/', safetyHref: 'https://havre.example/securite', hideNote: true, position: 'static'},
  'trp-widgets/guide': {lang: 'fr', province: 'BC', orgName: 'Services Havre sûr', phone: '613-555-0100', languages: 'en fr es'},
  'trp-widgets/permit-explainer': {lang: 'fr', headingLevel: 3},
  'trp-widgets/benefits-list': {lang: 'fr', province: 'BC', hideSource: true},
  'trp-widgets/contact-card': {
    lang: 'fr',
    orgName: 'Services Havre sûr & Cie « Refuge »',
    phone: '613-555-0100',
    email: 'aide@havre.example',
    url: 'havre.example/aide',
    hours: 'Lun–ven : 9 h à 17 h\nSam : 10 h à 14 h',
    address: '1, rue Principale\nOttawa (Ontario)',
  },
  'trp-widgets/interview-guide': {lang: 'es'},
  'trp-widgets/outcomes': {lang: 'en', headingLevel: 4},
  'trp-widgets/pathways': {lang: 'fr', hideSource: true},
};

/** The element's attributes for a block's settings: what the reference element on the page gets. */
const elementAttributes = (settings) =>
  Object.fromEntries(Object.entries(settings).map(([key, value]) => [kebab(key), value === true ? '' : String(value)]));

let browser;
before(async () => {
  browser = await puppeteer.launch({executablePath, headless: true, args: chromiumArgs});
});
after(() => browser?.close());

/**
 * Opens `url` in Chromium as a reader (no cookie), allowing requests to the site only, and waits
 * until every placeholder has its element, rendered. Returns the page and every request it made.
 */
async function openAsReader(url) {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  const requests = [];
  const errors = [];
  await page.setRequestInterception(true);
  page.on('request', (request) => {
    requests.push(request.url());
    if (new URL(request.url()).origin === new URL(url).origin || request.url().startsWith('data:')) request.continue();
    else request.abort();
  });
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(url, {waitUntil: 'load'});
  await page.waitForFunction(
    () =>
      [...document.querySelectorAll('div[data-trp]')].every((placeholder) => {
        const element = placeholder.querySelector(`trp-${placeholder.dataset.trp}`);
        return element?.shadowRoot?.textContent.trim();
      }),
    {timeout: 20000}
  );
  const dom = await page.evaluateHandle(shadowDomScript);
  await page.evaluate((dom) => dom.settledWithin(document.body), dom);
  return {page, dom, requests, errors, close: () => context.close()};
}

/**
 * The page's script tags from the plugin: each one's file in `assets/` (`trp-widgets.js`,
 * `locales/fr.js`), type, integrity value and origin, in page order.
 */
const scriptsOf = (page) =>
  page.evaluate(() =>
    [...document.querySelectorAll('script[src*="/plugins/trp-widgets/"]')].map((s) => ({
      asset: new URL(s.src).pathname.replace(/^.*\/assets\//, ''),
      type: s.type,
      integrity: s.integrity,
      origin: new URL(s.src).origin,
    }))
  );

/** The integrity value the build wrote beside dist/`asset`. */
const integrityOf = (asset) => readFileSync(new URL(`${asset}.sha384`, dist), 'utf8').trim();

/**
 * The order the plugin registers, and WordPress prints, its script modules: each language module,
 * French (Canada's other official language) first, then the bundle.
 */
const printOrder = [...Object.keys((await packageData()).exitLabels).filter((code) => code !== 'en').map((code) => `locales/${code}.js`), 'trp-widgets.js'];
const byPrintOrder = (a, b) => printOrder.indexOf(a) - printOrder.indexOf(b);

/** What a reader sees of an element: its text, through every shadow root, and its headings' levels. */
function seen(dom, element) {
  const hosts = dom.hostsWithin(element);
  return {
    text: hosts.map((host) => dom.textOf(host)).join(' '),
    headings: hosts.flatMap((host) => [...host.shadowRoot.querySelectorAll('h1, h2, h3, h4, h5, h6')].map((h) => `${h.localName} ${h.textContent.trim()}`)),
  };
}

for (const version of versions) {
  describe(`WordPress ${version.wordpress} on PHP ${version.php}`, () => {
    let wp;
    const users = {};

    /** Saves a post as `role` through the REST API, as the block editor does; returns what WordPress stored. */
    async function post(role, content, status = 'publish') {
      const out = await wp.run(`
        wp_set_current_user(${users[role]});
        $request = new WP_REST_Request('POST', '/wp/v2/posts');
        $request->set_body_params(array('title' => 'TRP', 'content' => ${phpString(content)}, 'status' => ${phpString(status)}));
        $response = rest_do_request($request);
        $data = $response->get_data();
        $id = isset($data['id']) ? $data['id'] : 0;
        echo wp_json_encode(array(
          'status' => $response->get_status(),
          'code' => isset($data['code']) ? $data['code'] : null,
          'id' => $id,
          'stored' => $id ? get_post($id)->post_content : null,
          'postStatus' => $id ? get_post($id)->post_status : null,
          'url' => $id ? get_permalink($id) : null,
        ));`);
      return JSON.parse(out);
    }

    before(async () => {
      wp = await startWordPress(version);
      wp.php.writeFile('/tmp/trp-widgets-wordpress.zip', readFileSync(new URL('trp-widgets-wordpress.zip', dist)));
      for (const role of ['administrator', 'editor', 'author', 'contributor']) {
        users[role] = Number(
          await wp.run(`
            $user = get_user_by('login', ${phpString(role)});
            echo $user ? $user->ID : wp_insert_user(array('user_login' => ${phpString(role)}, 'user_pass' => wp_generate_password(), 'user_email' => ${phpString(`${role}@example.org`)}, 'role' => ${phpString(role)}));`)
        );
      }
    });
    after(() => wp?.close());

    if (version === versions.at(-1)) {
      test('is the newest WordPress the tests run, which the readme says the plugin is “Tested up to”', async () => {
        const readme = readFileSync(new URL('../plugin/readme.txt', import.meta.url), 'utf8');
        assert.equal(/^Tested up to:\s*(.+)$/m.exec(readme)?.[1].trim(), await wp.run("echo get_bloginfo('version');"));
      });
    }

    test('an administrator uploads the zip; WordPress installs it and activates the plugin', async () => {
      const out = await wp.run(`
        require_once ABSPATH . 'wp-admin/includes/admin.php';
        require_once ABSPATH . 'wp-admin/includes/class-wp-upgrader.php';
        wp_set_current_user(${users.administrator});
        // What Plugins → Add New → Upload does with the file.
        $upgrader = new Plugin_Upgrader(new Automatic_Upgrader_Skin());
        $installed = $upgrader->install('/tmp/trp-widgets-wordpress.zip');
        $activated = activate_plugin('trp-widgets/trp-widgets.php');
        echo wp_json_encode(array(
          'installed' => $installed,
          'activated' => null === $activated,
          'plugin' => get_plugin_data(WP_PLUGIN_DIR . '/trp-widgets/trp-widgets.php', false, false),
        ));`);
      const {installed, activated, plugin: data} = JSON.parse(out);
      assert.equal(installed, true);
      assert.equal(activated, true);
      const version = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')).version;
      assert.equal(data.Name, 'TRP widgets');
      assert.equal(data.Version, version);
      assert.equal(data.RequiresWP, '6.5');
      assert.equal(data.RequiresPHP, '7.4');
      assert.equal(data.TextDomain, 'trp-widgets');

      // The bundle and the language modules, byte for byte as the build wrote them.
      assert.deepEqual(Buffer.from(wp.php.readFileAsBuffer(`${plugin}/assets/trp-widgets.js`)), readFileSync(new URL('trp-widgets.js', dist)));
      for (const file of readdirSync(new URL('locales/', dist))) {
        assert.deepEqual(Buffer.from(wp.php.readFileAsBuffer(`${plugin}/assets/locales/${file}`)), readFileSync(new URL(`locales/${file}`, dist)), file);
      }
      assert.deepEqual(
        JSON.parse(await wp.run(`echo wp_json_encode(array_keys(array_filter(WP_Block_Type_Registry::get_instance()->get_all_registered(), function ($block) { return 'trp-widgets' === $block->category; })));`)).sort(),
        [...metadata.keys()].sort()
      );
      // The editor script gets what it needs from the plugin: loaded by the editor below.
      loadEditorScript(JSON.parse(await wp.run('echo wp_json_encode(trp_widgets_editor_settings());')));
    });

    test('every block’s saved markup comes out of WordPress’s HTML filter (wp_kses_post) unchanged', async () => {
      const hostile = {
        orgName: '<img src=x onerror=alert(1)> "Refuge" & \'Cie\'',
        hours: 'Lun–ven\n9 h–17 h',
        href: 'javascript:alert(1)',
        safetyHref: 'data:text/html,x',
        url: 'javascript:alert(1)',
      };
      const cases = [];
      for (const [name, block] of metadata) {
        cases.push(serializeBlock(name, chosen[name]));
        cases.push(serializeBlock(name, Object.fromEntries(Object.keys(block.attributes).filter((key) => key in hostile).map((key) => [key, hostile[key]]))));
      }
      const filtered = JSON.parse(await wp.run(`echo wp_json_encode(array_map('wp_kses_post', json_decode(${phpString(JSON.stringify(cases))})));`));
      assert.deepEqual(filtered, cases);
    });

    test('an Author publishes every block: WordPress stores exactly what the editor saved, and the filter did run', async () => {
      const saved = [...metadata.keys()].map((name) => serializeBlock(name, chosen[name])).join('\n\n');
      // Markup only unfiltered HTML may keep: gone from the Author's post, which shows the filter ran.
      const unfiltered = '\n\n<!-- wp:html -->\n<div onclick="alert(1)">x</div><script>alert(1)</script>\n<!-- /wp:html -->';
      const result = await post('author', saved + unfiltered);
      assert.equal(result.status, 201);
      assert.equal(result.postStatus, 'publish');
      assert.equal(result.stored, saved + '\n\n<!-- wp:html -->\n<div>x</div>alert(1)\n<!-- /wp:html -->');
      // Opened again in the editor, each block is valid and has the settings the Author chose.
      const reopened = blocks.parse(result.stored).filter((block) => block.name.startsWith('trp-widgets/'));
      assert.deepEqual(
        reopened.map((block) => [block.name, block.isValid, Object.fromEntries(Object.keys(chosen[block.name]).map((key) => [key, block.attributes[key]]))]),
        [...metadata.keys()].map((name) => [name, true, chosen[name]])
      );
    });

    test('a Contributor cannot publish; what they submit for review is stored unchanged', async () => {
      const saved = serializeBlock('trp-widgets/contact-card', chosen['trp-widgets/contact-card']);
      assert.equal((await post('contributor', saved, 'publish')).status, 403);
      const pending = await post('contributor', saved, 'pending');
      assert.equal(pending.status, 201);
      assert.equal(pending.stored, saved);
    });

    test('an Author inserts the guide in French for British Columbia with their phone number, publishes, and a reader sees it', async () => {
      const guide = serializeBlock('trp-widgets/guide', {lang: 'fr', province: 'BC', phone: '613-555-0100'});
      const {url} = await post('author', guide);
      const reader = await openAsReader(url);
      try {
        const view = await reader.page.evaluate((dom) => {
          const guide = document.querySelector('div[data-trp="guide"] > trp-guide');
          const hosts = dom.hostsWithin(guide);
          return {
            lang: guide.getAttribute('lang'),
            text: hosts.map((host) => dom.textOf(host)).join(' '),
            phones: hosts.flatMap((host) => [...host.shadowRoot.querySelectorAll('a[href^="tel:"]')].map((a) => a.getAttribute('href'))),
            heading: guide.shadowRoot.querySelector('h2')?.textContent.trim(),
          };
        }, reader.dom);
        assert.equal(view.lang, 'fr');
        assert.match(view.text, /En Colombie-Britannique, vous pourriez recevoir l’aide au revenu\./);
        assert.ok(view.phones.includes('tel:+16135550100'), view.phones.join(' '));
        assert.match(view.text, /613-555-0100/);
        assert.ok(view.heading, 'the guide has its own heading');
        assert.doesNotMatch(view.text, /Who to call|Call the Canadian Human Trafficking Hotline/);
        assert.deepEqual(reader.errors, []);
      } finally {
        await reader.close();
      }
    });

    test('a reader sees every element in the language chosen, with every setting the Author chose', async () => {
      const {url} = await post('author', [...metadata.keys()].map((name) => serializeBlock(name, chosen[name])).join('\n\n'));
      const reader = await openAsReader(url);
      try {
        // Beside each element, the same element made by hand with the settings chosen: both must read the same.
        const comparisons = await reader.page.evaluate(
          async (dom, chosen, seenSource) => {
            const seen = new Function(`return ${seenSource}`)();
            const results = [];
            for (const placeholder of document.querySelectorAll('div[data-trp]')) {
              const tag = `trp-${placeholder.dataset.trp}`;
              const reference = document.createElement(tag);
              for (const [name, value] of Object.entries(chosen[`trp-widgets/${placeholder.dataset.trp}`])) reference.setAttribute(name, value);
              document.body.append(reference);
              await dom.settledWithin(reference);
              results.push({tag, actual: seen(dom, placeholder.querySelector(tag)), expected: seen(dom, reference)});
            }
            return results;
          },
          reader.dom,
          Object.fromEntries(Object.entries(chosen).map(([name, settings]) => [name, elementAttributes(settings)])),
          seen.toString()
        );
        assert.deepEqual(comparisons.map((c) => c.tag).sort(), [...metadata.keys()].map((name) => `trp-${name.slice(12)}`).sort());
        for (const {tag, actual, expected} of comparisons) assert.deepEqual(actual, expected, tag);

        const byTag = Object.fromEntries(comparisons.map((c) => [c.tag, c.actual]));
        // Each in its language, with its settings (the reference above could not show a lost setting by itself).
        assert.match(byTag['trp-benefits-list'].text, /En Colombie-Britannique, vous pourriez recevoir l’aide au revenu\./);
        assert.match(byTag['trp-permit-explainer'].headings[0], /^h3 /);
        assert.match(byTag['trp-outcomes'].headings[0], /^h4 /);
        assert.match(byTag['trp-contact-card'].text, /Services Havre sûr & Cie « Refuge »/);
        assert.match(byTag['trp-contact-card'].text, /Lun–ven : 9 h à 17 h/);
        assert.match(byTag['trp-interview-guide'].text, /entrevista/i);
        assert.match(byTag['trp-guide'].text, /English Français Español/);
        assert.match(byTag['trp-quick-exit'].text, /Quitter cette page/);
        assert.doesNotMatch(byTag['trp-quick-exit'].text, /historique/, 'hide-note hides the sentence about the history');
        const exit = await reader.page.evaluate(() => {
          const element = document.querySelector('div[data-trp="quick-exit"] > trp-quick-exit');
          return {
            button: element.shadowRoot.querySelector('[part~="button"]').getAttribute('href'),
            safety: element.shadowRoot.querySelector('[part~="safety-link"]').getAttribute('href'),
          };
        });
        assert.deepEqual(exit, {button: 'https://www.example.org/', safety: 'https://havre.example/securite'});
        assert.deepEqual(reader.errors, []);
      } finally {
        await reader.close();
      }
    });

    test('the bundle comes from the site, as a module pinned to its integrity value, only on pages with a block or shortcode, with the module of each language they show before it', async () => {
      for (const [content, modules] of [
        [serializeBlock('trp-widgets/outcomes', {}), []],
        ['[trp_outcomes lang="fr"]', ['locales/fr.js']],
        [`${serializeBlock('trp-widgets/outcomes', {lang: 'es-MX'})}\n\n[trp_pathways lang="es"]\n\n[trp_contact_card lang="fr-CA"]`, ['locales/es.js', 'locales/fr.js']],
        [`${serializeBlock('trp-widgets/outcomes', {lang: 'pa-IN'})}\n\n[trp_pathways lang="tl"]`, ['locales/pa.js', 'locales/tl.js']],
        // A language read as the element reads it: Filipino (fil) is Tagalog; Punjabi in Shahmukhi (pa-Arab,
        // pa-PK) is not this translation, and the element shows English.
        [`${serializeBlock('trp-widgets/outcomes', {lang: 'fil-PH'})}\n\n[trp_pathways lang="fil"]`, ['locales/tl.js']],
        [`${serializeBlock('trp-widgets/outcomes', {lang: 'pa-PK'})}\n\n[trp_pathways lang="pa-Arab"]`, []],
      ]) {
        const {url} = await post('author', content);
        const reader = await openAsReader(url);
        try {
          const scripts = await scriptsOf(reader.page);
          // In the order WordPress prints them: the language modules, then the bundle.
          assert.deepEqual(scripts.map(({asset}) => asset), [...modules, 'trp-widgets.js'].sort(byPrintOrder));
          for (const script of scripts) {
            assert.equal(script.type, 'module', script.asset);
            assert.equal(script.integrity, integrityOf(script.asset), script.asset);
            assert.equal(script.origin, wp.url, script.asset);
          }
          // The bundle used the page's own tags: it fetched no language module a second time.
          const fetched = reader.requests.filter((request) => request.includes('/assets/locales/')).map((request) => new URL(request).pathname);
          assert.deepEqual(fetched.sort(), modules.map((module) => `/wp-content/plugins/trp-widgets/assets/${module}`).sort());
          assert.ok(reader.requests.every((request) => request.startsWith(wp.url) || request.startsWith('data:')), reader.requests.join('\n'));
          assert.deepEqual(reader.errors, []);
        } finally {
          await reader.close();
        }
      }

      const {url} = await post('author', '<!-- wp:paragraph -->\n<p>No widget here.</p>\n<!-- /wp:paragraph -->');
      const reader = await openAsReader(url);
      try {
        assert.deepEqual(await scriptsOf(reader.page), []);
        assert.deepEqual(reader.requests.filter((request) => request.includes('trp-widgets')), []);
      } finally {
        await reader.close();
      }
    });

    test('each shortcode gives its placeholder, escaped, unknown attributes ignored, and the HTML filter keeps it', async () => {
      const shortcodes = {
        '[trp_guide lang="es" province="BC" org_name="Havre & « sûr »" phone="613-555-0100" heading_level="3" bogus="1" onclick="x"]':
          '<div data-trp="guide" data-lang="es" data-heading-level="3" data-org-name="Havre &amp; « sûr »" data-phone="613-555-0100" data-province="BC"></div>',
        '[trp_contact_card org-name="A \'B\'" hide_source]': '<div data-trp="contact-card" data-hide-source="" data-org-name="A &#039;B&#039;"></div>',
        '[trp_contact_card org_name=\'"><script>alert(1)</script>\']':
          '<div data-trp="contact-card" data-org-name="&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;"></div>',
        '[trp_quick_exit href="https://www.example.org/" hide_note="true" label="Sortir"]':
          '<div data-trp="quick-exit" data-href="https://www.example.org/" data-hide-note=""><a href="https://www.example.org/">Sortir</a></div>',
        '[trp_quick_exit href="javascript:alert(1)" safety_href="javascript&#58;alert(1)" hide_note="no"]':
          '<div data-trp="quick-exit"><a href="https://www.google.com/">Exit this page</a></div>',
        '[trp_contact_card url="havre.example/aide" email="aide@havre.example"]':
          '<div data-trp="contact-card" data-email="aide@havre.example" data-url="havre.example/aide"></div>',
        '[trp_contact_card url=" JavaScript:alert(1)"]': '<div data-trp="contact-card"></div>',
        '[trp_guide url="data:text/html,x"]': '<div data-trp="guide"></div>',
        '[trp_quick_exit lang="es-MX"]': '<div data-trp="quick-exit" data-lang="es-MX"><a href="https://www.google.com/">Salir de esta página</a></div>',
        '[trp_quick_exit lang="fil"]': '<div data-trp="quick-exit" data-lang="fil"><a href="https://www.google.com/">Lumabas sa pahinang ito</a></div>',
        '[trp_quick_exit lang="fil-PH"]': '<div data-trp="quick-exit" data-lang="fil-PH"><a href="https://www.google.com/">Lumabas sa pahinang ito</a></div>',
        '[trp_quick_exit lang="pa-IN"]': '<div data-trp="quick-exit" data-lang="pa-IN"><a href="https://www.google.com/">ਇਸ ਪੰਨੇ ਤੋਂ ਬਾਹਰ ਜਾਓ</a></div>',
        '[trp_quick_exit lang="pa-Arab"]': '<div data-trp="quick-exit" data-lang="pa-Arab"><a href="https://www.google.com/">Exit this page</a></div>',
        '[trp_permit_explainer]': '<div data-trp="permit-explainer"></div>',
        '[trp_benefits_list province="ab"]': '<div data-trp="benefits-list" data-province="ab"></div>',
        '[trp_interview_guide lang="fr"]': '<div data-trp="interview-guide" data-lang="fr"></div>',
        '[trp_outcomes hide_source="0"]': '<div data-trp="outcomes"></div>',
        '[trp_pathways heading_level="4"]': '<div data-trp="pathways" data-heading-level="4"></div>',
      };
      const out = JSON.parse(
        await wp.run(`
          $out = array();
          foreach (json_decode(${phpString(JSON.stringify(Object.keys(shortcodes)))}) as $shortcode) {
            $html = do_shortcode($shortcode);
            $out[] = array($html, wp_kses_post($html));
          }
          echo wp_json_encode($out);`)
      );
      Object.values(shortcodes).forEach((expected, i) => {
        const [html, filtered] = out[i];
        // Attribute order aside, the same attributes and values.
        const attributes = (markup) => [...markup.matchAll(/ ([a-z-]+)="([^"]*)"/g)].map(([, n, v]) => `${n}=${v}`).sort();
        assert.deepEqual(attributes(html), attributes(expected), Object.keys(shortcodes)[i]);
        assert.equal(html.replace(/<div[^>]*>/, ''), expected.replace(/<div[^>]*>/, ''));
        assert.equal(filtered, html, 'the HTML filter changes nothing');
      });
    });

    test('a block saved as static markup (as every earlier version saved it) renders through the shortcodes’ function', async () => {
      const saved = [
        '<!-- wp:trp-widgets/contact-card {"headingLevel":3} -->',
        '<div data-trp="contact-card" data-lang="fr" data-hide-source="" data-org-name="Havre &amp; « Cie »" class="wp-block-trp-widgets-contact-card"></div>',
        '<!-- /wp:trp-widgets/contact-card -->',
        '<!-- wp:trp-widgets/quick-exit -->',
        '<div data-trp="quick-exit" data-href="javascript:alert(1)" data-position="static" class="wp-block-trp-widgets-quick-exit"><a href="https://www.google.com/">Sortir &amp; vite</a></div>',
        '<!-- /wp:trp-widgets/quick-exit -->',
      ].join('\n');
      const out = JSON.parse(
        await wp.run(`echo wp_json_encode(array(
          'blocks' => do_blocks(${phpString(saved)}),
          'shortcodes' => do_shortcode('[trp_contact_card lang="fr" heading_level="3" hide_source org_name="Havre & « Cie »"][trp_quick_exit href="javascript:alert(1)" position="static" label="Sortir & vite"]'),
        ));`)
      );
      // The same placeholders, the block's class aside; the address that is not a web address dropped.
      assert.equal(
        out.blocks.trim(),
        '<div class="wp-block-trp-widgets-contact-card" data-trp="contact-card" data-lang="fr" data-heading-level="3" data-hide-source="" data-org-name="Havre &amp; « Cie »"></div>\n' +
          '<div class="wp-block-trp-widgets-quick-exit" data-trp="quick-exit" data-position="static"><a href="https://www.google.com/">Sortir &amp; vite</a></div>'
      );
      assert.equal(out.blocks.trim().replace(/ class="[^"]*"/g, '').replace('\n', ''), out.shortcodes);
    });

    test('the plugin’s elements are its blocks’ block.json files: one added there is a block and a shortcode, with no PHP edit', async () => {
      const extra = `${plugin}/blocks/extra-test`;
      const registered = () => wp.run("echo WP_Block_Type_Registry::get_instance()->is_registered('trp-widgets/extra-test') ? 'yes' : 'no';");
      assert.equal(await registered(), 'no');
      wp.php.mkdir(extra);
      wp.php.writeFile(`${extra}/block.json`, JSON.stringify({...metadata.get('trp-widgets/pathways'), name: 'trp-widgets/extra-test'}));
      try {
        assert.equal(await registered(), 'yes');
        assert.equal(await wp.run(`echo do_shortcode('[trp_extra_test lang="fr" heading_level="3"]');`), '<div data-trp="extra-test" data-lang="fr" data-heading-level="3"></div>');
        assert.deepEqual(JSON.parse(await wp.run("echo wp_json_encode(trp_widgets_editor_settings()['blocks']['trp-widgets/extra-test']);")), ['lang', 'headingLevel', 'hideSource']);
      } finally {
        wp.php.rmdir(extra, {recursive: true});
      }
    });

    test('markup or a javascript: URL in a shortcode or a block is shown as text or dropped, never run', async () => {
      const attack = '<img src=x onerror=window.pwned=1>';
      // An administrator's post is not filtered: the shortcode alone must escape what it is given.
      const {url} = await post(
        'administrator',
        [
          `[trp_contact_card lang="en" org_name="${attack}" url="javascript:window.pwned=2" email="javascript:window.pwned=3"]`,
          '[trp_quick_exit lang="en" href="javascript:window.pwned=4" safety_href="javascript&#58;window.pwned=5"]',
          serializeBlock('trp-widgets/guide', {lang: 'en', orgName: attack, url: 'javascript:window.pwned=6'}),
        ].join('\n\n')
      );
      const reader = await openAsReader(url);
      try {
        const view = await reader.page.evaluate((dom) => {
          const card = document.querySelector('trp-contact-card');
          const exit = document.querySelector('trp-quick-exit');
          const guide = document.querySelector('trp-guide');
          // An element missing (markup that broke out of its placeholder) is seen as empty, and fails below.
          const links = [card, exit, guide].filter(Boolean).flatMap((element) =>
            dom.hostsWithin(element).flatMap((host) => [...host.shadowRoot.querySelectorAll('a')].map((a) => a.getAttribute('href')))
          );
          return {
            pwned: window.pwned,
            images: dom.elementsWithin(document).filter((element) => element.localName === 'img' && element.getAttribute('src') === 'x').length,
            card: card ? dom.textOf(card) : '',
            guide: (guide ? dom.hostsWithin(guide) : []).map((host) => dom.textOf(host)).join(' '),
            links,
            exit: exit?.shadowRoot.querySelector('[part~="button"]').getAttribute('href'),
          };
        }, reader.dom);
        assert.equal(view.pwned, undefined);
        assert.equal(view.images, 0);
        assert.ok(view.card.includes(attack), view.card);
        assert.ok(view.guide.includes(attack));
        assert.deepEqual(view.links.filter((href) => !/^(https?:|tel:|mailto:|#)/.test(href)), []);
        assert.equal(view.exit, 'https://www.google.com/');
      } finally {
        await reader.close();
      }
    });

    /** Makes `locale` the site's language, as an administrator does in Settings › General. */
    async function useSiteLanguage(locale) {
      // WordPress keeps a site language only once it is installed: an empty core translation stands for it.
      // A .mo file with its header only: magic, revision, 1 entry, the tables at 28 and 36, no hash table;
      // the header's empty key at 44, its value at 45.
      const header = `Language: ${locale}\n`;
      const emptyMo = Buffer.alloc(45 + header.length + 1);
      [0x950412de, 0, 1, 28, 36, 0, 44, 0, 44, header.length, 45].forEach((word, i) => emptyMo.writeUInt32LE(word, i * 4));
      emptyMo.write(header, 45);
      wp.php.mkdir('/wordpress/wp-content/languages');
      wp.php.writeFile(`/wordpress/wp-content/languages/${locale}.mo`, emptyMo);
      await wp.run(`update_option('WPLANG', '${locale}');`);
    }

    test('a French site (fr_CA) gets French with no setting, a Mexican one (es_MX) Spanish, a Tagalog one (tl) Tagalog, a Punjabi one (pa_IN) Punjabi: the module of the site’s language comes pinned before the bundle, which never fetches it again', async () => {
      for (const [locale, module, heading] of [
        ['fr_CA', 'locales/fr.js', 'Qui appeler'],
        ['es_MX', 'locales/es.js', 'A quién llamar'],
        ['tl', 'locales/tl.js', 'Sino ang tatawagan'],
        ['pa_IN', 'locales/pa.js', 'ਕਿਸ ਨੂੰ ਫ਼ੋਨ ਕਰਨਾ ਹੈ'],
      ]) {
        await useSiteLanguage(locale);
        try {
          // A block and a shortcode with no language of their own: they follow the page, in the site's language.
          const {url} = await post('author', `${serializeBlock('trp-widgets/contact-card', {})}\n\n[trp_outcomes]`);
          const reader = await openAsReader(url);
          try {
            const view = await reader.page.evaluate((dom) => {
              const card = document.querySelector('div[data-trp="contact-card"] > trp-contact-card');
              return {page: document.documentElement.lang, lang: card.getAttribute('lang'), heading: card.shadowRoot.querySelector('h2')?.textContent.trim(), text: dom.textOf(card)};
            }, reader.dom);
            assert.equal(view.page, locale.replace('_', '-'));
            assert.equal(view.lang, null, 'no lang of its own');
            assert.equal(view.heading, heading, locale);
            assert.doesNotMatch(view.text, /Who to call/);
            assert.deepEqual((await scriptsOf(reader.page)).map(({asset, integrity}) => [asset, integrity]), [
              [module, integrityOf(module)],
              ['trp-widgets.js', integrityOf('trp-widgets.js')],
            ]);
            const fetched = reader.requests.filter((request) => request.includes('/assets/locales/')).map((request) => new URL(request).pathname);
            assert.deepEqual(fetched, [`/wp-content/plugins/trp-widgets/assets/${module}`]);
            assert.deepEqual(reader.errors, []);
          } finally {
            await reader.close();
          }
        } finally {
          await wp.run("delete_option('WPLANG');");
        }
      }
    });

    test('on a French site the plugin speaks French: blocks, category, shortcode link, editor strings', async () => {
      await useSiteLanguage('fr_CA');
      try {
        const out = JSON.parse(
          await wp.run(`
            $categories = apply_filters('block_categories_all', array(), null);
            echo wp_json_encode(array(
              'locale' => determine_locale(),
              'category' => end($categories)['title'],
              'title' => WP_Block_Type_Registry::get_instance()->get_registered('trp-widgets/guide')->title,
              'description' => WP_Block_Type_Registry::get_instance()->get_registered('trp-widgets/quick-exit')->description,
              'exit' => do_shortcode('[trp_quick_exit]'),
              'editor' => load_script_textdomain('trp-widgets-editor', 'trp-widgets', WP_PLUGIN_DIR . '/trp-widgets/languages'),
            ));`)
        );
        assert.equal(out.locale, 'fr_CA');
        assert.equal(out.category, 'Widgets TRP');
        assert.equal(out.title, 'Le guide complet');
        assert.equal(out.description, 'Un bouton qui quitte la page tout de suite, si la personne qui lit est peut-être surveillée.');
        assert.match(out.exit, />Quitter cette page<\/a>/);
        // The editor script's strings, as WordPress hands them to wp.i18n.
        useTranslations(JSON.parse(out.editor));
        assert.match(serializeBlock('trp-widgets/quick-exit', {}), />Quitter cette page<\/a>/);
      } finally {
        await wp.run("delete_option('WPLANG');");
        useTranslations({locale_data: {messages: {'': {}}}});
      }
    });
  });
}
