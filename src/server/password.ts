// The initial password of the `neo4j` user: given, from NEO4J_PASSWORD, or generated.
import { randomBytes } from 'node:crypto';
import { KgError } from '../errors.js';
import { MIN_PASSWORD_LENGTH } from './options.js';

const GENERATED_PASSWORD_BYTES = 18;

export interface ChosenPassword {
  readonly password: string;
  readonly generated: boolean;
}

export function generatePassword(): string {
  return randomBytes(GENERATED_PASSWORD_BYTES).toString('base64url');
}

export function choosePassword(given: string | undefined, env: NodeJS.ProcessEnv = process.env): ChosenPassword {
  const fromEnv = env['NEO4J_PASSWORD'];
  const password = given ?? (fromEnv === '' ? undefined : fromEnv);
  if (password === undefined) return { password: generatePassword(), generated: true };
  if (password.length < MIN_PASSWORD_LENGTH) {
    throw new KgError('CONFIG_INVALID', `The Neo4j password must have at least ${MIN_PASSWORD_LENGTH} characters (check --password or NEO4J_PASSWORD).`);
  }
  return { password, generated: false };
}
