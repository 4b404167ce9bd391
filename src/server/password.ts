// The initial password of the `neo4j` user: given, from NEO4J_PASSWORD, or generated.
import { randomBytes } from 'node:crypto';
import { KgError } from '../errors.js';
import { MIN_PASSWORD_LENGTH } from './options.js';

const GENERATED_PASSWORD_BYTES = 18;

export interface ChosenPassword {
  readonly password: string;
  readonly generated: boolean;
}

/**
 * A random password of URL-safe characters that opens with a letter or digit: neo4j-admin reads an argument opening
 * with "-" as an option ("Missing required parameter: '<password>'"), which one generated password in 64 would.
 */
export function generatePassword(): string {
  for (;;) {
    const password = randomBytes(GENERATED_PASSWORD_BYTES).toString('base64url');
    if (/^[A-Za-z0-9]/.test(password)) return password;
  }
}

export function choosePassword(given: string | undefined, env: NodeJS.ProcessEnv = process.env): ChosenPassword {
  const fromEnv = env['NEO4J_PASSWORD'];
  const password = given ?? (fromEnv === '' ? undefined : fromEnv);
  if (password === undefined) return { password: generatePassword(), generated: true };
  if (password.length < MIN_PASSWORD_LENGTH) {
    throw new KgError('CONFIG_INVALID', `The Neo4j password must have at least ${MIN_PASSWORD_LENGTH} characters (check --password or NEO4J_PASSWORD).`);
  }
  if (password.startsWith('-')) {
    throw new KgError('CONFIG_INVALID', 'The Neo4j password must not start with "-": neo4j-admin would read it as an option (check --password or NEO4J_PASSWORD).');
  }
  return { password, generated: false };
}
