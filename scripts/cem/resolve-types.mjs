// Writes union types out in place (`'full' | 'compact'`, not `VerdictLayout`) and named constant
// defaults as their values (`10000`, not `DEFAULT_TIMEOUT`), asking the TypeScript checker about the
// element sources. The analyzer copies type text as written, and a name means nothing to the tools
// reading the manifest without our sources: the JSX/Vue generators emit it as an unresolved type,
// editors cannot offer `full` and `compact` as values, and Storybook cannot make a choice control.
// Only unions of literals are written out; object types (`FactCheck`, `Claim`…) keep their names,
// since the generated typings take those from the package's own declarations.
import ts from 'typescript';
import { resolve } from 'node:path';

/** The project's compiler options, so the checker sees the sources as tsc does. */
function createProgram(files) {
  const config = ts.getParsedCommandLineOfConfigFile(resolve('tsconfig.build.json'), {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => {} });
  return ts.createProgram(files, { ...config?.options, noEmit: true });
}

/** `'a' | 'b'`, `2 | 3`, with `undefined` where the type allows it; undefined if `type` is not a union of literals. */
function literalText(type) {
  // Numbers in order (the checker lists a union's members in the order it first met them).
  const parts = [...(type.isUnion() ? type.types : [type])].sort((a, b) => (a.isNumberLiteral() && b.isNumberLiteral() ? a.value - b.value : 0));
  const texts = [];
  for (const part of parts) {
    if (part.isStringLiteral()) texts.push(`'${part.value.replace(/'/g, "\\'")}'`);
    else if (part.isNumberLiteral()) texts.push(String(part.value));
    else if (part.flags & ts.TypeFlags.BooleanLiteral) texts.push(part.intrinsicName);
    else if (part.flags & (ts.TypeFlags.Undefined | ts.TypeFlags.Null)) texts.push(part.intrinsicName);
    else return undefined;
  }
  return texts.some((t) => t !== 'undefined' && t !== 'null') ? texts.join(' | ') : undefined;
}

/** True when the text names a type (an alias) rather than spelling one out. */
const namesAType = (text) => /\b(?!(?:string|number|boolean|undefined|null|true|false)\b)[A-Za-z_]\w*/.test(text.replace(/'[^']*'|"[^"]*"/g, ''));

/** @returns {import('@custom-elements-manifest/analyzer').Plugin} */
export function resolveTypesPlugin() {
  return {
    name: 'fact-verdict:resolve-types',
    packageLinkPhase({ customElementsManifest }) {
      const elements = customElementsManifest.modules.flatMap((module) =>
        (module.declarations ?? []).filter((d) => d.kind === 'class' && d.customElement).map((declaration) => ({ module, declaration })),
      );
      const program = createProgram([...new Set(elements.map(({ module }) => resolve(module.path)))]);
      const checker = program.getTypeChecker();

      for (const { module, declaration } of elements) {
        const source = program.getSourceFile(resolve(module.path));
        const node = source && source.statements.find((s) => ts.isClassDeclaration(s) && s.name?.text === declaration.name);
        if (!node) throw new Error(`${module.path}: no class ${declaration.name} for the checker`);
        const instance = checker.getDeclaredTypeOfSymbol(checker.getSymbolAtLocation(node.name));

        const resolved = new Map();
        for (const member of declaration.members ?? []) {
          if (member.kind !== 'field' || member.static) continue;
          const property = checker.getPropertyOfType(instance, member.name);
          if (!property) continue;
          if (member.type && namesAType(member.type.text)) {
            const text = literalText(checker.getTypeOfSymbol(property));
            if (text) member.type = { ...member.type, text };
          }
          if (member.default && /^[A-Za-z_$][\w$]*$/.test(member.default) && !/^(true|false|null|undefined)$/.test(member.default)) {
            const value = constantValue(checker, property, member.default);
            if (value !== undefined) member.default = value;
          }
          resolved.set(member.name, member);
        }
        for (const attribute of declaration.attributes ?? []) {
          const field = attribute.fieldName && resolved.get(attribute.fieldName);
          if (!field) continue;
          if (field.type) attribute.type = field.type;
          if (attribute.default !== undefined && field.default !== undefined) attribute.default = field.default;
        }
      }
    },
  };
}

/** The literal value of the constant `name` as seen where `property` is declared, if it is one. */
function constantValue(checker, property, name) {
  const where = property.valueDeclaration ?? property.declarations?.[0];
  if (!where) return undefined;
  let symbol = checker.getSymbolsInScope(where.getSourceFile(), ts.SymbolFlags.Value | ts.SymbolFlags.Alias).find((s) => s.name === name);
  if (symbol && symbol.flags & ts.SymbolFlags.Alias) symbol = checker.getAliasedSymbol(symbol);
  if (!symbol) return undefined;
  return literalText(checker.getTypeOfSymbol(symbol));
}
