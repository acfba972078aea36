// The package as developers' tools see it (`npm run build` regenerates custom-elements.json from the
// JSDoc): every element is typed and documented,
// and the packed package works in TypeScript and in a bundler through `import 'trp-widgets'`.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {execFileSync, spawnSync} from 'node:child_process';
import {createHash} from 'node:crypto';
import {mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join, resolve} from 'node:path';
import {rollup} from 'rollup';
import {nodeResolve} from '@rollup/plugin-node-resolve';
import {parseAst} from 'rollup/parseAst';
import {elementsOf, functionsOf, moduleAt, readManifest} from '../support/manifest.mjs';
import {separateLanguages} from '../../scripts/locale-modules.mjs';

const root = resolve(import.meta.dirname, '../..');
const read = (path) => readFileSync(join(root, path), 'utf8');
const manifest = await readManifest();
const pkg = JSON.parse(read('package.json'));
const bin = (name) => join(root, 'node_modules/.bin', name);

test('the manifest lists every registered element, each with a docs page the README links to, a summary, and described attributes and parts', () => {
  const tags = elementsOf(manifest).map((element) => element.tagName);
  const registered = [...read('src/elements.ts').matchAll(/define\('([^']+)'/g)].map((m) => m[1]);
  assert.ok(registered.length > 0);
  assert.deepEqual([...tags].sort(), [...registered].sort());
  const documented = [...read('README.md').matchAll(/\(docs\/elements\/(trp-[a-z-]+)\.md\)/g)].map((m) => m[1]);
  assert.deepEqual([...tags].sort(), [...documented].sort(), 'the README links to a page for each element, and only those');
  for (const tag of tags) assert.match(read(`docs/elements/${tag}.md`), new RegExp(`^# \`<${tag}>\``), `docs/elements/${tag}.md`);
  for (const element of elementsOf(manifest)) {
    assert.ok(element.summary, `<${element.tagName}> has no @summary`);
    const attributes = (element.attributes ?? []).map((a) => a.name);
    if (attributes.includes('heading-level')) assert.ok(attributes.includes('lang'), `<${element.tagName}> has no lang attribute`);
    for (const item of [...(element.attributes ?? []), ...(element.cssParts ?? []), ...(element.events ?? [])]) {
      assert.ok(item.description, `<${element.tagName}>: ${item.name} has no description`);
    }
  }
});

test('the manifest lists what the bundle exports, and every exported function is documented in docs/embedding.md', () => {
  const exported = parseAst(read('dist/trp-widgets.js'))
    .body.filter((node) => node.type === 'ExportNamedDeclaration')
    .flatMap((node) => node.specifiers.map((specifier) => specifier.exported.name));
  const bundle = moduleAt(manifest, pkg.exports['.'].import);
  assert.deepEqual(bundle.exports.filter((e) => e.kind === 'js').map((e) => e.name).sort(), [...exported].sort());
  const classes = new Set(elementsOf(manifest).map((element) => element.name));
  const functions = functionsOf(manifest).map((fn) => fn.name);
  assert.deepEqual(functions, exported.filter((name) => !classes.has(name)).sort());
  assert.ok(functions.includes('upgradePlaceholders'));
  const embedding = read('docs/embedding.md');
  const [generated, prose] = [embedding.slice(embedding.indexOf('<!-- api -->')), embedding.slice(0, embedding.indexOf('<!-- api -->'))];
  for (const name of functions) {
    assert.match(generated, new RegExp(`^### \`${name}\\(`, 'm'), `docs/embedding.md's API block does not document ${name}()`);
    assert.match(prose, new RegExp(`\`${name}\\(`), `docs/embedding.md's prose does not mention ${name}()`);
  }
});

test('the type declarations map every tag to its class', () => {
  const types = readFileSync(join(root, 'dist/trp-widgets.d.ts'), 'utf8');
  const tagMap = types.match(/interface HTMLElementTagNameMap \{([^}]*)\}/)?.[1] ?? '';
  assert.doesNotMatch(types, /^import /m, 'the declarations must not import Lit: it is not a dependency of the package');
  for (const element of elementsOf(manifest)) {
    assert.match(tagMap, new RegExp(`'${element.tagName}': ${element.name};`), `HTMLElementTagNameMap has no '${element.tagName}'`);
  }
});

