import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { renderFactVerdict } from 'fact-verdict/ssr';

/**
 * The `factVerdict` shortcode: renders the full embed for the fact-check file an article names in
 * its front matter. The Lit plugin cannot do this part: it renders elements from their attributes
 * and children only, and `<fact-verdict>` needs the document as data, which `renderFactVerdict`
 * passes as a property and also writes into the element as an inline JSON child for the client.
 *
 * @param {string | undefined} file the front matter's `factCheck`, relative to the article's file
 * @param {string} inputPath the article's `page.inputPath`
 * @param {{ lang?: string, layout?: 'full' | 'compact', theme?: 'light' | 'dark' | 'auto', claimReview?: boolean }} [options]
 */
export async function factVerdict(file, inputPath, options = {}) {
  if (!file) return '';
  const source = path.resolve(path.dirname(inputPath), file);
  let input;
  try {
    input = JSON.parse(await readFile(source, 'utf8'));
  } catch (error) {
    // A fact-check that cannot be read stops the build: a page must not go out without its verdict.
    throw new Error(`${inputPath}: factCheck ${file} could not be read (${error instanceof Error ? error.message : error})`, { cause: error });
  }
  // An invalid document does not throw: it renders the embed's error state, by JSON path, and is logged.
  return renderFactVerdict(input, {
    lang: options.lang,
    layout: options.layout,
    theme: options.theme,
    // The article's title is the page's h1; the embed's headline sits under it.
    headingLevel: 2,
    claimReview: options.claimReview ?? false,
  });
}
