// `npm run wordpress`: writes dist/trp-widgets-wordpress.zip, the plugin as WordPress's
// Plugins → Add New → Upload takes it: everything under trp-widgets/, with the built bundle and the
// language modules beside it (byte for byte as in dist/), and the translations compiled from
// wordpress/plugin/languages/*.po. Run it after `npm run build`. It needs nothing but Node.
import {deflateRawSync} from 'node:zlib';
import {existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync} from 'node:fs';
import {fileURLToPath} from 'node:url';

const root = new URL('../', import.meta.url);
const plugin = new URL('plugin/', import.meta.url);
const dist = new URL('dist/', root);
export const zipPath = fileURLToPath(new URL('trp-widgets-wordpress.zip', dist));

/** The locales each `languages/trp-widgets-LANG.po` is compiled for: Canadian sites use fr_CA. */
const localesOf = {fr: ['fr_FR', 'fr_CA']};
/** The editor script's handle, which names its translation file (`trp-widgets-fr_CA-trp-widgets-editor.json`). */
const editorHandle = 'trp-widgets-editor';

/**
 * The entries of a PO file: `{context, id, text}` (the header left out).
 * @param {string} source
 */
export function parsePo(source) {
  const entries = [];
  let entry = {};
  let field;
  const unquote = (text) => JSON.parse(text.replace(/\t/g, '\\t'));
  const flush = () => {
    if (entry.id) entries.push({context: entry.context, id: entry.id, text: entry.text ?? ''});
    entry = {};
    field = undefined;
  };
  for (const line of source.split('\n')) {
    const keyword = /^(msgctxt|msgid|msgstr)\s+(".*")$/.exec(line);
    if (keyword) {
      if (keyword[1] === 'msgctxt' || (keyword[1] === 'msgid' && entry.text !== undefined)) flush();
      field = {msgctxt: 'context', msgid: 'id', msgstr: 'text'}[keyword[1]];
      entry[field] = unquote(keyword[2]);
    } else if (/^".*"$/.test(line) && field) {
      entry[field] += unquote(line);
    } else if (!line.trim()) {
      flush();
    }
  }
  flush();
  return entries;
}

/** A message's key in WordPress's translation files: the context, EOT, then the text. */
const keyOf = ({context, id}) => (context ? `${context}\u0004${id}` : id);