test('the browser bundle needs nothing installed: Lit and the localize runtime are inside it', () => {
  const imports = parseAst(read('dist/trp-widgets.js')).body.filter((node) => node.type === 'ImportDeclaration');
  assert.deepEqual(imports, [], 'dist/trp-widgets.js imports another module');
  // The package's dependencies serve its Node side only: the entries of dist/esm/ (which share the
  // project's Lit) and the command's server rendering. Printing the handout through the system's
  // Chromium takes puppeteer-core, which a user installs only for that: an optional peer.
  assert.deepEqual(Object.keys(pkg.dependencies ?? {}).sort(), ['@lit-labs/ssr', 'lit']);
  assert.deepEqual(Object.keys(pkg.peerDependencies ?? {}), ['puppeteer-core']);
  assert.deepEqual(pkg.peerDependenciesMeta, {'puppeteer-core': {optional: true}});
});

test('the package ships no build step or dev command: nothing of scripts/', () => {
  const [{files}] = JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], {cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe']}));
  const paths = files.map((file) => file.path);
  assert.ok(paths.includes('bin/trp-widgets.mjs') && paths.includes('lib/handout.mjs'), `the package has no command (${paths.join(', ')})`);
  assert.deepEqual(paths.filter((path) => path.startsWith('scripts/')), []);
});

