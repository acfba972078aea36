// `npm run manifest`: custom-elements.json (for IDEs, Storybook, CMS tools) from the JSDoc of src/,
// by @custom-elements-manifest/analyzer in Lit mode, with the three plugins below.

/** Every class in the manifest, with its module. */
const classesOf = (manifest) =>
  manifest.modules.flatMap((module) => (module.declarations ?? []).filter((d) => d.kind === 'class').map((declaration) => ({module, declaration})));

/**
 * Elements are registered by `define('trp-…', Class)` (src/define.ts), which the analyzer cannot read:
 * this gives each class its tag and a `custom-element-definition` export (in the module calling
 * `define` and in dist/trp-widgets.js, which users import), and leaves tagless base classes out.
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
    packageLinkPhase({customElementsManifest: {modules}}) {
      const classes = classesOf({modules});
      const bundle = {kind: 'javascript-module', path: 'dist/trp-widgets.js', declarations: [], exports: []};
      for (const {tag, className, module: definedIn} of definitions) {
        const found = classes.find(({declaration}) => declaration.name === className);
        if (!found) throw new Error(`define('${tag}', ${className}): no class ${className} in the manifest`);
        Object.assign(found.declaration, {tagName: tag, customElement: true});
        const declaration = {name: className, module: found.module.path};
        const entry = modules.find((m) => m.path === definedIn);
        entry.exports = [...(entry.exports ?? []), {kind: 'custom-element-definition', name: tag, declaration}];
        bundle.exports.push({kind: 'js', name: className, declaration}, {kind: 'custom-element-definition', name: tag, declaration});
      }
      // The bundle's other exports: src/index.ts's, pointing at their declarations (types have none).
      const listed = new Set(bundle.exports.map((e) => e.name));
      for (const {kind, name} of modules.find((m) => m.path === 'src/index.ts')?.exports ?? []) {
        const declaredIn = modules.find((m) => (m.declarations ?? []).some((d) => d.name === name));
        if (kind !== 'js' || listed.has(name) || !declaredIn) continue;
        bundle.exports.push({kind: 'js', name, declaration: {name, module: declaredIn.path}});
        listed.add(name);
      }
      if (definitions.length) modules.push(bundle);
      const constants = new Map(modules.flatMap((m) => (m.declarations ?? []).filter((d) => d.kind === 'variable').map((d) => [`${m.path}#${d.name}`, d])));
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
 * Reactive properties are declared in `static properties = {…}` (smaller than decorators). The
 * analyzer takes a `{state: true}` entry for an attribute, marks every entry `privacy: "public"` and
 * keeps `@internal` fields: this drops those, so the manifest reads as with `@property`/`@state`.
 */
function litStaticProperties() {
  const states = new Set();
  const internal = new Set();
  return {
    name: 'trp-lit-static-properties',
    analyzePhase({ts, node}) {
      if (!ts.isClassDeclaration(node) || !node.name) return;
      const isTrue = (option, name) => ts.isPropertyAssignment(option) && option.name.getText() === name && option.initializer.kind === ts.SyntaxKind.TrueKeyword;
      for (const member of node.members) {
        if (member.name && ts.getJSDocTags(member).some((tag) => tag.tagName.text === 'internal')) internal.add(`${node.name.text}.${member.name.getText()}`);
        const isStatic = member.modifiers?.some((m) => m.kind === ts.SyntaxKind.StaticKeyword);
        if (!isStatic || !ts.isPropertyDeclaration(member) || member.name.getText() !== 'properties' || !member.initializer || !ts.isObjectLiteralExpression(member.initializer)) continue;
        for (const property of member.initializer.properties) {
          if (ts.isPropertyAssignment(property) && ts.isObjectLiteralExpression(property.initializer) && property.initializer.properties.some((o) => isTrue(o, 'state'))) {
            states.add(`${node.name.text}.${property.name.getText()}`);
          }
        }
      }
    },
    packageLinkPhase({customElementsManifest}) {
      for (const {declaration} of classesOf(customElementsManifest)) {
        const key = (item, name) => `${item.inheritedFrom?.name ?? declaration.name}.${name}`;
        if (declaration.members) declaration.members = declaration.members.filter((member) => !internal.has(key(member, member.name)));
        for (const member of declaration.members ?? []) {
          if (member.privacy === 'public') delete member.privacy;
          if (member.kind === 'field' && states.has(key(member, member.name))) delete member.attribute;
        }
        if (declaration.attributes) {
          declaration.attributes = declaration.attributes.filter((attribute) => !states.has(key(attribute, attribute.fieldName)));
          if (declaration.attributes.length === 0) delete declaration.attributes;
        }
      }
    },
  };
}

/**
 * Items shared through the base classes (TrpElement, TrpContentElement) come first, in the base
 * class's order, so every element reads like the README: what every element takes, then its own.
 */
const baseClassesFirst = () => ({
  name: 'trp-base-classes-first',
  packageLinkPhase({customElementsManifest}) {
    const classes = new Map(classesOf(customElementsManifest).map(({declaration}) => [declaration.name, declaration]));
    for (const declaration of classes.values()) {
      // The class, its superclass, and so on: the further down the list, the earlier its items.
      const chain = [];
      for (let c = declaration; c && !chain.includes(c); c = classes.get(c.superclass?.name)) chain.push(c);
      for (const kind of ['attributes', 'cssParts', 'cssProperties', 'events']) {
        if (!declaration[kind]?.length) continue;
        const rank = (item, index) => {
          const depth = chain.findIndex((c) => c.name === item.inheritedFrom?.name);
          const position = depth > 0 ? (chain[depth][kind]?.findIndex((inherited) => inherited.name === item.name) ?? -1) : -1;
          return [Math.max(depth, 0), position < 0 ? index : position];
        };
        declaration[kind] = declaration[kind]
          .map((item, index) => ({item, key: rank(item, index)}))
          .sort((a, b) => b.key[0] - a.key[0] || a.key[1] - b.key[1])
          .map(({item}) => item);
      }
    }
  },
});

export default {
  globs: ['src/**/*.ts'],
  // The editors' plugins (src/editors/) are not elements: docs/editors.md describes them.
  exclude: ['src/generated/**', 'src/editors/**'],
  litelement: true,
  // package.json names custom-elements.json itself; the analyzer must not rewrite it.
  packagejson: false,
  plugins: [litStaticProperties(), trpDefine(), baseClassesFirst()],
};
