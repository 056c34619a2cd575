import { hasErrors } from '../../data/problems.js';
import { readDocumentsSync } from '../../data/read-documents-sync.js';
import { EXIT_INVALID, EXIT_OK } from '../exit-codes.js';
import type { Io } from '../io.js';
import { parseJsonText } from '../parse-json.js';
import { readInputs } from '../read-inputs.js';
import { jsonReport, textReport, type FileReport } from '../report.js';
import { UsageError } from '../usage-error.js';

const FORMATS = ['text', 'json'];

/**
 * `validate FILE…`: reads each file as the embed would (FactCheck or ClaimReview, detected) and
 * reports every problem by file and JSON path. Exit 1 when any file has an error; warnings alone pass.
 */
export function validate(files: readonly string[], values: Record<string, unknown>, io: Io): number {
  const format = (values.format as string | undefined) ?? 'text';
  if (!FORMATS.includes(format)) throw new UsageError(`validate: --format must be text or json, not "${format}"`);
  if (!files.length) throw new UsageError('validate: name at least one FILE, folder, or - for standard input');
  const inputs = readInputs(files, io.readStdin);
  const reports: FileReport[] = [];
  inputs.forEach(({ name, text }, i) => {
    // A folder of hundreds takes a moment; say where it is, on a terminal only, on one rewritten line.
    if (io.progress && inputs.length > 1) io.err(`\rvalidating ${i + 1}/${inputs.length}`);
    reports.push(check(name, text));
  });
  if (io.progress && inputs.length > 1) io.err('\r\x1b[K');
  io.out(format === 'json' ? jsonReport(reports) : textReport(reports));
  return reports.every((r) => r.valid) ? EXIT_OK : EXIT_INVALID;
}

function check(file: string, text: string): FileReport {
  const parsed = parseJsonText(text);
  if (!parsed.ok) return { file, valid: false, documents: 0, problems: [{ path: '$', message: parsed.message, severity: 'error' }] };
  const { documents, problems } = readDocumentsSync(parsed.value);
  return { file, valid: !hasErrors(problems) && documents.length > 0, documents: documents.length, problems };
}
