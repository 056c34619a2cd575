import { enEarly } from './en-early.js';
import { enEmbed } from './en-embed.js';
import { enShell } from './en-shell.js';

/**
 * The English message catalogue: every string a reader sees, named and parameterized. Other
 * locales provide the same keys (see `messages.ts`); a missing key falls back to English.
 */
export const en = { ...enEarly, ...enShell, ...enEmbed };

export type Catalogue = typeof en;
