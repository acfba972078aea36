#!/usr/bin/env node
// The package's command: `trp-widgets render` and `trp-widgets handout` (see the usage below).
import {readFileSync} from 'node:fs';
import {parseArgs} from 'node:util';
import {organisationFields} from '../lib/handout-page.mjs';

const usage = `usage:
  trp-widgets render <tag> [--lang L] [--nonce N] [--<attribute> value | --<boolean attribute>]...
      prints the element's server-rendered HTML (declarative shadow DOM).
  trp-widgets handout --out FILE.pdf [--lang L] [--province P] [--paper letter|a4] [--org-name NAME]
      [--phone N] [--email E] [--url U] [--hours H] [--address A]
      writes a printable two-page handout as a PDF, through the system's Chromium
      (it needs puppeteer-core: npm install puppeteer-core).
  trp-widgets help
      prints this.
--lang is read as an element reads lang: case and region ignored (fr-CA is fr), Filipino (fil, fil-PH)
is Tagalog, and Punjabi in Shahmukhi (pa-Arab, pa-PK) is not this translation.
A language trp-widgets does not have (--lang de) is a warning on stderr, and the text is in English,
as on a page.`;

/** The elements and the attributes each takes, from the package's custom-elements.json. */
function elements() {
  const manifest = JSON.parse(readFileSync(new URL('../custom-elements.json', import.meta.url), 'utf8'));
  const declarations = manifest.modules.flatMap((module) => module.declarations ?? []).filter((d) => d.tagName);
  return new Map(declarations.map((d) => [d.tagName, d.attributes ?? []]));
}

/** A mistake in the command line: printed with the usage; the exit code is 2. */
class UsageError extends Error {}

async function render([tag, ...args]) {
  const known = elements();
  if (!known.has(tag)) {
    const named = tag && !tag.startsWith('-') ? `${tag} is not a trp-widgets element. ` : 'which element? ';
    process.stderr.write(`trp-widgets: render: ${named}The elements are:\n${[...known.keys()].sort().join('\n')}\n`);
    return 1;
  }
  const options = {nonce: {type: 'string'}};
  for (const {name, type} of known.get(tag)) options[name] = {type: type?.text === 'boolean' ? 'boolean' : 'string'};
  const {nonce, ...attributes} = parse(args, options, `render ${tag}`);
  const {render} = await import('../dist/esm/server.js');
  process.stdout.write(`${render(tag, attributes, {nonce})}\n`);
  return 0;
}

async function handout(args) {
  const names = ['out', 'lang', 'province', 'paper', ...organisationFields];
  const {out, ...choices} = parse(args, Object.fromEntries(names.map((name) => [name, {type: 'string'}])), 'handout');
  if (!out) throw new UsageError('handout: --out FILE.pdf is required');
  const {readChoices, writeHandout} = await import('../lib/handout.mjs');
  let checked;
  try {
    checked = readChoices(choices);
  } catch (error) {
    throw new UsageError(error.message);
  }
  await writeHandout(out, checked);
  return 0;
}

/** `args` read by `parseArgs` with `options`, its messages prefixed by `command`. */
function parse(args, options, command) {
  try {
    return parseArgs({args, options, strict: true, allowPositionals: false}).values;
  } catch (error) {
    throw new UsageError(`${command}: ${error.message}`);
  }
}

const [command, ...rest] = process.argv.slice(2);
try {
  if (command === undefined || command === 'help' || command === '--help' || command === '-h') {
    process.stdout.write(`${usage}\n`);
  } else if (command === 'render') {
    process.exitCode = await render(rest);
  } else if (command === 'handout') {
    process.exitCode = await handout(rest);
  } else {
    throw new UsageError(`unknown command ${JSON.stringify(command)}`);
  }
} catch (error) {
  // A mistake in the command line comes with the usage; anything else (puppeteer-core or Chromium
  // missing) is one line.
  process.stderr.write(`trp-widgets: ${error.message}\n${error instanceof UsageError ? `${usage}\n` : ''}`);
  process.exitCode = error instanceof UsageError ? 2 : 1;
}
