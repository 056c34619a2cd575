/**
 * The designers' guide's token and part tables, read from `custom-elements.json` (which
 * `npm run analyze` generates from the elements' JSDoc `@cssprop` and `@csspart` tags): per element,
 * every `--fact-*` custom property with its default and description, every part, and for the embed
 * the parts it re-exports from the elements inside it (`claim__quote`…). Nothing about the API is
 * written here, so the guide cannot drift from the sources.
 */
import type { ElementDeclaration, Manifest } from './manifest';

export interface TokenRow {
  name: string;
  default: string;
  description: string;
}

export interface PartRow {
  name: string;
  description: string;
}

/** The parts a child element exposes through its host's part, under `prefix__`. */
export interface ExportedParts {
  /** The host's part that holds the child (`claim`), and so the prefix of the re-exported names. */
  prefix: string;
  tagName: string;
  parts: PartRow[];
}

export interface ElementTables {
  tagName: string;
  tokens: TokenRow[];
  parts: PartRow[];
  exported: ExportedParts[];
}

/** The order the guide presents the elements in: the embed, then the pieces it is made of. */
export const ELEMENT_ORDER = ['fact-verdict', 'fact-verdict-badge', 'fact-claim-card', 'fact-evidence-list', 'fact-timeline'];

const rank = (tag: string) => {
  const i = ELEMENT_ORDER.indexOf(tag);
  return i === -1 ? ELEMENT_ORDER.length : i;
};

/**
 * A part that holds another element and re-exports its parts says so in its description, in the
 * words the elements' JSDoc uses: "The claim card (`<fact-claim-card>`); its own parts are exported
 * as `claim__*`."
 */
const EXPORT_NOTE = /`<(fact-[a-z-]+)>`.*?`([a-z-]+)__\*`/;

/** The public custom elements of the manifest, one each (the analyzer can list a class twice). */
function elements(manifest: Manifest): ElementDeclaration[] {
  const byTag = new Map<string, ElementDeclaration>();
  for (const module of manifest.modules) {
    for (const declaration of module.declarations ?? []) {
      if (!declaration.tagName || !declaration.tagName.startsWith('fact-')) continue;
      const known = byTag.get(declaration.tagName);
      // Keep the fuller entry when two modules declare the same tag (a base class and its subclass).
      const size = (d: ElementDeclaration) => (d.cssProperties?.length ?? 0) + (d.cssParts?.length ?? 0);
      if (!known || size(declaration) > size(known)) byTag.set(declaration.tagName, declaration);
    }
  }
  return [...byTag.values()].sort((a, b) => rank(a.tagName!) - rank(b.tagName!) || a.tagName!.localeCompare(b.tagName!));
}

const partRows = (el: ElementDeclaration | undefined): PartRow[] => (el?.cssParts ?? []).map((p) => ({ name: p.name, description: p.description ?? '' }));

/**
 * Which of a child's parts the embed really re-exports, per prefix, read from the source that
 * writes its `exportparts` (`exportParts('claim', ['base', 'quote', …])` in
 * src/elements/verdict/document.view.ts): a child's own `error` part, for one, is not passed on.
 */
export function exportedPartNames(source: string): Map<string, Set<string>> {
  const lists = new Map<string, Set<string>>();
  for (const [, prefix, names] of source.matchAll(/exportParts\(\s*'([a-z-]+)',\s*\[([^\]]*)\]/g)) {
    lists.set(prefix, new Set([...names.matchAll(/'([a-z_-]+)'/g)].map((m) => m[1])));
  }
  return lists;
}

/**
 * Every element's tokens and parts, in the guide's order. `exportSource` is the text of the module
 * that writes the embed's `exportparts`; without it (or where it names no list for a prefix) every
 * part of the child is listed.
 */
export function themingTables(manifest: Manifest, exportSource = ''): ElementTables[] {
  const lists = exportedPartNames(exportSource);
  const all = elements(manifest);
  const byTag = new Map(all.map((el) => [el.tagName!, el]));
  return all.map((el) => ({
    tagName: el.tagName!,
    tokens: (el.cssProperties ?? []).map((p) => ({ name: p.name, default: p.default ?? '', description: p.description ?? '' })),
    parts: partRows(el),
    exported: (el.cssParts ?? []).flatMap((part) => {
      const note = EXPORT_NOTE.exec(part.description ?? '');
      if (!note || note[2] !== part.name) return [];
      const child = byTag.get(note[1]);
      if (!child) return [];
      const list = lists.get(part.name);
      return [{ prefix: part.name, tagName: note[1], parts: partRows(child).filter((row) => !list || list.has(row.name)) }];
    }),
  }));
}

/** Tokens read by more than one element, with the elements that read each: they mean the same everywhere. */
export function sharedTokens(tables: ElementTables[]): { name: string; tagNames: string[] }[] {
  const readers = new Map<string, string[]>();
  for (const table of tables) for (const token of table.tokens) readers.set(token.name, [...(readers.get(token.name) ?? []), table.tagName]);
  return [...readers]
    .filter(([, tags]) => tags.length > 1)
    .map(([name, tagNames]) => ({ name, tagNames }))
    .sort((a, b) => b.tagNames.length - a.tagNames.length || a.name.localeCompare(b.name));
}
