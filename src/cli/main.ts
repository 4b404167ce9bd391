// The `kg` command: a thin layer of commands over the library, presenting errors and progress.
import { Command, CommanderError } from 'commander';
import { isKgError } from '../errors.js';
import { setVerbose } from './verbosity.js';

/** Each command's module, imported only when that command runs: `kg extract` does not load the Neo4j driver. */
const COMMANDS: readonly (readonly [string, () => Promise<Command>])[] = [
  ['extract', async () => (await import('./extract.js')).extractCommand()],
  ['ingest', async () => (await import('./ingest.js')).ingestCommand()],
  ['retract', async () => (await import('./retract.js')).retractCommand()],
  ['export', async () => (await import('./export.js')).exportCommand()],
  ['bulk-csv', async () => (await import('./bulk-csv.js')).bulkCsvCommand()],
  ['query', async () => (await import('./query.js')).queryCommand()],
  ['analyze', async () => (await import('./analyze.js')).analyzeCommand()],
  ['eval', async () => (await import('./eval.js')).evalCommand()],
  [
    'neo4j',
    async () => {
      const [{ neo4jCommand }, { neo4jSchemaCommand }] = await Promise.all([import('./neo4j.js'), import('./neo4j-schema.js')]);
      return neo4jCommand().addCommand(neo4jSchemaCommand());
    },
  ],
];

/** The `kg` program; with `only` a known command name, just that command (the rest are not loaded). */
export async function program(only?: string): Promise<Command> {
  const known = COMMANDS.some(([name]) => name === only);
  const commands = await Promise.all(COMMANDS.filter(([name]) => !known || name === only).map(([, load]) => load()));
  const cli = new Command('kg')
    .description('News knowledge-graph builder: articles in; countries, officials, agencies, agreements and their ties out.')
    .option('--verbose', 'print stack traces and details of errors; with eval gold, every false positive and false negative')
    .showHelpAfterError();
  for (const command of commands) cli.addCommand(command);
  return cli;
}

/** Runs the CLI; resolves to the process exit code. */
export async function main(argv: readonly string[]): Promise<number> {
  const verbose = argv.includes('--verbose');
  setVerbose(verbose);
  try {
    const cli = (await program(argv.slice(2).find((arg) => !arg.startsWith('-')))).exitOverride();
    process.exitCode = 0;
    // --verbose is global: accepted anywhere on the line, before or after the command
    await cli.parseAsync(argv.filter((arg, i) => i < 2 || arg !== '--verbose'));
    return typeof process.exitCode === 'number' ? process.exitCode : 0;
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode;
    if (isKgError(error)) {
      process.stderr.write(`kg: ${error.message} [${error.code}]\n`);
      if (verbose) process.stderr.write(`${error.stack ?? ''}\n${error.cause instanceof Error ? `caused by: ${error.cause.stack ?? ''}\n` : ''}`);
      else if (error.cause instanceof Error && !error.message.includes(error.cause.message)) process.stderr.write(`  cause: ${error.cause.message}\n`);
      return 1;
    }
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(`kg: unexpected error: ${message}\n`);
    if (verbose && error instanceof Error) process.stderr.write(`${error.stack ?? ''}\n`);
    else process.stderr.write('  (run with --verbose for the stack trace)\n');
    return 1;
  }
}
