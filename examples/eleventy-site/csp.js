import { createHash } from 'node:crypto';

/**
 * The page's Content Security Policy, allowing exactly the inline styles the page carries.
 *
 * Server-rendered elements bring their styles as `<style>` elements inside declarative shadow roots
 * (in the browser the same styles are constructable stylesheets, which CSP does not govern). A CMS
 * that answers each request would give them a fresh nonce (`renderFactVerdict`'s `nonce` option);
 * a static site cannot, since a nonce written into a file is the same for every reader and so no
 * secret. What a static site can do is name each style by its hash, computed here from the finished
 * page, so the policy needs neither `'unsafe-inline'` nor a nonce.
 *
 * @param {string} html the finished page
 */
export function contentSecurityPolicy(html) {
  const hashes = new Set();
  for (const [, text] of html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/g)) {
    hashes.add(`'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`);
  }
  return [
    "default-src 'self'",
    // The CDN script and its chunks, from this site; no inline script, no eval.
    "script-src 'self'",
    `style-src 'self' ${[...hashes].join(' ')}`.trim(),
    // Publishers' logos and sources' images may come from anywhere on https.
    "img-src 'self' https:",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

const CHARSET = /<meta charset="utf-8"\s*\/?>/i;

/**
 * An Eleventy transform, added after the Lit plugin's so that it sees every rendered `<style>`:
 * writes the policy as a `<meta http-equiv>` right after the page's `<meta charset>` (before any
 * style, as a policy in `<meta>` governs only what follows it). A host that can send headers may
 * send the same policy as a `Content-Security-Policy` header instead.
 *
 * @param {string} content
 * @param {string | false} outputPath
 */
export function addContentSecurityPolicy(content, outputPath) {
  if (!outputPath || !outputPath.endsWith('.html')) return content;
  if (!CHARSET.test(content)) throw new Error(`${outputPath}: the layout must start <head> with <meta charset="utf-8"> for the CSP to follow it`);
  const policy = contentSecurityPolicy(content).replace(/"/g, '&quot;');
  return content.replace(CHARSET, (charset) => `${charset}\n    <meta http-equiv="Content-Security-Policy" content="${policy}" />`);
}
