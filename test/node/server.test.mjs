// Server rendering, as a site's server uses it: `render(tag, attributes)` from trp-widgets/server (the
// command, `trp-widgets render`, is in cli.test.mjs). It gives the element's HTML with its declarative
// shadow root, in the language of its `lang`, with the attributes written as escaped text.
import {describe, test} from 'node:test';
import assert from 'node:assert/strict';
import {execFileSync} from 'node:child_process';

const root = new URL('../../', import.meta.url);

/** Runs `code` as an ES module in a fresh Node process in the project, and returns what it printed as JSON. */
const evaluate = (code) =>
  JSON.parse(execFileSync(process.execPath, ['--input-type=module', '-e', code], {cwd: root, encoding: 'utf8'}));

/** The text of rendered HTML, without markup, styles or Lit's markers. */
const text = (page) =>
  page.replace(/<style[^>]*>[\s\S]*?<\/style>/g, ' ').replace(/<[^>]*>/g, ' ').replace(/&quot;/g, '"').replace(/&#39;|&#x27;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&').replace(/\s+/g, ' ').trim();

describe('render() from trp-widgets/server', () => {
  const results = evaluate(`
    const {render} = await import('trp-widgets/server');
    const attempt = (run) => { try { return {html: run()}; } catch (error) { return {error: error.constructor.name + ': ' + error.message}; } };
    console.log(JSON.stringify({
      guideEs: attempt(() => render('trp-guide', {lang: 'es', province: 'BC', 'org-name': 'Casa Segura', phone: '613-555-0100'})),
      cardFr: attempt(() => render('trp-contact-card', {lang: 'fr', 'heading-level': 3, 'hide-source': true})),
      hostile: attempt(() => render('trp-contact-card', {'org-name': '"><img src=x onerror=alert(1)>', address: '<script>alert(1)</script>'})),
      noSource: attempt(() => render('trp-outcomes', {'hide-source': false})),
      nonce: attempt(() => render('trp-guide', {lang: 'fr'}, {nonce: 'r4nd0m"x'})),
      unknownTag: attempt(() => render('trp-nothing')),
      pageTag: attempt(() => render('div')),
      unknownAttribute: attempt(() => render('trp-contact-card', {onclick: 'alert(1)'})),
    }));
  `);

  test('writes the guide in Spanish, with its sections, the province and the organisation', () => {
    const {html} = results.guideEs;
    assert.match(html, /^(<!--[^>]*-->)*<trp-guide[^>]* lang="es"[^>]* province="BC"[^>]*><template shadowroot="open" shadowrootmode="open">/);
    assert.match(html, /org-name="Casa Segura"/);
    const words = text(html);
    assert.ok(words.includes('Permiso de residente temporal para víctimas de trata de personas'), words.slice(0, 300));
    assert.ok(words.includes('En Columbia Británica, usted podría recibir esta ayuda.'));
    assert.ok(words.includes('Casa Segura'));
    assert.match(html, /href="tel:\+16135550100"/);
    assert.ok(!words.includes('Who to call'));
  });

  test('writes the messages with markup in the language asked for too: the source line, the link to the covered services', () => {
    const french = text(results.nonce.html);
    assert.ok(french.includes('Source : Immigration, Réfugiés et Citoyenneté Canada — vérifié le'), french.slice(-300));
    assert.ok(french.includes('Croix Bleue Medavie gère le PFSI. Consultez la liste complète des soins couverts'));
    const spanish = text(results.guideEs.html);
    assert.ok(spanish.includes('Fuente: Inmigración, Refugiados y Ciudadanía Canadá (página en inglés). Información revisada el'), spanish.slice(-300));
    assert.ok(spanish.includes('Medavie Blue Cross administra el IFHP. Vea la lista completa de servicios cubiertos'));
    for (const words of [french, spanish]) assert.ok(!words.includes('Immigration, Refugees and Citizenship Canada'));
  });

  test('writes the heading level, a boolean attribute, and leaves out one that is false', () => {
    assert.match(results.cardFr.html, /<trp-contact-card[^>]* heading-level="3" hide-source[ >]/);
    assert.match(results.cardFr.html, /<h3 part="heading"[^>]*>(<!--[^>]*-->)*Qui appeler/);
    assert.doesNotMatch(results.cardFr.html, /part="source"/);
    assert.doesNotMatch(results.noSource.html, /hide-source/);
    assert.match(results.noSource.html, /part="source"/);
  });

  test('writes attribute text as text: escaped in the tag, shown as text inside', () => {
    const {html} = results.hostile;
    assert.doesNotMatch(html, /<img|<script/);
    assert.match(html, /org-name="&quot;&gt;&lt;img src=x onerror=alert\(1\)&gt;"/);
    assert.ok(text(html).includes('"><img src=x onerror=alert(1)>'));
  });

  test('puts the nonce on every style of every shadow root, escaped', () => {
    const {html} = results.nonce;
    const styles = html.match(/<style[^>]*>/g);
    assert.ok(styles.length >= 7, `${styles.length} styles: the guide and its six sections`);
    assert.deepEqual([...new Set(styles)], ['<style nonce="r4nd0m&quot;x">']);
  });

  test('refuses what is not one of its elements or attributes, naming what it takes', () => {
    assert.equal(results.unknownTag.error, 'TypeError: trp-nothing is not a trp-widgets element');
    assert.equal(results.pageTag.error, 'TypeError: div is not a trp-widgets element');
    assert.match(results.unknownAttribute.error, /^TypeError: <trp-contact-card> has no attribute onclick; it takes .*org-name/);
  });
});

describe('npm run static', () => {
  test('writes every element in every language as an HTML fragment, with the hashes of its styles', async () => {
    const {writeStatic, styleHashes} = await import('../../scripts/static.mjs');
    const written = await writeStatic();
    const {allLocales} = await import('../../build/src/generated/locale-codes.js');
    const tags = ['trp-benefits-list', 'trp-contact-card', 'trp-guide', 'trp-interview-guide', 'trp-outcomes', 'trp-pathways', 'trp-permit-explainer', 'trp-quick-exit'];
    assert.deepEqual(Object.keys(written).sort(), allLocales.flatMap((lang) => tags.map((tag) => `${lang}/${tag}.html`)).sort());
    assert.ok(text(written['es/trp-guide.html']).includes('¿Necesita ayuda ahora?'));
    assert.ok(text(written['fr/trp-contact-card.html']).includes('Qui appeler'));
    assert.match(written['en/trp-quick-exit.html'], /<a class="button" part="button" role="button" href="https:\/\/www\.google\.com\/"/);
    const {readFileSync} = await import('node:fs');
    const listed = readFileSync(new URL('dist/static/style-hashes.txt', root), 'utf8').trim().split(' ');
    const needed = new Set(Object.values(written).flatMap((html) => [...styleHashes(html)]));
    assert.deepEqual(listed, [...needed].sort());
    assert.ok(listed.every((hash) => /^'sha256-[A-Za-z0-9+/]{43}='$/.test(hash)));
  });

  test('lists the styles of an element with any attributes: a site that renders its own needs no other hash', async () => {
    const {writeStatic, styleHashes} = await import('../../scripts/static.mjs');
    await writeStatic();
    const {render} = await import('../../dist/esm/server.js');
    const {readFileSync} = await import('node:fs');
    const listed = readFileSync(new URL('dist/static/style-hashes.txt', root), 'utf8').trim().split(' ');
    const page = [
      render('trp-guide', {lang: 'es', province: 'QC', 'org-name': 'Casa Segura', phone: '613-555-0100', languages: 'es en', 'heading-level': 1}),
      render('trp-contact-card', {lang: 'fr', 'org-name': 'Havre sûr', address: '1 rue Principale\nOttawa', 'hide-source': true}),
      render('trp-quick-exit', {href: 'https://example.org/', 'safety-href': 'https://example.org/safety', position: 'static'}),
    ].join('');
    const needed = [...styleHashes(page)];
    assert.ok(needed.length >= 3);
    assert.deepEqual(needed.filter((hash) => !listed.includes(hash)), []);
  });
});

test('the snippet builders’ plain quick-exit link says what the element’s button says, in every language of the build', () => {
  // src/editors/placeholder.ts writes the link before the script runs; the element's text comes from the XLIFF files.
  const {written, rendered} = evaluate(`
    const {render} = await import('trp-widgets/server');
    const {quickExitText} = await import('./build/src/editors/placeholder.js');
    const {allLocales} = await import('./build/src/generated/locale-codes.js');
    const label = (lang) => /<span class="label">(?:<!--[^]*?-->)*([^<]+)/.exec(render('trp-quick-exit', {lang}))[1];
    console.log(JSON.stringify({written: quickExitText, rendered: Object.fromEntries(allLocales.map((lang) => [lang, label(lang)]))}));
  `);
  assert.deepEqual(written, rendered);
});
