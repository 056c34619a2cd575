import { readFileSync } from 'node:fs';

/** Where a command reads standard input and writes its output; the real process streams in `main.ts`. */
export interface Io {
  /** Writes to standard output (the result: a report, JSON, HTML). */
  out(text: string): void;
  /** Writes to standard error (problems that are not the result, progress, usage errors). */
  err(text: string): void;
  /** Reads all of standard input, for `-`. */
  readStdin(): string;
  /** Whether standard error is a terminal, where a progress line helps and does not clutter a log. */
  progress: boolean;
}

/** The process's own streams. */
export const processIo: Io = {
  out: (text) => void process.stdout.write(text),
  err: (text) => void process.stderr.write(text),
  readStdin: () => readFileSync(0, 'utf8'),
  progress: Boolean(process.stderr.isTTY),
};
