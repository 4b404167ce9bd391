// Where the package's data folder is, from compiled code (dist/) and from sources under test (src/) alike.
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const PACKAGE_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export function packagePath(...parts: string[]): string {
  return path.join(PACKAGE_ROOT, ...parts);
}

export function dataPath(...parts: string[]): string {
  return packagePath('data', ...parts);
}
