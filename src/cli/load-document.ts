import type { ResolvedFactCheck } from '../data/fact-check/read.js';
import { hasErrors } from '../data/problems.js';
import { readDocumentsSync } from '../data/read-documents-sync.js';
import type { Io } from './io.js';
import { parseJsonText } from './parse-json.js';
import { readInputs } from './read-inputs.js';
import { problemLine } from './report.js';
import { UsageError } from './usage-error.js';

/** What `convert` and `render` work from: the input as parsed, and the documents read from it. */
export interface LoadedDocument {
  file: string;
  value: unknown;
  documents: ResolvedFactCheck[];
}

/**
 * Reads the one FILE of `convert` or `render`: its problems go to stderr by path (warnings too),
 * and it is `undefined` when the file is not JSON or has errors, so the command exits 1.
 */
export function loadDocument(command: string, files: readonly string[], io: Io): LoadedDocument | undefined {
  if (files.length !== 1) throw new UsageError(`${command}: name exactly one FILE, or - for standard input`);
  const [{ name, text }] = readInputs(files, io.readStdin);
  const parsed = parseJsonText(text);
  if (!parsed.ok) {
    io.err(`${name}: ${parsed.message}\n`);
    return undefined;
  }
  const { documents, problems } = readDocumentsSync(parsed.value);
  for (const problem of problems) io.err(`${problemLine(name, problem)}\n`);
  if (hasErrors(problems) || !documents.length) return undefined;
  return { file: name, value: parsed.value, documents };
}
