/**
 * Turns the generated `custom-elements.json` into what the catalogue shows: the public API of each
 * element, with live controls. Nothing here describes the API; it only filters and reshapes what the
 * analyzer read from the elements' JSDoc, so the docs can never disagree with the sources.
 */
import type { ArgTypesEnhancer, StrictInputType } from 'storybook/internal/types';

/** The parts of a custom-elements.json entry the catalogue reads (schema 2.x, loosely typed). */
export interface ApiItem {
  name: string;
  kind?: string;
  description?: string;
  type?: { text: string };
  default?: string;
  privacy?: 'public' | 'private' | 'protected';
  static?: boolean;
  attribute?: string;
  fieldName?: string;
  reflects?: boolean;
  [key: string]: unknown;
}

export interface ElementDeclaration {
  kind: string;
  name: string;
  tagName?: string;
  customElement?: boolean;
  description?: string;
  members?: ApiItem[];
  attributes?: ApiItem[];
  events?: ApiItem[];
  slots?: ApiItem[];
  cssParts?: ApiItem[];
  cssProperties?: ApiItem[];
  [key: string]: unknown;
}

export interface Manifest {
  schemaVersion: string;
  modules: { kind: string; path: string; declarations?: ElementDeclaration[]; [key: string]: unknown }[];
  [key: string]: unknown;
}

/** The name the catalogue gives the unnamed (default) slot; Storybook drops entries without a name. */
export const DEFAULT_SLOT = '(default slot)';

/** Static helpers every element class has; they are for registering, not attributes or properties. */
const STATIC_HELPERS = new Set(['define', 'loadParts']);

const isPublic = (item: ApiItem) => item.privacy !== 'private' && item.privacy !== 'protected' && !item.name.startsWith('#');

/**
 * Reads `export type Name = 'a' | 'b';` and `export type Name = (typeof NAMES)[number];` (with
 * `export const NAMES = ['a', 'b'] as const;`) from source text, so an attribute typed with an alias
 * such as `VerdictLayout` gets its real values in the docs table and as control options.
 */
export function typeAliases(sources: readonly string[]): Record<string, string> {
  const text = sources.join('\n');
  const aliases: Record<string, string> = {};
  const constants: Record<string, string> = {};
  for (const [, name, body] of text.matchAll(/export const (\w+) = \[([^\]]*)\] as const;/g)) {
    const values = [...body!.matchAll(/'([^']*)'|"([^"]*)"/g)].map((m) => `'${m[1] ?? m[2]}'`);
    if (values.length) constants[name!] = values.join(' | ');
  }
  for (const [, name, body] of text.matchAll(/export type (\w+) =\s*([^;{]+);/g)) {
    const value = body!.trim();
    const fromConstant = /^\(typeof (\w+)\)\[number\]$/.exec(value);
    if (fromConstant && constants[fromConstant[1]!]) aliases[name!] = constants[fromConstant[1]!]!;
    else if (/^(?:'[^']*'|\d+)(?:\s*\|\s*(?:'[^']*'|\d+))*$/.test(value)) aliases[name!] = value.replace(/\s*\|\s*/g, ' | ');
  }
  return aliases;
}

function expandType(type: ApiItem['type'], aliases: Record<string, string>): ApiItem['type'] {
  if (!type) return type;
  const text = type.text
    .split('|')
    .map((part) => part.trim())
    .map((part) => aliases[part] ?? part)
    .join(' | ');
  return { ...type, text };
}

/** Numbers and quoted strings read as themselves; a named constant (`DEFAULT_LIMIT`) tells a reader nothing. */
const isLiteral = (value: string | undefined) => value !== undefined && /^(?:'.*'|".*"|-?\d+(?:\.\d+)?|true|false|null)$/.test(value);

