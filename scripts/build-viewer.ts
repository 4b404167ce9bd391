// Bundles the HTML export's viewer (client script with sigma and graphology, and its CSS) into dist/export/html/.
// Run by `npm run build:viewer`; writeHtml inlines the result, so exports need neither esbuild nor the network.
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';
import { inlineHazard, VIEWER_ASSETS_DIR, VIEWER_SCRIPT_FILE, VIEWER_STYLE_FILE } from '../src/export/html/assets.js';

const SOURCE_DIR = fileURLToPath(new URL('../src/export/html/', import.meta.url));
const BANNER = '/* news-kg HTML viewer. Bundles sigma.js (MIT), graphology (MIT) and events (MIT). */';

async function bundle(entry: string, options: esbuild.BuildOptions): Promise<string> {
  const result = await esbuild.build({
    entryPoints: [join(SOURCE_DIR, entry)],
    bundle: true,
    minify: true,
    write: false,
    logLevel: 'warning',
    ...options,
  });
  const output = result.outputFiles?.[0];
  if (output === undefined) throw new Error(`esbuild produced nothing for ${entry}`);
  return output.text.trim();
}

/** Writes a file whole or not at all, so a test reading it while another rebuilds never sees half. */
function writeAtomically(path: string, text: string): void {
  const partial = `${path}.${process.pid}.partial`;
  writeFileSync(partial, text);
  renameSync(partial, path);
}

export async function buildViewer(outDir: string = VIEWER_ASSETS_DIR): Promise<{ scriptBytes: number; styleBytes: number }> {
  const script = await bundle('client.js', {
    format: 'iife',
    platform: 'browser',
    target: ['es2020'],
    banner: { js: BANNER },
    legalComments: 'none',
  });
  const style = await bundle('viewer.css', { loader: { '.css': 'css' } });
  for (const [text, element, file] of [[script, 'script', VIEWER_SCRIPT_FILE], [style, 'style', VIEWER_STYLE_FILE]] as const) {
    const hazard = inlineHazard(text, element);
    if (hazard !== undefined) throw new Error(`The bundled ${file} contains "${hazard}" and could not be inlined in a <${element}>.`);
  }
  mkdirSync(outDir, { recursive: true });
  writeAtomically(join(outDir, VIEWER_SCRIPT_FILE), script);
  writeAtomically(join(outDir, VIEWER_STYLE_FILE), style);
  return { scriptBytes: Buffer.byteLength(script), styleBytes: Buffer.byteLength(style) };
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) {
  const { scriptBytes, styleBytes } = await buildViewer();
  console.log(`viewer: ${VIEWER_ASSETS_DIR}${VIEWER_SCRIPT_FILE} ${(scriptBytes / 1024).toFixed(0)} KiB, ${VIEWER_STYLE_FILE} ${(styleBytes / 1024).toFixed(1)} KiB`);
}
