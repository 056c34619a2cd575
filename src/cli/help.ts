import { UsageError } from './usage-error.js';

const OVERVIEW = `Usage: fact-verdict <command> [options] FILE…

Commands:
  validate FILE…                          report every problem by file and JSON path
  convert FILE --to factcheck|claimreview print the document in the other format
  render FILE                             print the server-rendered <fact-verdict> HTML
  help [command]                          explain a command, with an example (or: <command> --help)

FILE is a FactCheck document or ClaimReview JSON-LD (detected), a folder of *.json files
(validate only), or - for standard input.

Exit codes: 0 valid, 1 a document is invalid or not JSON, 2 a usage error or an unreadable file.
`;

const COMMANDS: Record<string, string> = {
  validate: `Usage: fact-verdict validate [--format text|json] FILE…

Reads each FILE as the embed would (FactCheck or ClaimReview, detected) and prints every problem
with its file, severity and JSON path. A folder reads its *.json files; several files end with one
summary line. Errors fail (exit 1); warnings (an unsafe URL dropped, an unreadable date) are
printed and pass.

  --format json   one JSON object: { valid, files: [{ file, valid, documents, problems }], summary }

Example:
  npx fact-verdict validate content/fact-checks/
  cat check.json | npx fact-verdict validate --format json -
`,
  convert: `Usage: fact-verdict convert FILE --to factcheck|claimreview

Prints FILE converted to a FactCheck document or to schema.org ClaimReview JSON-LD. Either format
is read; a ClaimReview round-up of several reviews prints an array. Problems go to stderr; an
invalid document exits 1 and prints nothing.

Example:
  npx fact-verdict convert check.json --to claimreview > check.jsonld
`,
  render: `Usage: fact-verdict render [--lang TAG] [--theme auto|light|dark] [--layout full|compact] [--json-ld] FILE

Prints <fact-verdict> rendered on the server (declarative shadow DOM, the document as an inline
JSON child, a fallback in words), ready to paste into an article; needs @lit-labs/ssr installed.
  --json-ld   also print the matching ClaimReview <script type="application/ld+json">
An invalid document prints its problems on stderr, no HTML, and exits 1.

Example:
  npx fact-verdict render check.json --lang de --layout compact --json-ld > embed.html
`,
};

/** The help for `command`, or the overview; an unknown command is a usage error. */
export function helpText(command?: string): string {
  if (command === undefined || command === 'help') return OVERVIEW;
  const text = COMMANDS[command];
  if (!text) throw new UsageError(`help: unknown command "${command}" (expected ${Object.keys(COMMANDS).join(', ')})`);
  return text;
}
