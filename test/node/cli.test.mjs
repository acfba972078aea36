// The package's command, `trp-widgets`, run as a user runs it (a child process): its usage, what it
// says to a mistake and with which exit code, an unknown language in `render` and `handout` alike,
// and `handout` in a project that did not install puppeteer-core.
import {describe, test} from 'node:test';
import assert from 'node:assert/strict';
import {execFileSync, spawnSync} from 'node:child_process';
import {existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {elementsOf, readManifest} from '../support/manifest.mjs';

const root = new URL('../../', import.meta.url);
const command = new URL('bin/trp-widgets.mjs', root).pathname;
const run = (args, cwd = root) => spawnSync(process.execPath, [command, ...args], {cwd, encoding: 'utf8'});
const tags = elementsOf(await readManifest()).map((element) => element.tagName).sort();

/** A temporary folder for `use`, removed after. */
async function inTemporaryFolder(use) {
  const dir = mkdtempSync(join(tmpdir(), 'trp-cli-'));
  try {
    return await use(dir);
  } finally {
    rmSync(dir, {recursive: true, force: true});
  }
}

/** The text of rendered HTML, without markup, styles or Lit's markers. */
const text = (page) =>
  page.replace(/<style[^>]*>[\s\S]*?<\/style>/g, ' ').replace(/<[^>]*>/g, ' ').replace(/&#39;|&#x27;/g, "'").replace(/&amp;/g, '&').replace(/\s+/g, ' ').trim();

describe('trp-widgets, trp-widgets help, trp-widgets --help', () => {
  test('print the usage of both commands on stdout and exit with 0', () => {
    for (const args of [[], ['help'], ['--help']]) {
      const {status, stdout, stderr} = run(args);
      assert.deepEqual({status, stderr}, {status: 0, stderr: ''}, args.join(' '));
      assert.match(stdout, /^usage:\n {2}trp-widgets render <tag> \[--lang L\]/, args.join(' '));
      assert.match(stdout, /\n {2}trp-widgets handout --out FILE\.pdf \[--lang L\] \[--province P\] \[--paper letter\|a4\] \[--org-name NAME\]/);
      assert.match(stdout, /npm install puppeteer-core/);
      assert.match(stdout, /A language trp-widgets does not have \(--lang de\) is a warning on stderr, and the text is in English/);
    }
  });
});

describe('trp-widgets render', () => {
  test('prints an element in the language asked for, with every attribute given', () => {
    const {status, stdout, stderr} = run(['render', 'trp-guide', '--lang', 'es', '--province', 'BC', '--org-name', 'Casa Segura', '--phone', '613-555-0100', '--hide-source']);
    assert.equal(status, 0, stderr);
    assert.match(stdout, /<trp-guide[^>]* lang="es" province="BC" org-name="Casa Segura" phone="613-555-0100" hide-source>/);
    assert.ok(text(stdout).includes('¿Necesita ayuda ahora?'));
    assert.ok(text(stdout).includes('Casa Segura'));
  });

  test('takes a nonce for the styles', () => {
    const {status, stdout, stderr} = run(['render', 'trp-quick-exit', '--lang', 'fr', '--nonce', 'abc123']);
    assert.equal(status, 0, stderr);
    assert.match(stdout, /<style nonce="abc123">/);
    assert.ok(text(stdout).includes('Quitter cette page'));
  });

  test('names the elements when the one asked for is not one of them, and exits with 1', () => {
    for (const args of [['render', 'trp-nothing'], ['render']]) {
      const {status, stdout, stderr} = run(args);
      assert.deepEqual({status, stdout}, {status: 1, stdout: ''}, args.join(' '));
      const [first, ...listed] = stderr.trimEnd().split('\n');
      assert.match(first, args[1] ? /^trp-widgets: render: trp-nothing is not a trp-widgets element/ : /^trp-widgets: render: which element\?/);
      assert.deepEqual(listed, tags);
    }
  });

  test('says what is wrong in the command line, with its usage, and exits with 2', () => {
    for (const [args, problem] of [
      [['render', 'trp-guide', '--colour', 'red'], /^trp-widgets: render trp-guide: Unknown option '--colour'/],
      [['render', 'trp-guide', '--lang'], /^trp-widgets: render trp-guide: Option '--lang <value>' argument missing/],
      [['render', 'trp-guide', 'extra'], /^trp-widgets: render trp-guide: Unexpected argument 'extra'/],
      [['paint'], /^trp-widgets: unknown command "paint"/],
    ]) {
      const {status, stdout, stderr} = run(args);
      assert.deepEqual({status, stdout}, {status: 2, stdout: ''}, args.join(' '));
      assert.match(stderr, problem, args.join(' '));
      assert.match(stderr, /\nusage:\n {2}trp-widgets render <tag>/, args.join(' '));
    }
  });
});

describe('trp-widgets handout', () => {
  test('says what is wrong in the command line, with its usage, exits with 2, and writes nothing', async () => {
    await inTemporaryFolder((dir) => {
      const out = ['--out', 'handout.pdf'];
      for (const [args, problem] of [
        [['--lang', 'es'], /--out FILE\.pdf is required/],
        [['--province', 'XX', ...out], /--province XX is not a province or territory code/],
        [['--paper', 'legal', ...out], /--paper legal is not one of letter, a4/],
        [['--colour', 'red', ...out], /Unknown option '--colour'/],
        [[...out, '--phone'], /Option '--phone <value>' argument missing/],
      ]) {
        const {status, stdout, stderr} = run(['handout', ...args], dir);
        assert.deepEqual({status, stdout}, {status: 2, stdout: ''}, args.join(' '));
        assert.match(stderr, /^trp-widgets: handout: [^\n]+\nusage:\n {2}trp-widgets render [^\n]+\n[^]* {2}trp-widgets handout --out FILE\.pdf /, args.join(' '));
        assert.match(stderr.split('\n')[0], problem, args.join(' '));
        assert.ok(!existsSync(join(dir, 'handout.pdf')), `${args.join(' ')}: a PDF was written`);
      }
    });
  });
});

/** The language and the title Chromium wrote into a PDF the command wrote. */
function pdfLanguage(file) {
  const pdf = readFileSync(file, 'latin1');
  return {lang: /\/Lang \(([^)]*)\)/.exec(pdf)?.[1], title: /\/Title \(([^)]*)\)/.exec(pdf)?.[1]};
}

