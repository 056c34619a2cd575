import { formatProblem, type Problem } from '../data/problems.js';

/** What `validate` found in one file. */
export interface FileReport {
  file: string;
  /** No errors (warnings allowed). */
  valid: boolean;
  /** How many documents it holds that can be shown (a ClaimReview round-up gives several). */
  documents: number;
  problems: Problem[];
}

/** One problem as one line, with its file and JSON path: `a.json: error evidence[2].url: expected …`. */
export function problemLine(file: string, problem: Problem): string {
  return `${file}: ${problem.severity} ${formatProblem(problem)}`;
}

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;

function counts(reports: readonly FileReport[]) {
  const all = reports.flatMap((r) => r.problems);
  return {
    files: reports.length,
    valid: reports.filter((r) => r.valid).length,
    invalid: reports.filter((r) => !r.valid).length,
    errors: all.filter((p) => p.severity === 'error').length,
    warnings: all.filter((p) => p.severity === 'warning').length,
  };
}

/** The text report: each problem on its line, `file: valid` for a clean file, and a summary when there are several files. */
export function textReport(reports: readonly FileReport[]): string {
  const lines: string[] = [];
  for (const report of reports) {
    for (const problem of report.problems) lines.push(problemLine(report.file, problem));
    if (!report.problems.length) lines.push(`${report.file}: valid`);
  }
  if (reports.length > 1) {
    const c = counts(reports);
    lines.push(`${plural(c.files, 'file')}: ${c.valid} valid, ${c.invalid} invalid (${plural(c.errors, 'error')}, ${plural(c.warnings, 'warning')})`);
  }
  return lines.map((line) => `${line}\n`).join('');
}

/** The `--format json` report, for CI and editors: every file with its problems, and the totals. */
export function jsonReport(reports: readonly FileReport[]): string {
  const summary = counts(reports);
  return `${JSON.stringify({ valid: summary.invalid === 0, files: reports, summary }, null, 2)}\n`;
}
