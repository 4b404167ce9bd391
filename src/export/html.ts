// The HTML export: one self-contained page (sigma.js viewer, styles and graph data inline) that works offline.
import { createHash } from 'node:crypto';
import type { KnowledgeGraph } from '../stores/store.js';
import { viewerAssets } from './html/assets.js';
import { escapeHtml, jsonForScript } from './html/escape.js';
import { toViewerData, type ViewerData } from './html/viewer-data.js';

export type { ViewerData, ViewerEdge, ViewerNode } from './html/viewer-data.js';

export interface HtmlOptions {
  /** The page's title; default "Knowledge graph". */
  readonly title?: string;
  /** The numeric node attribute node sizes follow; default `pagerank` when the graph has it, else degree. */
  readonly sizeBy?: string;
}

export const DEFAULT_HTML_TITLE = 'Knowledge graph';

function sha256(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

function plural(count: number, one: string, many: string): string {
  return `${count.toLocaleString('en-US')} ${count === 1 ? one : many}`;
}

function legend(data: ViewerData): string {
  return data.types
    .map(
      ({ type, count }) =>
        `<li><label><input type="checkbox" data-type="${escapeHtml(type)}" checked>` +
        `<span class="kg-swatch" data-type="${escapeHtml(type)}"></span>` +
        `<span class="kg-type-name">${escapeHtml(type)}</span><span class="kg-count">${count}</span></label></li>`,
    )
    .join('\n');
}

/** The type colours as CSS, so the legend needs no inline style attribute (which the page's policy forbids). */
function typeColors(data: ViewerData): string {
  return data.types.map(({ type, color }) => `.kg-swatch[data-type="${type}"] { background: ${color}; }`).join('\n');
}

function sizeNote(data: ViewerData): string {
  const missing = data.sizeBy.missing > 0 ? ` ${plural(data.sizeBy.missing, 'entity has', 'entities have')} no value and ${data.sizeBy.missing === 1 ? 'is' : 'are'} drawn smallest.` : '';
  return `Node size follows <strong id="kg-size-metric">${escapeHtml(data.sizeBy.label)}</strong>.${escapeHtml(missing)}`;
}

/** The page as one string: write it to a `.html` file and open it in any browser, no network needed. */
export function writeHtml(graph: KnowledgeGraph, options: HtmlOptions = {}): string {
  const title = options.title ?? DEFAULT_HTML_TITLE;
  const data = toViewerData(graph, { title, ...(options.sizeBy !== undefined && { sizeBy: options.sizeBy }) });
  const assets = viewerAssets();
  const style = `${assets.style}\n${typeColors(data)}`;
  const script = assets.script;
  // Only the inline script and style below may run or style the page, and nothing may be fetched.
  const policy = `default-src 'none'; script-src ${sha256(script)}; style-src ${sha256(style)}; img-src data:`;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${escapeHtml(policy)}">
<meta name="generator" content="news-kg">
<title>${escapeHtml(title)}</title>
<style>${style}</style>
</head>
<body>
<header class="kg-header">
  <div class="kg-heading">
    <h1>${escapeHtml(title)}</h1>
    <p class="kg-summary">${plural(graph.order, 'entity', 'entities')} · ${plural(graph.size, 'fact', 'facts')} · ${sizeNote(data)}</p>
  </div>
  <div class="kg-search">
    <input id="kg-search" type="search" list="kg-names" placeholder="Search a name or alias…" autocomplete="off" spellcheck="false" aria-label="Search an entity by name or alias">
    <datalist id="kg-names"></datalist>
    <p id="kg-search-status" class="kg-status" role="status"></p>
  </div>
</header>
<main class="kg-main">
  <aside class="kg-controls" aria-label="Legend and filters">
    <section>
      <h2>Entity types</h2>
      <ul id="kg-legend" class="kg-legend">
${legend(data)}
      </ul>
    </section>
    <section>
      <h2>Dates</h2>
      <p class="kg-hint">Show only facts seen in this period. <span id="kg-dates-span"></span></p>
      <label class="kg-date">From <input id="kg-from" type="date"></label>
      <label class="kg-date">Until <input id="kg-until" type="date"></label>
      <button id="kg-dates-reset" type="button" class="kg-button">All dates</button>
    </section>
    <section>
      <h2>Showing</h2>
      <p id="kg-visible" class="kg-hint"></p>
    </section>
  </aside>
  <div id="kg-graph" class="kg-graph" aria-label="Graph"></div>
  <aside id="kg-panel" class="kg-panel" aria-live="polite">
    <p class="kg-hint">Click an entity or a relationship to see its facts and the sentences behind them.</p>
  </aside>
</main>
<script type="application/json" id="kg-data">${jsonForScript(data)}</script>
<script>${script}</script>
</body>
</html>
`;
}
