// The server renders in the interface language asked for: fact-verdict/ssr loads the shipped
// catalogue before rendering, so a CMS gets Russian markup (not English the client must replace),
// and the command line does the same with --lang. Run alone: `npm run build && node --test test/ssr-locales.test.mjs`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const dist = resolve(process.env.FACT_VERDICT_DIST ?? 'dist');
const { renderFactVerdict } = await import(pathToFileURL(join(dist, 'ssr/index.js')).href);
const { default: ru } = await import(pathToFileURL(join(dist, 'i18n/locales/ru.js')).href);
const { default: zhHant } = await import(pathToFileURL(join(dist, 'i18n/locales/zh-hant.js')).href);
const example = 'examples/fip-csto-putin-2024.json';
const canonical = JSON.parse(readFileSync(example, 'utf8'));

const text = (markup) =>
  markup
    .replace(/<style[^>]*>[\s\S]*?<\/style>/g, '')
    .replace(/<script[\s\S]*?<\/script>/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ');

test('renderFactVerdict with lang "ru" renders the embed and its fallback in Russian', async () => {
  const markup = text(await renderFactVerdict(canonical, { lang: 'ru' }));
  // The example has no url, so no "Read the full fact-check"; its label "False" is the publisher's own word.
  for (const key of ['factCheckKicker', 'summaryHeading', 'appearedIn', 'timelineHeading', 'verdictPrefix'])
    assert.ok(markup.includes(ru.messages[key]), `${key}: ${ru.messages[key]}`);
  assert.ok(markup.includes(ru.messages.sourcesHeading({ count: canonical.evidence.length })), 'the count in Russian');
  for (const english of ['Where it appeared', 'Timeline', 'Fact-check', 'Verdict:']) assert.ok(!markup.includes(english), `no English: ${english}`);
});

test('a regional tag renders in its shipped catalogue: zh-TW in Traditional Chinese', async () => {
  const markup = text(await renderFactVerdict(canonical, { lang: 'zh-TW' }));
  assert.ok(markup.includes(zhHant.messages.summaryHeading), zhHant.messages.summaryHeading);
});

test('without lang, and with a language not shipped, the server renders English', async () => {
  for (const lang of [undefined, 'cs']) {
    const markup = text(await renderFactVerdict(canonical, lang ? { lang } : {}));
    assert.ok(markup.includes('Where it appeared'), String(lang));
  }
});

test('`fact-verdict render --lang ru` prints Russian', () => {
  const { status, stdout } = spawnSync(process.execPath, [join(dist, 'cli/main.js'), 'render', example, '--lang', 'ru'], { encoding: 'utf8', timeout: 30_000 });
  assert.equal(status, 0);
  assert.match(stdout, /<fact-verdict[^>]*lang="ru"/);
  assert.ok(text(stdout).includes(ru.messages.appearedIn));
  assert.ok(!text(stdout).includes('Where it appeared'));
});
