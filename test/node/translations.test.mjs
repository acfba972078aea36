// Translations: every message of every locale has a real translation, placeholders match,
// and the XLIFF files are current with the code (running extract would not change them).
// lit-localize only warns on a missing translation, so these checks are what stops one.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {execFileSync} from 'node:child_process';
import {cpSync, mkdtempSync, readFileSync, readdirSync, existsSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join, resolve} from 'node:path';
import {tidyLocaleModule} from '../../scripts/locale-modules.mjs';

const root = resolve(import.meta.dirname, '../..');
const config = JSON.parse(readFileSync(join(root, 'lit-localize.json'), 'utf8'));
const xliffDir = join(root, config.interchange.xliffDir);

/** The trans-units of an XLIFF file: id, source and target as raw XML. */
function units(locale) {
  const xml = readFileSync(join(xliffDir, `${locale}.xlf`), 'utf8');
  return [...xml.matchAll(/<trans-unit id="([^"]+)">([\s\S]*?)<\/trans-unit>/g)].map(([, id, body]) => ({
    id,
    source: body.match(/<source>([\s\S]*?)<\/source>/)?.[1] ?? '',
    target: body.match(/<target>([\s\S]*?)<\/target>/)?.[1],
  }));
}

const placeholders = (xml) => [...xml.matchAll(/<x id="(\d+)"/g)].map((m) => m[1]).sort();
const words = (xml) => xml.replace(/<x [^>]*\/>/g, ' ').replace(/&[a-z]+;/g, ' ').trim();

/**
 * Messages that are the same in a target language on purpose. Keep this list short: each entry
 * is a message id and why it needs no change.
 */
const sameOnPurpose = new Set([]);

for (const locale of config.targetLocales) {
  test(`${locale}: the XLIFF file exists and has messages`, () => {
    assert.ok(existsSync(join(xliffDir, `${locale}.xlf`)), `xliff/${locale}.xlf is missing`);
    assert.ok(units(locale).length > 0);
  });

  test(`${locale}: every message has a translation`, () => {
    const missing = units(locale).filter((u) => !u.target || !words(u.target));
    assert.deepEqual(
      missing.map((u) => `${u.id}: ${u.source}`),
      [],
      `untranslated messages in xliff/${locale}.xlf`
    );
  });

  test(`${locale}: no translation is a copy of the English`, () => {
    const copied = units(locale).filter(
      (u) => u.target && /[a-z]{3}/i.test(words(u.source)) && words(u.target) === words(u.source) && !sameOnPurpose.has(u.id)
    );
    assert.deepEqual(copied.map((u) => `${u.id}: ${u.source}`), []);
  });

  test(`${locale}: every translation keeps the placeholders of its source`, () => {
    const wrong = units(locale).filter((u) => u.target && placeholders(u.target).join() !== placeholders(u.source).join());
    assert.deepEqual(wrong.map((u) => `${u.id}: ${u.target}`), []);
  });
}

test('the XLIFF files are current with the code (extract changes nothing)', () => {
  const scratch = mkdtempSync(join(tmpdir(), 'trp-xliff-'));
  cpSync(xliffDir, join(scratch, 'xliff'), {recursive: true});
  const scratchConfig = {
    ...config,
    tsConfig: join(root, config.tsConfig),
    output: {...config.output, outputDir: join(scratch, 'out')},
    interchange: {...config.interchange, xliffDir: join(scratch, 'xliff')},
  };
  delete scratchConfig.output.localeCodesModule;
  const configPath = join(scratch, 'lit-localize.json');
  writeFileSync(configPath, JSON.stringify(scratchConfig));
  execFileSync(join(root, 'node_modules/.bin/lit-localize'), ['extract', `--config=${configPath}`], {cwd: root, stdio: 'pipe'});
  for (const file of readdirSync(xliffDir)) {
    assert.equal(
      readFileSync(join(scratch, 'xliff', file), 'utf8'),
      readFileSync(join(xliffDir, file), 'utf8'),
      `xliff/${file} is stale: run npm run localize:extract and translate what it adds`
    );
  }
});

