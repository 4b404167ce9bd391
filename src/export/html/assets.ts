// The viewer's bundled client script and stylesheet, built by `npm run build:viewer` into dist/export/html/.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { KgError } from '../../errors.js';

/** Where the build puts the viewer; the same place seen from src/export/html/ and from dist/export/html/. */
export const VIEWER_ASSETS_DIR = fileURLToPath(new URL('../../../dist/export/html/', import.meta.url));
export const VIEWER_SCRIPT_FILE = 'viewer.js';
export const VIEWER_STYLE_FILE = 'viewer.css';

export interface ViewerAssets {
  readonly script: string;
  readonly style: string;
}

/** What would end or confuse the inline element the asset goes into. */
export function inlineHazard(text: string, element: 'script' | 'style'): string | undefined {
  const closing = new RegExp(`</${element}`, 'i');
  if (closing.test(text)) return `</${element}`;
  if (text.includes('<!--')) return '<!--';
  return undefined;
}

function readAsset(file: string, element: 'script' | 'style'): string {
  const path = VIEWER_ASSETS_DIR + file;
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (cause) {
    throw new KgError(
      'NOT_AVAILABLE',
      `The HTML viewer's ${file} is missing at ${path}: run \`npm run build:viewer\` (part of \`npm run build\`).`,
      { cause },
    );
  }
  const hazard = inlineHazard(text, element);
  if (hazard !== undefined) {
    throw new KgError('NOT_AVAILABLE', `The HTML viewer's ${path} contains "${hazard}" and cannot be inlined: rebuild it with \`npm run build:viewer\`.`);
  }
  return text;
}

let cached: ViewerAssets | undefined;

/** Reads the assets once per process. */
export function viewerAssets(): ViewerAssets {
  cached ??= { script: readAsset(VIEWER_SCRIPT_FILE, 'script'), style: readAsset(VIEWER_STYLE_FILE, 'style') };
  return cached;
}
