// Adds a `custom-element-definition` export for every tag a module registers. Our registration
// modules (`fact-*.ts`) call a static `FactVerdict.define()` rather than `customElements.define()`,
// which is all the analyzer recognises, so without this the manifest says that no module defines
// any tag, and tools that map tags to imports (the JSX/Vue generators, editors, bundler plugins)
// find nothing. The tag is the call's literal argument, else the default of `define`'s `tag`
// parameter as the manifest recorded it from the class: read, not listed here.

/** @returns {import('@custom-elements-manifest/analyzer').Plugin} */
export function registrationsPlugin() {
  /** module path → the classes it registers, each with the tag given in the call (if any). */
  const calls = new Map();
  return {
    name: 'fact-verdict:registrations',
    analyzePhase({ ts, node, moduleDoc }) {
      // Only top-level statements register at import; a `define()` inside a function is not a definition.
      if (!ts.isExpressionStatement(node) || !ts.isSourceFile(node.parent)) return;
      const call = node.expression;
      if (!ts.isCallExpression(call) || !ts.isPropertyAccessExpression(call.expression)) return;
      const { expression: target, name } = call.expression;
      if (name.text !== 'define' || !ts.isIdentifier(target)) return;
      const [first] = call.arguments;
      const tag = first && ts.isStringLiteralLike(first) ? first.text : undefined;
      if (first && tag === undefined) return; // a computed tag cannot be documented
      const list = calls.get(moduleDoc.path) ?? [];
      list.push({ className: target.text, tag });
      calls.set(moduleDoc.path, list);
    },
    packageLinkPhase({ customElementsManifest }) {
      const classes = new Map();
      for (const module of customElementsManifest.modules) {
        for (const declaration of module.declarations ?? []) {
          if (declaration.kind === 'class' && declaration.customElement) classes.set(declaration.name, { module, declaration });
        }
      }
      for (const module of customElementsManifest.modules) {
        for (const { className, tag } of calls.get(module.path) ?? []) {
          const found = classes.get(className);
          if (!found) throw new Error(`${module.path}: ${className}.define() registers a class the manifest does not describe`);
          const parameter = found.declaration.members?.find((m) => m.name === 'define' && m.static)?.parameters?.[0];
          const name = tag ?? /^(['"])(.+)\1$/.exec(parameter?.default ?? '')?.[2] ?? found.declaration.tagName;
          if (!name) throw new Error(`${module.path}: cannot tell which tag ${className}.define() registers`);
          if (found.declaration.tagName && found.declaration.tagName !== name && tag === undefined) {
            throw new Error(`${className}: @tagname ${found.declaration.tagName} but define() registers <${name}>`);
          }
          module.exports ??= [];
          if (module.exports.some((e) => e.kind === 'custom-element-definition' && e.name === name)) continue;
          module.exports.push({ kind: 'custom-element-definition', name, declaration: { name: className, module: found.module.path } });
        }
      }
    },
  };
}