function cleanDeclaration(declaration: ElementDeclaration, aliases: Record<string, string>): ElementDeclaration {
  const fields = (declaration.members ?? []).filter((m) => m.kind === 'field' && !m.static && isPublic(m) && !STATIC_HELPERS.has(m.name));
  const byField = new Map(fields.map((f) => [f.name, f]));

  // An attribute and its property are one thing to a reader: list it once, as the attribute (what a
  // publisher writes in HTML), with the property's name, type and default.
  const attributes = (declaration.attributes ?? []).map((attribute): ApiItem => {
    const field = attribute.fieldName ? byField.get(attribute.fieldName) : undefined;
    const type = expandType(attribute.type ?? field?.type ?? (attribute.fieldName ? undefined : { text: 'string' }), aliases);
    const defaultValue = [attribute.default, field?.default].find(isLiteral);
    const notes = [
      attribute.fieldName && attribute.fieldName !== attribute.name ? `Property: \`${attribute.fieldName}\`.` : '',
      field?.reflects ? 'Reflected to the attribute.' : '',
    ].filter(Boolean);
    const description = [attribute.description ?? field?.description ?? '', ...notes].filter(Boolean).join(' ');
    return { ...attribute, type, ...(defaultValue !== undefined ? { default: defaultValue } : { default: undefined }), description };
  });
  const attributeFields = new Set(attributes.map((a) => a.fieldName).filter(Boolean));
  const members = fields.filter((f) => !attributeFields.has(f.name) && !f.attribute).map((f) => ({ ...f, type: expandType(f.type, aliases) }));

  // `@event name - {Type} text` leaves the type inside the description; `@fires {Type} name` does not.
  const events = (declaration.events ?? []).map((event): ApiItem => {
    if (event.type) return event;
    const match = /^\{([^}]+)\}\s*(.*)$/s.exec(event.description ?? '');
    return match ? { ...event, type: { text: `CustomEvent<${match[1]}>` }, description: match[2] } : event;
  });

  const slots = (declaration.slots ?? []).map((slot) => (slot.name ? slot : { ...slot, name: DEFAULT_SLOT }));
  // Storybook keys every row by name, so a part named like an attribute (`loading`) would replace
  // it; write parts as they are used in CSS instead.
  const cssParts = (declaration.cssParts ?? []).map((part) => ({ ...part, name: `::part(${part.name})` }));

  return { ...declaration, members, attributes, events, slots, cssParts };
}

/** The manifest without private and protected members, static helpers and methods, attributes merged with their properties. */
export function cleanManifest(manifest: Manifest, aliases: Record<string, string> = {}): Manifest {
  return {
    ...manifest,
    modules: manifest.modules.map((module) => ({
      ...module,
      declarations: (module.declarations ?? []).map((d) => (d.customElement ? cleanDeclaration(d, aliases) : d)),
    })),
  };
}

/** The control a type calls for: a choice for unions of literals, text, number, switch, or JSON. */
function controlFor(typeText: string | undefined): Partial<StrictInputType> {
  const parts = (typeText ?? '')
    .split('|')
    .map((p) => p.trim())
    .filter((p) => p && p !== 'undefined' && p !== 'null');
  if (parts.length && parts.every((p) => /^'[^']*'$/.test(p))) {
    const options = parts.map((p) => p.slice(1, -1));
    return { type: { name: 'enum', value: options }, options, control: { type: options.length <= 5 ? 'inline-radio' : 'select' } };
  }
  if (parts.length && parts.every((p) => /^\d+$/.test(p))) {
    const options = parts.map(Number);
    return { type: { name: 'enum', value: options as never }, options, control: { type: 'inline-radio' } };
  }
  if (parts.length === 1 && parts[0] === 'string') return { type: { name: 'string' }, control: { type: 'text' } };
  if (parts.length === 1 && parts[0] === 'number') return { type: { name: 'number' }, control: { type: 'number' } };
  if (parts.length === 1 && parts[0] === 'boolean') return { type: { name: 'boolean' }, control: { type: 'boolean' } };
  return { type: { name: 'object', value: {} }, control: { type: 'object' } };
}

/**
 * Gives every argType read from the manifest a fitting control: attributes and properties by their
 * type, custom properties as text (colours with a picker), slots as text; parts and events, which
 * cannot be set, get none (events are logged in the Actions panel instead).
 */
export const controlsFromManifest: ArgTypesEnhancer = (context) => {
  const argTypes = { ...context.argTypes };
  for (const [name, argType] of Object.entries(argTypes)) {
    const category = argType.table?.category;
    const typeText = argType.table?.type?.summary;
    let derived: Partial<StrictInputType> | undefined;
    if (category === 'attributes' || category === 'properties') derived = controlFor(typeText);
    else if (category === 'css custom properties')
      derived = { type: { name: 'string' }, control: { type: /-color$|^--fact-(color|stance)-/.test(name) ? 'color' : 'text' } };
    else if (category === 'slots') derived = { type: { name: 'string' }, control: { type: 'text' } };
    else if (category === 'css shadow parts' || category === 'events') derived = { control: false };
    if (!derived) continue;
    // A control or options a story sets itself win over the derived ones.
    argTypes[name] = {
      ...argType,
      ...derived,
      ...(argType.control !== undefined ? { control: argType.control } : {}),
      ...(argType.options !== undefined ? { options: argType.options } : {}),
    } as StrictInputType;
  }
  return argTypes;
};
