import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { UsageError } from './usage-error.js';

/** One input file, read but not yet parsed. */
export interface InputText {
  /** The name to print: the path as given, a folder's file joined to it, `<stdin>` for `-`. */
  name: string;
  text: string;
}

/** The name printed for standard input. */
export const STDIN_NAME = '<stdin>';

/**
 * Reads every argument: a file, a folder (its `*.json` files, sorted, not recursing) or `-` for
 * standard input. A missing or unreadable path throws {@link UsageError}.
 */
export function readInputs(paths: readonly string[], readStdin: () => string = () => readFileSync(0, 'utf8')): InputText[] {
  const inputs: InputText[] = [];
  for (const path of paths) {
    if (path === '-') {
      inputs.push({ name: STDIN_NAME, text: readStdin() });
      continue;
    }
    if (isFolder(path)) {
      const names = listJson(path);
      if (!names.length) throw new UsageError(`${path}: the folder has no *.json files`);
      for (const name of names) inputs.push(readOne(join(path, name)));
      continue;
    }
    inputs.push(readOne(path));
  }
  return inputs;
}

function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false; // readOne reports it
  }
}

function listJson(folder: string): string[] {
  try {
    return readdirSync(folder)
      .filter((name) => name.toLowerCase().endsWith('.json'))
      .sort();
  } catch (error) {
    throw new UsageError(`${folder}: cannot read the folder (${reason(error)})`);
  }
}

function readOne(path: string): InputText {
  try {
    return { name: path, text: readFileSync(path, 'utf8') };
  } catch (error) {
    throw new UsageError(`${path}: cannot read the file (${reason(error)})`);
  }
}

/** A Node file error in a few words: `no such file or directory` rather than the whole errno line. */
function reason(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  if (code === 'ENOENT') return 'no such file or directory';
  if (code === 'EACCES') return 'permission denied';
  if (code === 'EISDIR') return 'is a folder';
  return error instanceof Error ? error.message : String(error);
}
