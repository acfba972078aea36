#!/usr/bin/env node
// The package's command.
//   trp-widgets render <tag> [--nonce N] [--<attribute> value | --<attribute>]…
//     prints the element's server-rendered HTML (declarative shadow DOM) in the language of --lang.
//   trp-widgets handout --out FILE.pdf [--lang L] [--province P] [--paper letter|a4] [--org-name …] [--phone …]…
//     writes a printable handout of the guide (two pages) as a PDF, through the system's Chromium.

const usage = `usage:
  trp-widgets render <tag> [--nonce N] [--<attribute> value | --<attribute>]...
  trp-widgets handout --out FILE.pdf [--lang L] [--province P] [--paper letter|a4] [--org-name NAME] [--phone N] [--email E] [--url U] [--hours H] [--address A]`;

/** `--name value` and `--flag` pairs, as an object (a flag with no value is `true`). */
function options(args) {
  const found = {};
  for (let i = 0; i < args.length; i++) {
    const match = /^--([a-z][a-z-]*)$/.exec(args[i]);
    if (!match) throw new Error(`unexpected argument ${JSON.stringify(args[i])}`);
    const value = args[i + 1];
    if (value === undefined || value.startsWith('--')) found[match[1]] = true;
    else (found[match[1]] = value), i++;
  }
  return found;
}

async function main([command, ...rest]) {
  if (command === 'render') {
    const [tag, ...args] = rest;
    if (!tag || tag.startsWith('--')) throw new Error('render: which element? (trp-guide, trp-contact-card, …)');
    const {nonce, ...attributes} = options(args);
    const {render} = await import('../dist/esm/server.js');
    process.stdout.write(`${render(tag, attributes, {nonce: nonce === true ? undefined : nonce})}\n`);
    return;
  }
  if (command === 'handout') {
    const {out, ...choices} = options(rest);
    if (typeof out !== 'string') throw new Error('handout: --out FILE.pdf is required');
    const {writeHandout} = await import('../lib/handout.mjs');
    await writeHandout(out, choices);
    return;
  }
  throw new Error(command ? `unknown command ${JSON.stringify(command)}` : 'which command?');
}

try {
  await main(process.argv.slice(2));
} catch (error) {
  process.stderr.write(`trp-widgets: ${error.message}\n${usage}\n`);
  process.exitCode = 2;
}