/** WordPress 6.5's PHP translation file (`.l10n.php`), which it reads before a `.mo`. */
function l10nPhp(entries, locale) {
  const quote = (text) => `'${text.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
  const messages = entries.map((entry) => `${quote(keyOf(entry))}=>${quote(entry.text)}`).join(',');
  return `<?php\nreturn ['domain'=>'trp-widgets','plural-forms'=>'nplurals=2; plural=n > 1;','language'=>${quote(locale)},'messages'=>[${messages}]];\n`;
}

/** The same messages as a GNU `.mo` file, for tools and filters that ask for one. */
function mo(entries, locale) {
  const all = [{id: '', text: `Content-Type: text/plain; charset=UTF-8\nLanguage: ${locale}\nPlural-Forms: nplurals=2; plural=n > 1;\n`}, ...entries]
    .map((entry) => ({key: Buffer.from(keyOf(entry)), value: Buffer.from(entry.text)}))
    .sort((a, b) => Buffer.compare(a.key, b.key));
  const header = 28;
  const tables = all.length * 16;
  let offset = header + tables;
  const keys = [];
  const values = [];
  for (const {key} of all) keys.push([key.length, offset]), (offset += key.length + 1);
  for (const {value} of all) values.push([value.length, offset]), (offset += value.length + 1);
  const out = Buffer.alloc(offset);
  out.writeUInt32LE(0x950412de, 0);
  out.writeUInt32LE(0, 4);
  out.writeUInt32LE(all.length, 8);
  out.writeUInt32LE(header, 12);
  out.writeUInt32LE(header + all.length * 8, 16);
  [...keys, ...values].forEach(([length, at], i) => {
    out.writeUInt32LE(length, header + i * 8);
    out.writeUInt32LE(at, header + i * 8 + 4);
  });
  all.forEach(({key, value}, i) => {
    key.copy(out, keys[i][1]);
    value.copy(out, values[i][1]);
  });
  return out;
}

/** The Jed JSON that wp_set_script_translations() gives the editor script's `wp.i18n`. */
function scriptJson(entries, locale) {
  const messages = {'': {domain: 'messages', lang: locale, 'plural-forms': 'nplurals=2; plural=n > 1;'}};
  for (const entry of entries) messages[keyOf(entry)] = [entry.text];
  return JSON.stringify({domain: 'messages', locale_data: {messages}});
}

/** Every file of a folder, as paths relative to it. */
function filesIn(folder, prefix = '') {
  return readdirSync(folder, {withFileTypes: true}).flatMap((entry) =>
    entry.isDirectory() ? filesIn(new URL(`${entry.name}/`, folder), `${prefix}${entry.name}/`) : [`${prefix}${entry.name}`]
  );
}

/** The quick exit's label, the text its plain link shows before the script runs. */
const exitMessage = 'Exit this page';

/**
 * The quick exit's label in each language the plugin ships (English and every language module in
 * dist/locales/), from the library's own translations (xliff/<code>.xlf): the plugin
 * shows a shortcode's or block's plain link in the element's language, with the element's words.
 * @returns {Record<string, string>}
 */
export function exitLabels() {
  const labels = {en: exitMessage};
  const shipped = readdirSync(new URL('locales/', dist)).filter((file) => file.endsWith('.js')).map((file) => file.slice(0, -3));
  const unescape = (text) => text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
  for (const code of shipped) {
    const xliff = readFileSync(new URL(`xliff/${code}.xlf`, root), 'utf8');
    const target = new RegExp(`<source>${exitMessage}</source>\\s*<target>([^<]+)</target>`).exec(xliff);
    if (!target) throw new Error(`xliff/${code}.xlf has no translation of “${exitMessage}”.`);
    labels[code] = unescape(target[1]);
  }
  return labels;
}

/**
 * The plugin's files: path inside the zip (under `trp-widgets/`) → contents.
 * @returns {Map<string, Buffer>}
 */
export function pluginFiles() {
  for (const file of ['trp-widgets.js', 'trp-widgets.js.sha384']) {
    if (!existsSync(new URL(file, dist))) throw new Error(`dist/${file} is missing: run npm run build first.`);
  }
  const files = new Map();
  for (const path of filesIn(plugin)) files.set(path, readFileSync(new URL(path, plugin)));

  for (const path of filesIn(plugin).filter((p) => /^languages\/trp-widgets-[a-z]+\.po$/.test(p))) {
    const language = path.match(/-([a-z]+)\.po$/)[1];
    const entries = parsePo(readFileSync(new URL(path, plugin), 'utf8'));
    for (const locale of localesOf[language] ?? [language]) {
      files.set(`languages/trp-widgets-${locale}.l10n.php`, Buffer.from(l10nPhp(entries, locale)));
      files.set(`languages/trp-widgets-${locale}.mo`, mo(entries, locale));
      files.set(`languages/trp-widgets-${locale}-${editorHandle}.json`, Buffer.from(scriptJson(entries, locale)));
    }
  }

  files.set('assets/trp-widgets.js', readFileSync(new URL('trp-widgets.js', dist)));
  files.set('assets/trp-widgets.js.sha384', readFileSync(new URL('trp-widgets.js.sha384', dist)));
  files.set('assets/exit-labels.json', Buffer.from(`${JSON.stringify(exitLabels())}\n`));
  for (const file of readdirSync(new URL('locales/', dist))) files.set(`assets/locales/${file}`, readFileSync(new URL(`locales/${file}`, dist)));
  return new Map([...files].sort(([a], [b]) => a.localeCompare(b)).map(([path, data]) => [`trp-widgets/${path}`, data]));
}

const crcTable = Array.from({length: 256}, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (data) => {
  let crc = 0xffffffff;
  for (const byte of data) crc = crcTable[(crc ^ byte) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
};

/**
 * A ZIP archive of `files` (deflated; every date 1980-01-01, so the same files give the same bytes).
 * @param {Map<string, Buffer>} files
 */
export function zip(files) {
  const locals = [];
  const centrals = [];
  let offset = 0;
  for (const [path, data] of files) {
    const name = Buffer.from(path);
    const packed = deflateRawSync(data, {level: 9});
    const fields = (header) => {
      header.writeUInt16LE(20, 4 + (header.length === 46 ? 2 : 0)); // version needed
      const at = header.length === 46 ? 8 : 6;
      header.writeUInt16LE(0x0800, at); // UTF-8 names
      header.writeUInt16LE(8, at + 2); // deflate
      header.writeUInt16LE(0, at + 4); // time
      header.writeUInt16LE(0x21, at + 6); // date: 1980-01-01
      header.writeUInt32LE(crc32(data), at + 8);
      header.writeUInt32LE(packed.length, at + 12);
      header.writeUInt32LE(data.length, at + 16);
      header.writeUInt16LE(name.length, at + 20);
    };
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    fields(local);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(0x0314, 4); // made by: Unix, so the permissions below hold
    fields(central);
    central.writeUInt32LE(0o100644 * 0x10000, 38); // a regular file, rw-r--r--
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, packed);
    centrals.push(central, name);
    offset += local.length + name.length + packed.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(files.size, 8);
  end.writeUInt16LE(files.size, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const files = pluginFiles();
  mkdirSync(dist, {recursive: true});
  writeFileSync(zipPath, zip(files));
  console.log(`dist/trp-widgets-wordpress.zip: ${files.size} files, ${statSync(zipPath).size.toLocaleString('en')} bytes`);
}
