// `npm run manifest`: custom-elements.json, the Custom Elements Manifest that IDEs, Storybook and
// CMS tools read, made from the JSDoc of src/ by @custom-elements-manifest/analyzer (Lit mode).

/**
 * Our elements are registered by `define('trp-…', Class)` (src/define.ts), not by a direct
 * `customElements.define`, so the analyzer cannot see their tags on its own. This plugin reads
 * those calls, gives each class its tag name and a `custom-element-definition` export (in the
 * module that calls `define` and in dist/trp-widgets.js, the module users import), and leaves
 * base classes (which have no tag) out of the element list.
 */
function trpDefine() {
  const definitions = [];
  return {
    name: 'trp-define',
    analyzePhase({ts, node, moduleDoc}) {
      if (!ts.isCallExpression(node) || !ts.isIdentifier(node.expression) || node.expression.text !== 'define') return;
      const [tag, element] = node.arguments;
      if (tag && element && ts.isStringLiteral(tag) && ts.isIdentifier(element)) {
        definitions.push({tag: tag.text, className: element.text, module: moduleDoc.path});
      }
    },
    packageLinkPhase({customElementsManifest}) {
      const classes = customElementsManifest.modules.flatMap((module) =>
        (module.declarations ?? []).filter((d) => d.kind === 'class').map((declaration) => ({module, declaration}))
      );
      // The module a package user imports: the bundle, which defines every element.
      const bundle = {kind: 'javascript-module', path: 'dist/trp-widgets.js', declarations: [], exports: []};
      for (const {tag, className, module: definedIn} of definitions) {
        const found = classes.find(({declaration}) => declaration.name === className);
        if (!found) throw new Error(`define('${tag}', ${className}): no class ${className} in the manifest`);
        Object.assign(found.declaration, {tagName: tag, customElement: true});
        const entry = customElementsManifest.modules.find((m) => m.path === definedIn);
        entry.exports = [
          ...(entry.exports ?? []),
          {kind: 'custom-element-definition', name: tag, declaration: {name: className, module: found.module.path}},
        ];
        bundle.exports.push(
          {kind: 'js', name: className, declaration: {name: className, module: found.module.path}},
          {kind: 'custom-element-definition', name: tag, declaration: {name: className, module: found.module.path}}
        );
      }
      // The bundle's other exports (upgradePlaceholders): those of its entry, src/index.ts,
      // pointing at the module that declares them.
      const listed = new Set(bundle.exports.map((e) => e.name));
      for (const entry of customElementsManifest.modules.filter((m) => m.path === 'src/index.ts')) {
        for (const {kind, name} of entry.exports ?? []) {
          if (kind !== 'js' || listed.has(name)) continue;
          const declaredIn = customElementsManifest.modules.find((m) => (m.declarations ?? []).some((d) => d.name === name));
          // Types (QuickExitDetail) have no declaration in the manifest: they are in the .d.ts.
          if (!declaredIn) continue;
          bundle.exports.push({kind: 'js', name, declaration: {name, module: declaredIn.path}});
          listed.add(name);
        }
      }
      if (definitions.length) customElementsManifest.modules.push(bundle);
      const constants = new Map(
        customElementsManifest.modules.flatMap((module) =>
          (module.declarations ?? []).filter((d) => d.kind === 'variable').map((d) => [`${module.path}#${d.name}`, d])
        )
      );
      for (const {module, declaration} of classes) {
        if (!declaration.tagName) delete declaration.customElement;
        // A default written as a constant (`= defaultHeadingLevel`): show the constant's value.
        for (const item of [...(declaration.attributes ?? []), ...(declaration.members ?? [])]) {
          const constant = constants.get(`${item.inheritedFrom?.module ?? module.path}#${item.default}`);
          if (constant?.default !== undefined) {
            item.default = constant.default;
            item.type ??= constant.type;
          }
        }
      }
    },
  };
}

/**
 * Our elements declare their reactive properties in `static properties = {…}` rather than with
 * decorators (smaller bundle). The analyzer's Lit support reads that object but takes a
 * `{state: true}` entry (internal state) for an attribute, and marks every entry
 * `privacy: "public"`, where a public field otherwise has no privacy, and it adds back an entry
 * for a field whose JSDoc says `@internal`. This plugin drops those attributes, that marker and
 * those entries, so the manifest reads as it would for `@property`/`@state`.
 */
