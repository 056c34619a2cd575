import { EXIT_INVALID, EXIT_OK } from '../exit-codes.js';
import type { Io } from '../io.js';
import { loadDocument } from '../load-document.js';
import { UsageError } from '../usage-error.js';

const THEMES = ['auto', 'light', 'dark'] as const;
const LAYOUTS = ['full', 'compact'] as const;

function oneOf<T extends string>(flag: string, value: unknown, allowed: readonly T[]): T | undefined {
  if (value === undefined) return undefined;
  if (!allowed.includes(value as T)) throw new UsageError(`render: --${flag} must be ${allowed.join(', ')}, not "${String(value)}"`);
  return value as T;
}

/**
 * `render FILE`: prints the server-rendered `<fact-verdict>` (declarative shadow DOM, inline JSON,
 * fallback in words) for a page or template. An invalid document prints its problems and no HTML.
 */
export async function render(files: readonly string[], values: Record<string, unknown>, io: Io): Promise<number> {
  const theme = oneOf('theme', values.theme, THEMES);
  const layout = oneOf('layout', values.layout, LAYOUTS);
  const lang = values.lang as string | undefined;
  const loaded = loadDocument('render', files, io);
  if (!loaded) return EXIT_INVALID;
  // Loaded only here: @lit-labs/ssr and the elements take a while, and validate or convert need neither.
  const { renderFactVerdict } = await import('../../ssr/index.js');
  const html = await renderFactVerdict(loaded.value, { lang, theme, layout, claimReview: values['json-ld'] === true });
  io.out(`${html}\n`);
  return EXIT_OK;
}