// The command reads --lang as the elements read lang (supportedLocale() of the server entry): a
// language the package does not have (de), or Punjabi in Shahmukhi (pa-Arab, not this translation).
describe('a language trp-widgets does not have', () => {
  const warning = (lang) => `trp-widgets: lang="${lang}" is not supported; showing English.\n`;
  const unsupported = ['de', 'pa-Arab', 'pa-PK'];

  test('render: one warning on stderr, and the element in English', () => {
    const english = text(run(['render', 'trp-contact-card', '--lang', 'en']).stdout);
    for (const lang of unsupported) {
      const {status, stdout, stderr} = run(['render', 'trp-contact-card', '--lang', lang]);
      assert.deepEqual({status, stderr}, {status: 0, stderr: warning(lang)}, lang);
      assert.equal(text(stdout), english, lang);
    }
  });

  test('handout: the same warning, and the handout in English', async () => {
    await inTemporaryFolder((dir) => {
      run(['handout', '--lang', 'en', '--out', 'en.pdf'], dir);
      const english = pdfLanguage(join(dir, 'en.pdf'));
      assert.equal(english.lang, 'en');
      for (const lang of ['de', 'pa-Arab']) {
        const {status, stdout, stderr} = run(['handout', '--lang', lang, '--out', `${lang}.pdf`], dir);
        assert.deepEqual({status, stdout, stderr}, {status: 0, stdout: '', stderr: warning(lang)}, lang);
        // Chromium writes the document's language and title into the PDF.
        assert.deepEqual(pdfLanguage(join(dir, `${lang}.pdf`)), english, lang);
      }
    });
  });
});

describe('another code or a region of a language trp-widgets has', () => {
  test('render: Filipino (fil, fil-PH) is Tagalog, Punjabi in India (pa-IN) is Punjabi, with no warning', () => {
    for (const [lang, locale] of [['fil', 'tl'], ['fil-PH', 'tl'], ['FIL_ph', 'tl'], ['pa-IN', 'pa'], ['pa-Guru', 'pa']]) {
      const {status, stdout, stderr} = run(['render', 'trp-contact-card', '--lang', lang]);
      assert.deepEqual({status, stderr}, {status: 0, stderr: ''}, lang);
      assert.equal(text(stdout), text(run(['render', 'trp-contact-card', '--lang', locale]).stdout), lang);
      assert.notEqual(text(stdout), text(run(['render', 'trp-contact-card', '--lang', 'en']).stdout), lang);
    }
  });

  test('handout: Filipino (fil) is the Tagalog handout, with no warning', async () => {
    await inTemporaryFolder((dir) => {
      run(['handout', '--lang', 'tl', '--out', 'tl.pdf'], dir);
      const tagalog = pdfLanguage(join(dir, 'tl.pdf'));
      assert.equal(tagalog.lang, 'tl');
      const {status, stdout, stderr} = run(['handout', '--lang', 'fil', '--out', 'fil.pdf'], dir);
      assert.deepEqual({status, stdout, stderr}, {status: 0, stdout: '', stderr: ''});
      assert.deepEqual(pdfLanguage(join(dir, 'fil.pdf')), tagalog);
    });
  });
});

test('trp-widgets handout without puppeteer-core (an optional peer dependency) says to install it, in one line, and exits with 1', async () => {
  await inTemporaryFolder((dir) => {
    // The package as a user installs it: packed as it is built, then installed from the tarball;
    // npm leaves an optional peer dependency out.
    const [{filename}] = JSON.parse(execFileSync('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', dir], {cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe']}));
    writeFileSync(join(dir, 'package.json'), JSON.stringify({name: 'site', private: true}));
    execFileSync('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', join(dir, filename)], {cwd: dir, stdio: 'pipe'});
    assert.ok(!existsSync(join(dir, 'node_modules/puppeteer-core')), 'npm installed puppeteer-core with the package');
    const installed = spawnSync(join(dir, 'node_modules/.bin/trp-widgets'), ['handout', '--lang', 'fr', '--out', 'guide.pdf'], {cwd: dir, encoding: 'utf8'});
    assert.deepEqual(
      {status: installed.status, stdout: installed.stdout, stderr: installed.stderr},
      {status: 1, stdout: '', stderr: 'trp-widgets: handout needs puppeteer-core: npm install puppeteer-core\n'}
    );
    assert.ok(!existsSync(join(dir, 'guide.pdf')));
    // Server rendering needs only what was installed.
    const rendered = spawnSync(join(dir, 'node_modules/.bin/trp-widgets'), ['render', 'trp-outcomes', '--lang', 'fr'], {cwd: dir, encoding: 'utf8'});
    assert.equal(rendered.status, 0, rendered.stderr);
  });
});
