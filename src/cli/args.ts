import { parseArgs } from 'node:util';
import { UsageError } from './usage-error.js';

/** The commands, as typed after `fact-verdict`. */
export type CommandName = 'validate' | 'convert' | 'render' | 'help';

export interface ParsedArgs {
  command: CommandName;
  /** The files (or folders, or `-` for standard input) the command reads, in order. */
  files: string[];
  /** Flags, by name; boolean flags are `true` when given. */
  values: Record<string, string | boolean | undefined>;
}

/** The flags each command takes; `--help` is accepted everywhere. */
const FLAGS = {
  validate: { format: { type: 'string' } },
  convert: { to: { type: 'string' } },
  render: { lang: { type: 'string' }, theme: { type: 'string' }, layout: { type: 'string' }, 'json-ld': { type: 'boolean' } },
  help: {},
} as const;

const COMMANDS = Object.keys(FLAGS) as CommandName[];

/**
 * Reads the command line into a command, its files and its flags. A wrong command, an unknown
 * flag or a missing value throws {@link UsageError}, whose message is the one line to print.
 */
export function parseCommandLine(argv: readonly string[]): ParsedArgs {
  const [first, ...rest] = argv;
  if (first === undefined || first === '--help' || first === '-h') return { command: 'help', files: [], values: {} };
  if (!COMMANDS.includes(first as CommandName)) {
    throw new UsageError(`unknown command "${first}" (expected ${COMMANDS.join(', ')}; see fact-verdict --help)`);
  }
  const command = first as CommandName;
  let parsed;
  try {
    parsed = parseArgs({
      args: [...rest],
      options: { ...FLAGS[command], help: { type: 'boolean', short: 'h' } },
      allowPositionals: true,
      strict: true,
    });
  } catch (error) {
    // parseArgs explains itself in one sentence, then sometimes a hint about `--` that is noise here.
    const message = (error instanceof Error ? error.message : String(error)).split(/\n|\. To specify/)[0];
    throw new UsageError(`${command}: ${message} (see fact-verdict help ${command})`);
  }
  const { help, ...values } = parsed.values as Record<string, string | boolean | undefined>;
  // `fact-verdict validate --help` is `fact-verdict help validate`.
  if (help) return { command: 'help', files: [command], values: {} };
  return { command, files: parsed.positionals, values };
}
