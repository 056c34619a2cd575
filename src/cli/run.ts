// Every scale and the ClaimReview importer, so that readDocumentsSync reads any input.
import '../data/index.js';
import { parseCommandLine } from './args.js';
import { convert } from './commands/convert.js';
import { render } from './commands/render.js';
import { validate } from './commands/validate.js';
import { EXIT_OK, EXIT_USAGE } from './exit-codes.js';
import { helpText } from './help.js';
import type { Io } from './io.js';
import { UsageError } from './usage-error.js';

/**
 * Runs one command line (without `node` and the script) and returns the exit code. Never throws:
 * a usage error or anything unexpected is one line on stderr, never a stack trace.
 */
export async function run(argv: readonly string[], io: Io): Promise<number> {
  try {
    const { command, files, values } = parseCommandLine(argv);
    switch (command) {
      case 'help':
        if (files.length > 1) throw new UsageError('help: name one command');
        io.out(helpText(files[0]));
        return EXIT_OK;
      case 'validate':
        return validate(files, values, io);
      case 'convert':
        return convert(files, values, io);
      case 'render':
        return await render(files, values, io);
    }
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`fact-verdict: ${error.message}\n`);
    } else {
      // A bug or a missing peer (@lit-labs/ssr for render): still one line, with what went wrong.
      io.err(`fact-verdict: unexpected error: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}\n`);
    }
    return EXIT_USAGE;
  }
}
