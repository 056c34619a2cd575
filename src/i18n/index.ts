export { en } from './en.js';
export { messagesFor, registerMessages, formatList, type Catalogue } from './messages.js';
export { loadMessages } from './locale-ready.js';
export { shippedLocaleFor } from './locale-match.js';
export { localeLoaders } from './locale-loaders.js';
export type { Locale } from './locale.js';
export { plural, formatCount, type PluralForms } from './plural.js';
