// `npm run wordpress`: writes dist/trp-widgets-wordpress.zip, the plugin as WordPress's
// Plugins → Add New → Upload takes it: everything under trp-widgets/, with the built bundle and the
// language modules beside it (byte for byte as in dist/), the translations compiled from
// wordpress/plugin/languages/*.po, and assets/data.json, the facts the plugin takes from the package.
// Run it after `npm run build`.
import {existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync} from 'node:fs';
import {createRequire} from 'node:module';
import {fileURLToPath, pathToFileURL} from 'node:url';
import {zipSync} from 'fflate';

// The root's gettext-parser, not the old one @wordpress/i18n puts in wordpress/node_modules.
const fromRoot = createRequire(new URL('../package.json', import.meta.url));
const {mo, po} = await import(pathToFileURL(fromRoot.resolve('gettext-parser')));

const root = new URL('../', import.meta.url);
const plugin = new URL('plugin/', import.meta.url);
const dist = new URL('dist/', root);
export const zipPath = fileURLToPath(new URL('trp-widgets-wordpress.zip', dist));

/** The locales each `languages/trp-widgets-LANG.po` is compiled for: Canadian sites use fr_CA. */
const localesOf = {fr: ['fr_FR', 'fr_CA']};
/** The editor script's handle, which names its translation file (`trp-widgets-fr_CA-trp-widgets-editor.json`). */
const editorHandle = 'trp-widgets-editor';

/** The messages of a PO file, `{context, id, text}`, its header left out. */
export function poMessages(source) {
  return Object.values(po.parse(source).translations)
    .flatMap((messages) => Object.values(messages))
    .filter(({msgid}) => msgid)
    .map(({msgctxt, msgid, msgstr}) => ({context: msgctxt, id: msgid, text: msgstr[0]}));
}

/** A message's key in WordPress's translation files: the context, EOT, then the text. */
const keyOf = ({context, id}) => (context ? `${context}\u0004${id}` : id);

/** WordPress 6.5's PHP translation file (`.l10n.php`), which it reads before a `.mo`. */
function l10nPhp(messages, locale) {
  const quote = (text) => `'${text.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
  const entries = messages.map((message) => `${quote(keyOf(message))}=>${quote(message.text)}`).join(',');
  return `<?php\nreturn ['domain'=>'trp-widgets','plural-forms'=>'nplurals=2; plural=n > 1;','language'=>${quote(locale)},'messages'=>[${entries}]];\n`;
}

/** The Jed JSON that wp_set_script_translations() gives the editor script's `wp.i18n`. */
function scriptJson(messages, locale) {
  const data = {'': {domain: 'messages', lang: locale, 'plural-forms': 'nplurals=2; plural=n > 1;'}};
  for (const message of messages) data[keyOf(message)] = [message.text];
  return JSON.stringify({domain: 'messages', locale_data: {messages: data}});
}

/** Every file of a folder, as paths relative to it. */
function filesIn(folder, prefix = '') {
  return readdirSync(folder, {withFileTypes: true}).flatMap((entry) =>
    entry.isDirectory() ? filesIn(new URL(`${entry.name}/`, folder), `${prefix}${entry.name}/`) : [`${prefix}${entry.name}`]
  );
}

/**
 * What the plugin takes from the package, as the built server entry gives it: the province names
 * (`provinces`: code → English name), and the quick exit as the element renders it with no `href`:
 * its destination (`exitHref`) and its button's text in English and in each language module of
 * dist/locales/, Canada's official languages first (`exitLabels`), for the plain link a shortcode or
 * block shows before the script runs; its keys are the languages the plugin offers. Each language's
 * name in itself, as the elements' menu gives it (`languageNames`: `tl` → `Tagalog`, which ICU calls
 * Filipino). And the rules of
 * the elements' `supportedLocale()`, as the source states them, for the plugin to read a language
 * tag as an element reads it: `aliases` (another code → the language: `fil` → `tl`, the other way
 * round from `icuCodes`) and `otherScripts` (a language → the subtags that make a tag another
 * written language: `pa` → `arab`, `pk`).
 */
export async function packageData() {
  const {icuCodes, inListOrder, languageName, otherScripts, provinceNames, render} = await import(new URL('esm/server.js', dist));
  const exit = (lang) => render('trp-quick-exit', {lang}).replace(/<!--[^]*?-->/g, '');
  const modules = readdirSync(new URL('locales/', dist)).filter((file) => file.endsWith('.js')).map((file) => file.slice(0, -3));
  const languages = inListOrder(['en', ...modules]);
  return {
    provinces: provinceNames,
    exitHref: /part="button"[^>]* href="([^"]+)"/.exec(exit('en'))[1],
    exitLabels: Object.fromEntries(languages.map((code) => [code, /<span class="label">([^<]+)<\/span>/.exec(exit(code))[1]])),
    languageNames: Object.fromEntries(languages.map((code) => [code, languageName(code)])),
    aliases: Object.fromEntries(Object.entries(icuCodes).map(([code, icu]) => [icu, code])),
    otherScripts,
  };
}

/**
 * The plugin's files: path inside the zip (under `trp-widgets/`) → contents.
 * @returns {Promise<Map<string, Buffer>>}
 */
export async function pluginFiles() {
  for (const file of ['trp-widgets.js', 'trp-widgets.js.sha384', 'esm/server.js']) {
    if (!existsSync(new URL(file, dist))) throw new Error(`dist/${file} is missing: run npm run build first.`);
  }
  const files = new Map();
  for (const path of filesIn(plugin)) files.set(path, readFileSync(new URL(path, plugin)));

  for (const path of filesIn(plugin).filter((p) => /^languages\/trp-widgets-[a-z]+\.po$/.test(p))) {
    const language = path.match(/-([a-z]+)\.po$/)[1];
    const source = readFileSync(new URL(path, plugin));
    const messages = poMessages(source);
    for (const locale of localesOf[language] ?? [language]) {
      const compiled = po.parse(source);
      compiled.headers.Language = locale;
      files.set(`languages/trp-widgets-${locale}.l10n.php`, Buffer.from(l10nPhp(messages, locale)));
      files.set(`languages/trp-widgets-${locale}.mo`, mo.compile(compiled));
      files.set(`languages/trp-widgets-${locale}-${editorHandle}.json`, Buffer.from(scriptJson(messages, locale)));
    }
  }

  files.set('assets/trp-widgets.js', readFileSync(new URL('trp-widgets.js', dist)));
  files.set('assets/trp-widgets.js.sha384', readFileSync(new URL('trp-widgets.js.sha384', dist)));
  files.set('assets/data.json', Buffer.from(`${JSON.stringify(await packageData())}\n`));
  for (const file of readdirSync(new URL('locales/', dist))) files.set(`assets/locales/${file}`, readFileSync(new URL(`locales/${file}`, dist)));
  return new Map([...files].sort(([a], [b]) => a.localeCompare(b)).map(([path, data]) => [`trp-widgets/${path}`, data]));
}

/** A ZIP archive of `files`: deflated, rw-r--r--, every date 1980-01-01, so the same files give the same bytes. */
export const zip = (files) =>
  Buffer.from(zipSync(Object.fromEntries([...files].map(([path, data]) => [path, [data, {level: 9, mtime: new Date(1980, 0, 1), os: 3, attrs: 0o100644 * 0x10000}]]))));

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const files = await pluginFiles();
  mkdirSync(dist, {recursive: true});
  writeFileSync(zipPath, zip(files));
  console.log(`dist/trp-widgets-wordpress.zip: ${files.size} files, ${statSync(zipPath).size.toLocaleString('en')} bytes`);
}