test('the generated locale modules are current with the XLIFF files', () => {
  const scratch = mkdtempSync(join(tmpdir(), 'trp-locales-'));
  const scratchConfig = {
    ...config,
    tsConfig: join(root, config.tsConfig),
    output: {...config.output, outputDir: join(scratch, 'locales')},
    interchange: {...config.interchange, xliffDir: join(root, config.interchange.xliffDir)},
  };
  delete scratchConfig.output.localeCodesModule;
  const configPath = join(scratch, 'lit-localize.json');
  writeFileSync(configPath, JSON.stringify(scratchConfig));
  execFileSync(join(root, 'node_modules/.bin/lit-localize'), ['build', `--config=${configPath}`], {cwd: root, stdio: 'pipe'});
  for (const locale of config.targetLocales) {
    assert.equal(
      tidyLocaleModule(readFileSync(join(scratch, 'locales', `${locale}.ts`), 'utf8')),
      readFileSync(join(root, config.output.outputDir, `${locale}.ts`), 'utf8'),
      `src/generated/locales/${locale}.ts is stale: run npm run localize:build`
    );
  }
});

test('each language has its module that registers it, and the server entry’s list names every language', async () => {
  const {languageModule, languagesModule} = await import('../../scripts/locale-modules.mjs');
  for (const locale of config.targetLocales) {
    const path = join(root, 'src/generated/languages', `${locale}.ts`);
    assert.ok(existsSync(path), `src/generated/languages/${locale}.ts is missing: run npm run build`);
    assert.equal(readFileSync(path, 'utf8'), languageModule(locale), `src/generated/languages/${locale}.ts is stale: run npm run build`);
  }
  assert.equal(readFileSync(join(root, 'src/generated/languages/all.ts'), 'utf8'), languagesModule(config.targetLocales));
  assert.deepEqual(readdirSync(join(root, 'src/generated/languages')).sort(), [...config.targetLocales.map((l) => `${l}.ts`), 'all.ts'].sort());
});

test('a language that brings its own long date writes every day of the year as Node’s ICU does, and Punjabi brings one', async () => {
  const {longDate, ownDateOf} = await import('../../scripts/locale-modules.mjs');
  // Chromium has no Punjabi month names: its Intl writes "2026 M11 28".
  assert.ok(ownDateOf('pa'));
  for (const locale of [...config.targetLocales, 'en']) {
    const date = new Function(`return ${longDate(locale)}`)();
    const format = new Intl.DateTimeFormat(locale, {dateStyle: 'long', timeZone: 'UTC'});
    for (let day = 0; day < 366; day += 7) {
      const iso = new Date(Date.UTC(2025, 0, 1 + day)).toISOString().slice(0, 10);
      assert.equal(date(iso), format.format(new Date(`${iso}T00:00:00Z`)), `${locale} ${iso}`);
    }
  }
});

test('every translation reads as written: no XML entity (such as "H&amp;C") in a plain message', async () => {
  for (const locale of config.targetLocales) {
    const {templates} = await import(join(root, 'build/src/generated/locales', `${locale}.js`));
    for (const [id, message] of Object.entries(templates)) {
      if (typeof message !== 'string') continue;
      assert.doesNotMatch(message, /&(amp|lt|gt|quot|apos|#\d+);/, `${locale} ${id}: ${message}`);
    }
  }
  // The one message with an ampersand, as a Spanish reader sees it.
  const {templates} = await import(join(root, 'build/src/generated/locales/es.js'));
  assert.ok(Object.values(templates).some((message) => typeof message === 'string' && message.includes('razones humanitarias (H&C).')));
});

test('the official languages the build knows are the ones whose official page the widgets link', async () => {
  const {officialLanguages} = await import('../../scripts/locale-modules.mjs');
  const {officialPage} = await import('../../build/src/facts.js');
  assert.deepEqual([...officialLanguages].sort(), Object.keys(officialPage).sort());
});