function litStaticProperties() {
  const states = new Set();
  const internal = new Set();
  return {
    name: 'trp-lit-static-properties',
    analyzePhase({ts, node}) {
      if (!ts.isClassDeclaration(node) || !node.name) return;
      for (const member of node.members) {
        if (member.name && ts.getJSDocTags(member).some((tag) => tag.tagName.text === 'internal')) {
          internal.add(`${node.name.text}.${member.name.getText()}`);
        }
        const isStatic = member.modifiers?.some((m) => m.kind === ts.SyntaxKind.StaticKeyword);
        if (!isStatic || !ts.isPropertyDeclaration(member) || member.name.getText() !== 'properties') continue;
        if (!member.initializer || !ts.isObjectLiteralExpression(member.initializer)) continue;
        for (const property of member.initializer.properties) {
          if (!ts.isPropertyAssignment(property) || !ts.isObjectLiteralExpression(property.initializer)) continue;
          const state = property.initializer.properties.some(
            (option) => ts.isPropertyAssignment(option) && option.name.getText() === 'state' && option.initializer.kind === ts.SyntaxKind.TrueKeyword
          );
          if (state) states.add(`${node.name.text}.${property.name.getText()}`);
        }
      }
    },
    packageLinkPhase({customElementsManifest}) {
      for (const declaration of customElementsManifest.modules.flatMap((module) => module.declarations ?? [])) {
        if (declaration.kind !== 'class') continue;
        const isState = (item, name) => states.has(`${item.inheritedFrom?.name ?? declaration.name}.${name}`);
        const isInternal = (member) => internal.has(`${member.inheritedFrom?.name ?? declaration.name}.${member.name}`);
        if (declaration.members) declaration.members = declaration.members.filter((member) => !isInternal(member));
        for (const member of declaration.members ?? []) {
          if (member.privacy === 'public') delete member.privacy;
          if (member.kind === 'field' && isState(member, member.name)) delete member.attribute;
        }
        if (declaration.attributes) {
          declaration.attributes = declaration.attributes.filter((attribute) => !isState(attribute, attribute.fieldName));
          if (declaration.attributes.length === 0) delete declaration.attributes;
        }
      }
    },
  };
}

/**
 * What the elements share is documented once, on the base classes (TrpElement,
 * TrpContentElement), and the analyzer copies it onto each element, after the element's own
 * items. This plugin puts the shared items first, in the base class's order (the language
 * before the heading level, the theme's colours before the quick exit's own), so every element
 * reads like the README: what every element takes, then its own.
 */
function baseClassesFirst() {
  return {
    name: 'trp-base-classes-first',
    packageLinkPhase({customElementsManifest}) {
      const classes = new Map(
        customElementsManifest.modules.flatMap((module) => (module.declarations ?? []).filter((d) => d.kind === 'class').map((d) => [d.name, d]))
      );
      for (const declaration of classes.values()) {
        // The class, its superclass, and so on: the further down the list, the earlier its items.
        const chain = [];
        for (let c = declaration; c && !chain.includes(c); c = classes.get(c.superclass?.name)) chain.push(c);
        for (const kind of ['attributes', 'cssParts', 'cssProperties', 'events']) {
          const items = declaration[kind];
          if (!items?.length) continue;
          const rank = (item, index) => {
            const depth = chain.findIndex((c) => c.name === item.inheritedFrom?.name);
            if (depth <= 0) return [0, index];
            const position = chain[depth][kind]?.findIndex((inherited) => inherited.name === item.name) ?? -1;
            return [depth, position < 0 ? index : position];
          };
          declaration[kind] = items
            .map((item, index) => ({item, key: rank(item, index)}))
            .sort((a, b) => b.key[0] - a.key[0] || a.key[1] - b.key[1])
            .map(({item}) => item);
        }
      }
    },
  };
}

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/generated/**'],
  litelement: true,
  // package.json names custom-elements.json itself; the analyzer must not rewrite it.
  packagejson: false,
  plugins: [litStaticProperties(), trpDefine(), baseClassesFirst()],
};
