import path from 'node:path';
import process from 'node:process';
import { fileURLToPath } from 'node:url';
import litPlugin from '@lit-labs/eleventy-plugin-lit';
import { addContentSecurityPolicy } from './csp.js';
import { factVerdict } from './fact-verdict-shortcode.js';

const here = path.dirname(fileURLToPath(import.meta.url));
// Eleventy reads directories relative to where it runs; these work from any working directory.
const fromCwd = (...parts) => path.relative(process.cwd(), path.join(here, ...parts)) || '.';
// The CDN bundle and the chunks it loads from beside it, wherever the package is installed.
const cdn = fileURLToPath(import.meta.resolve('fact-verdict/cdn'));

/** @param {import('@11ty/eleventy').UserConfig} eleventyConfig */
export default function (eleventyConfig) {
  // Elements in the page output (the badges the prose writes) are rendered by @lit-labs/ssr, in a
  // worker thread, from their attributes.
  eleventyConfig.addPlugin(litPlugin, {
    mode: 'worker',
    componentModules: [path.join(here, 'components.js')],
  });
  // The full embed needs its document as data: a shortcode renders it with fact-verdict/ssr.
  eleventyConfig.addAsyncShortcode('factVerdict', factVerdict);
  // After the plugin's transform, so every <style> it wrote is hashed into the policy.
  eleventyConfig.addTransform('content-security-policy', addContentSecurityPolicy);

  eleventyConfig.addPassthroughCopy({ [path.relative(process.cwd(), cdn)]: 'js/fact-verdict.min.js' });
  eleventyConfig.addPassthroughCopy({ [path.relative(process.cwd(), path.join(path.dirname(cdn), 'chunks/*.min.js'))]: 'js/chunks' });
  eleventyConfig.addPassthroughCopy({ [fromCwd('content/site.css')]: 'site.css' });
}

// The output folder is Eleventy's default, `_site` where it runs (or `--output`, or the API's
// second argument): set here, it would override the caller's choice.
export const config = {
  dir: { input: fromCwd('content'), includes: '_includes' },
  markdownTemplateEngine: 'njk',
};
