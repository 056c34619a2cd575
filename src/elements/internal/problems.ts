import { html, type TemplateResult } from 'lit';
import { formatProblem, type Problem } from '../../data/problems.js';
import type { Catalogue } from '../../i18n/messages.js';

const logged = new WeakMap<Element, WeakSet<object>>();

/**
 * Logs a document's problems to the console once per element and input, however often the element
 * re-renders: errors with `console.error`, dropped values with `console.warn`. Each line names the
 * problem by its JSON path, prefixed with the element's tag.
 */
export function logProblemsOnce(host: Element, input: unknown, problems: readonly Problem[]): void {
  if (problems.length === 0) return;
  const key = typeof input === 'object' && input !== null ? input : { input };
  let seen = logged.get(host);
  if (!seen) logged.set(host, (seen = new WeakSet()));
  if (seen.has(key)) return;
  seen.add(key);
  const errors = problems.filter((p) => p.severity === 'error');
  const warnings = problems.filter((p) => p.severity === 'warning');
  const tag = `<${host.localName}>`;
  if (errors.length) console.error(`fact-verdict: ${tag} cannot show this document:\n  ${errors.map(formatProblem).join('\n  ')}`);
  if (warnings.length) console.warn(`fact-verdict: ${tag} left out unsafe or unreadable values:\n  ${warnings.map(formatProblem).join('\n  ')}`);
}

/** The error state for invalid data: a short message for readers, the paths for whoever fixes it. */
export function renderInvalid(messages: Catalogue, problems: readonly Problem[]): TemplateResult {
  const errors = problems.filter((p) => p.severity === 'error');
  return html`<div part="error" class="error" role="alert">
    <p class="error-title">${messages.errorTitle} ${messages.errorInvalid}</p>
    <details class="error-details">
      <summary>${messages.errorDetails}</summary>
      <ul>
        ${errors.map((p) => html`<li><code>${p.path}</code>: ${p.message}</li>`)}
      </ul>
    </details>
  </div>`;
}