/** `npm pack --json` in `cwd`, into `destination`: what npm reports about the package it wrote. */
function pack(cwd, destination, ...options) {
  const [packed] = JSON.parse(execFileSync('npm', ['pack', '--json', '--pack-destination', destination, ...options], {cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe']}));
  return {...packed, files: packed.files.map((file) => file.path).sort()};
}

test('npm pack in a checkout that was never built builds first, so the package is never without dist/', () => {
  // A checkout without dist/. Its build script is a quick stand-in for the real one (which
  // `npm test` has just run): it writes each dist/ file the package ships. What this checks is
  // that npm runs the build before packing.
  const dir = mkdtempSync(join(tmpdir(), 'trp-widgets-prepack-'));
  try {
    // A folder the package ships (dist/esm/) is stood in for by one file in it.
    const shipped = pkg.files.filter((file) => file.startsWith('dist/')).map((file) => (file.endsWith('/') ? `${file}elements.js` : file));
    writeFileSync(join(dir, 'build.mjs'), `import {mkdirSync, writeFileSync} from 'node:fs';\nimport {dirname} from 'node:path';\nfor (const file of ${JSON.stringify(shipped)}) {\n  mkdirSync(dirname(file), {recursive: true});\n  writeFileSync(file, 'built');\n}\n`);
    writeFileSync(join(dir, 'package.json'), JSON.stringify({...pkg, scripts: {...pkg.scripts, build: 'node build.mjs'}}));
    const {files} = pack(dir, dir);
    for (const file of shipped) assert.ok(files.includes(file), `npm pack in an unbuilt checkout made a package without ${file}`);
  } finally {
    rmSync(dir, {recursive: true, force: true});
  }
});

test('the packed package works in TypeScript, in a bundler and in Node', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'trp-widgets-pack-'));
  try {
    // The build has just run (npm test builds first): pack it as it is, without prepack's rebuild.
    const packed = pack(root, dir, '--ignore-scripts');
    const {files} = packed;
    const targets = (entry) => (typeof entry === 'string' ? [entry] : Object.values(entry).flatMap(targets));
    const exported = Object.values(pkg.exports).flatMap(targets);
    for (const target of [pkg.main, pkg.types, pkg.customElements, ...exported, ...pkg.sideEffects]) {
      // A pattern (`./dist/esm/locales/*.js`) names at least one file of the package.
      const pattern = new RegExp(`^${target.replace(/^\.\//, '').replace(/[.]/g, '\\.').replace('*', '[^/]+')}$`);
      assert.ok(files.some((file) => pattern.test(file)), `${target} is named by package.json but not in the package (${files.join(', ')})`);
    }
    assert.ok(files.includes('dist/trp-widgets.js.sha384'), `the package has no integrity file (${files.join(', ')})`);
    // The bundle fetches its other languages from beside itself: a copy served from the package
    // (a CDN that mirrors the registry, or node_modules) needs them there, with their integrity values.
    for (const locale of separateLanguages) {
      for (const file of [`dist/locales/${locale}.js`, `dist/locales/${locale}.js.sha384`]) {
        assert.ok(files.includes(file), `the package has no ${file} beside the bundle (${files.join(', ')})`);
      }
    }
    assert.ok(!files.some((file) => /^(src|test|build|node_modules)\//.test(file)), `the package ships sources or tests: ${files.join(', ')}`);

    // A project that installed the package: with no dependencies, installing is unpacking.
    const project = join(dir, 'project');
    const installed = join(project, 'node_modules/trp-widgets');
    mkdirSync(installed, {recursive: true});
    execFileSync('tar', ['-xzf', join(dir, packed.filename), '-C', installed, '--strip-components=1']);
    writeFileSync(join(project, 'package.json'), JSON.stringify({name: 'consumer', private: true, type: 'module'}));
    writeFileSync(
      join(project, 'main.ts'),
      [
        "import 'trp-widgets';",
        "import {TrpContactCard, type QuickExitDetail} from 'trp-widgets';",
        "const card: HTMLElementTagNameMap['trp-contact-card'] = document.createElement('trp-contact-card');",
        "card.orgName = 'Safe Harbour';",
        'card.headingLevel = 3;',
        'const isCard: boolean = card instanceof TrpContactCard;',
        '// The types are really read: were the element `any`, this expected error would be missing.',
        '// @ts-expect-error orgName is a string',
        'const wrong: number = card.orgName;',
        "const exit = document.createElement('trp-quick-exit');",
        '// The event is typed, on the element and on the document it bubbles to.',
        "exit.addEventListener('trp-quick-exit', (event) => {",
        "  const trigger: 'button' | 'shift' = event.detail.trigger;",
        '  const href: string = event.detail.href;',
        '  if (trigger === \'shift\' && href) event.preventDefault();',
        '});',
        "document.addEventListener('trp-quick-exit', (event) => event.detail.trigger);",
        "const detail: QuickExitDetail = {href: 'https://example.org/', trigger: 'button'};",
        'export {isCard, wrong, detail};',
        '',
      ].join('\n')
    );
    const tsconfig = {compilerOptions: {strict: true, noEmit: true, skipLibCheck: false, target: 'ES2022', lib: ['ES2022', 'DOM'], types: []}, files: ['main.ts']};
    for (const moduleResolution of ['bundler', 'nodenext']) {
      const module = moduleResolution === 'bundler' ? 'ES2022' : 'NodeNext';
      writeFileSync(join(project, 'tsconfig.json'), JSON.stringify({...tsconfig, compilerOptions: {...tsconfig.compilerOptions, module, moduleResolution}}));
      try {
        execFileSync(bin('tsc'), ['-p', project], {encoding: 'utf8', stdio: 'pipe'});
      } catch (error) {
        assert.fail(`tsc (moduleResolution ${moduleResolution}) failed on a project that imports trp-widgets:\n${error.stdout}${error.stderr}`);
      }
    }

    // A bundler keeps the import for its side effect, the registration of every element.
    writeFileSync(join(project, 'entry.js'), "import 'trp-widgets';\n");
    const bundle = await rollup({input: join(project, 'entry.js'), plugins: [nodeResolve({rootDir: project})]});
    const {output} = await bundle.generate({format: 'es'});
    await bundle.close();
    for (const element of elementsOf(manifest)) {
      assert.ok(output[0].code.includes(`"${element.tagName}"`), `a bundle of import 'trp-widgets' does not register <${element.tagName}>`);
    }
    // The integrity file is the packed bundle's.
    const integrity = `sha384-${createHash('sha384').update(readFileSync(join(installed, 'dist/trp-widgets.js'))).digest('base64')}`;
    assert.equal(readFileSync(join(installed, 'dist/trp-widgets.js.sha384'), 'utf8').trim(), integrity);

    // A framework rendering on the server imports it in Node, where there is no DOM: nothing
    // happens, and nothing is printed.
    for (const script of [
      "import('trp-widgets')",
      "import 'trp-widgets'; import {TrpContactCard, upgradePlaceholders} from 'trp-widgets'; if (TrpContactCard !== undefined || upgradePlaceholders !== undefined) process.exit(3);",
    ]) {
      const run = spawnSync(process.execPath, [...(script.startsWith('import(') ? [] : ['--input-type=module']), '-e', script], {cwd: project, encoding: 'utf8'});
      const shown = {status: run.status, stdout: run.stdout.slice(0, 300), stderr: run.stderr.slice(0, 300)};
      assert.deepEqual(shown, {status: 0, stdout: '', stderr: ''}, `node -e "${script}"`);
    }

    const shipped = await readManifest(join(installed, pkg.customElements));
    const entry = moduleAt(shipped, pkg.exports['.'].import);
    assert.deepEqual(
      entry?.exports.filter((e) => e.kind === 'custom-element-definition').map((e) => e.name).sort(),
      elementsOf(shipped).map((element) => element.tagName).sort(),
      'the manifest says that the bundle defines every element'
    );
  } finally {
    rmSync(dir, {recursive: true, force: true});
  }
});
