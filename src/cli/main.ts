// The `kg` command: a thin layer of commands over the library, presenting errors and progress.
import { Command, CommanderError } from 'commander';
import { isKgError } from '../errors.js';
import { analyzeCommand } from './analyze.js';
import { evalCommand } from './eval.js';
import { exportCommand } from './export.js';
import { extractCommand } from './extract.js';
import { ingestCommand } from './ingest.js';
import { neo4jCommand } from './neo4j.js';
import { neo4jSchemaCommand } from './neo4j-schema.js';
import { queryCommand } from './query.js';
import { retractCommand } from './retract.js';

export function program(): Command {
  return new Command('kg')
    .description('News knowledge-graph builder: articles in; countries, officials, agencies, agreements and their ties out.')
    .option('--verbose', 'print stack traces and details of errors')
    .showHelpAfterError()
    .addCommand(extractCommand())
    .addCommand(ingestCommand())
    .addCommand(retractCommand())
    .addCommand(exportCommand())
    .addCommand(queryCommand())
    .addCommand(analyzeCommand())
    .addCommand(evalCommand())
    .addCommand(neo4jCommand().addCommand(neo4jSchemaCommand()));
}

/** Runs the CLI; resolves to the process exit code. */
export async function main(argv: readonly string[]): Promise<number> {
  const cli = program().exitOverride();
  const verbose = argv.includes('--verbose');
  try {
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
