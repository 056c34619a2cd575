/**
 * What the data layer reports about a document: each problem names where it is (a JSON path such
 * as `evidence[2].url`) and whether the document can still be shown.
 */
export type ProblemSeverity =
  /** The document cannot be shown as it is (a required field is missing or of the wrong type). */
  | 'error'
  /** The value was dropped and the rest still shows (an unsafe URL, an unreadable date). */
  | 'warning';

export interface Problem {
  /** JSON path of the offending value, `$` for the document itself: `claim.text`, `evidence[2].url`. */
  path: string;
  /** What is wrong, in plain English, for the developer console and the error state's details. */
  message: string;
  severity: ProblemSeverity;
}

/** Formats a problem as one line: `evidence[2].url: expected an absolute http(s) URL`. */
export function formatProblem(problem: Problem): string {
  return `${problem.path}: ${problem.message}`;
}

/** Joins a JSON path and a key the way people write them: `a.b`, `a[2]`, `$` at the root. */
export function childPath(path: string, key: string | number): string {
  if (typeof key === 'number') return `${path === '$' ? '' : path}[${key}]`;
  const safeKey = /^[A-Za-z_$][\w$]*$/.test(key) ? key : JSON.stringify(key);
  if (path === '$' || path === '') return /^[A-Za-z_$]/.test(safeKey) ? safeKey : `[${safeKey}]`;
  return /^[A-Za-z_$]/.test(safeKey) ? `${path}.${safeKey}` : `${path}[${safeKey}]`;
}

export function hasErrors(problems: readonly Problem[]): boolean {
  return problems.some((p) => p.severity === 'error');
}
