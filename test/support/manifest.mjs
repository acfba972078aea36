// custom-elements.json, the Custom Elements Manifest that `npm run manifest` writes, read one way for
// every script and test that needs it: the API reference (api-docs.mjs), `npm run size`,
// `npm run bench`, the package checks, and the browser test of the bundle's text. Nothing here
// imports Node at load time, so the browser tests import this module too (tsconfig.json compiles it).

/**
 * @typedef {{name: string, description?: string, [key: string]: unknown}} Item
 * @typedef {{kind: string, name: string, tagName?: string, customElement?: boolean, attributes?: Item[], [key: string]: unknown}} Declaration
 * @typedef {{kind: string, name: string, declaration: {name: string, module?: string}}} Export
 * @typedef {{kind: string, path: string, declarations?: Declaration[], exports?: Export[]}} Module
 * @typedef {{schemaVersion: string, modules: Module[]}} Manifest
 * @typedef {Declaration & {tagName: string, module: string}} ElementDeclaration
 */

/**
 * The manifest: in Node, the project's custom-elements.json, or the file at `path`; in a browser
 * test, the one the test server serves at the project's root.
 * @param {string | URL} [path]
 * @returns {Promise<Manifest>}
 */
export async function readManifest(path) {
  if (import.meta.url.startsWith('file:')) {
    const {readFileSync} = await import('node:fs');
    return JSON.parse(readFileSync(path ?? new URL('../../custom-elements.json', import.meta.url), 'utf8'));
  }
  return (await fetch(path ?? '/custom-elements.json')).json();
}

/**
 * The elements (classes with a tag name), sorted by tag name, each with `module`: the path of the
 * module that declares it (`src/contact-card.ts`).
 * @param {Manifest} manifest
 * @returns {ElementDeclaration[]}
 */
export function elementsOf(manifest) {
  return manifest.modules
    .flatMap((module) => (module.declarations ?? []).map((declaration) => ({...declaration, module: module.path})))
    .filter((declaration) => declaration.customElement && declaration.tagName)
    .sort((a, b) => a.tagName.localeCompare(b.tagName));
}

/**
 * The elements in the order the package defines them (its `custom-element-definition` exports),
 * each tag once, each with `module` as in elementsOf.
 * @param {Manifest} manifest
 * @returns {ElementDeclaration[]}
 */
export function definitionsOf(manifest) {
  const declarations = declarationsByReference(manifest);
  /** @type {Map<string, ElementDeclaration>} */
  const elements = new Map();
  for (const {kind, name, declaration} of manifest.modules.flatMap((module) => module.exports ?? [])) {
    if (kind !== 'custom-element-definition' || elements.has(name)) continue;
    const element = declarations.get(`${declaration.module}#${declaration.name}`);
    // src/define.ts's own `customElements.define(tag, element)` names no real element.
    if (element?.tagName) elements.set(name, /** @type {ElementDeclaration} */ (element));
  }
  return [...elements.values()];
}

/**
 * Every class the manifest declares, elements and their base classes, by class name.
 * @param {Manifest} manifest
 * @returns {Map<string, Declaration>}
 */
export function classesOf(manifest) {
  return new Map(
    manifest.modules
      .flatMap((module) => module.declarations ?? [])
      .filter((declaration) => declaration.kind === 'class')
      .map((declaration) => [declaration.name, declaration])
  );
}

/**
 * The module at `path` (`dist/trp-widgets.js`; a leading `./`, as package.json writes paths, is ignored).
 * @param {Manifest} manifest
 * @param {string} path
 * @returns {Module | undefined}
 */
export function moduleAt(manifest, path) {
  return manifest.modules.find((module) => module.path === path.replace(/^\.\//, ''));
}

/**
 * The functions the package exports (from the module that defines the elements, dist/trp-widgets.js),
 * each with its declaration, sorted by name.
 * @param {Manifest} manifest
 * @returns {Declaration[]}
 */
export function functionsOf(manifest) {
  const declarations = declarationsByReference(manifest);
  return manifest.modules
    .filter((module) => (module.exports ?? []).some((e) => e.kind === 'custom-element-definition') && module.path.startsWith('dist/'))
    .flatMap((module) => (module.exports ?? []).filter((e) => e.kind === 'js'))
    .map((e) => declarations.get(`${e.declaration.module}#${e.declaration.name}`))
    .filter((declaration) => declaration?.kind === 'function')
    .sort((a, b) => a.name.localeCompare(b.name));
}

/**
 * Every declaration, with `module`, under the reference an export gives it: `src/guide.ts#TrpGuide`.
 * @param {Manifest} manifest
 * @returns {Map<string, Declaration & {module: string}>}
 */
function declarationsByReference(manifest) {
  return new Map(
    manifest.modules.flatMap((module) =>
      (module.declarations ?? []).map((declaration) => [`${module.path}#${declaration.name}`, {...declaration, module: module.path}])
    )
  );
}
