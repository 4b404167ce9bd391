// The viewer inside the HTML export: draws the embedded graph with sigma and wires search, filters and the evidence panel.
// Bundled with sigma and graphology by scripts/build-viewer.ts; all text reaches the page through textContent.
import { MultiDirectedGraph } from 'graphology';
import Sigma from 'sigma';

const EDGE_COLOR = '#aeb7c4';
const FOCUS_EDGE_COLOR = '#5c6b7e';
const SELECTED_EDGE_COLOR = '#111827';
const DIMMED_EDGE_COLOR = '#eef0f3';
const LABEL_COLOR = '#1f2933';
const DIMMED_LABEL_COLOR = '#a3acb9';
const CAMERA_MS = 450;
/** A click on the stage this close to an edge selects it: thin edges are hard to hit exactly. */
const EDGE_CLICK_TOLERANCE_PX = 6;

/** @type {import('./viewer-data.js').ViewerData} */
const data = JSON.parse(byId('kg-data').textContent ?? '{}');
const nodesByKey = new Map(data.nodes.map((node) => [node.key, node]));
const edgesByKey = new Map(data.edges.map((edge) => [edge.key, edge]));

const graph = new MultiDirectedGraph();
for (const node of data.nodes) {
  graph.addNode(node.key, {
    label: node.label,
    x: node.x,
    y: node.y,
    size: node.size,
    color: node.color,
    dimmedColor: mixWithWhite(node.color, 0.75),
    labelColor: LABEL_COLOR,
  });
}
for (const edge of data.edges) {
  graph.addEdgeWithKey(edge.key, edge.source, edge.target, {
    // Whole pixels: software WebGL (SwiftShader) draws a fractional width as two faint lines.
    size: 2 + Math.min(3, Math.round(Math.log2(edge.articleCount || 1))),
    color: EDGE_COLOR,
    label: null,
  });
}
labelOneEdgePerPair();

const state = {
  /** @type {string | null} */ selectedNode: null,
  /** @type {string | null} */ selectedEdge: null,
  /** Nodes kept bright while something is selected. @type {Set<string> | null} */ focus: null,
  /** @type {Set<string>} */ hiddenTypes: new Set(),
  /** Edges in the date range, or null when no date filter is set. @type {Set<string> | null} */ datedEdges: null,
  /** Nodes touched by those edges. @type {Set<string> | null} */ datedNodes: null,
};

const smallGraph = graph.order <= 200;
const container = byId('kg-graph');
const sigma = new Sigma(graph, container, {
  enableEdgeEvents: true,
  defaultEdgeType: 'arrow',
  renderEdgeLabels: graph.size <= 400,
  labelFont: 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
  labelSize: 13,
  labelWeight: '600',
  labelColor: { attribute: 'labelColor', color: LABEL_COLOR },
  labelRenderedSizeThreshold: smallGraph ? 0 : 6,
  labelDensity: smallGraph ? 2 : 0.7,
  edgeLabelFont: 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
  edgeLabelSize: 10,
  edgeLabelColor: { color: '#7b8794' },
  stagePadding: 50,
  defaultDrawNodeLabel: drawNodeLabel,
  zIndex: true,
  nodeReducer,
  edgeReducer,
});

// ----- what is drawn -------------------------------------------------------

/** Sigma's label, with a white halo, and moved to the left of its node when it would run off the right edge. */
function drawNodeLabel(context, display, settings) {
  if (!display.label) return;
  const { labelSize: size, labelFont: font, labelWeight: weight, labelColor } = settings;
  context.font = `${weight} ${size}px ${font}`;
  const width = context.measureText(display.label).width;
  const gap = display.size + 3;
  const x = display.x + gap + width > container.clientWidth ? display.x - gap - width : display.x + gap;
  const y = display.y + size / 3;
  context.lineJoin = 'round';
  context.lineWidth = 3;
  context.strokeStyle = 'rgba(255, 255, 255, 0.9)';
  context.strokeText(display.label, x, y);
  context.fillStyle = (labelColor.attribute && display[labelColor.attribute]) || labelColor.color || LABEL_COLOR;
  context.fillText(display.label, x, y);
}

/** Parallel facts are drawn on top of each other: only the first of a pair carries a label, naming them all. */
function labelOneEdgePerPair() {
  /** @type {Map<string, string[]>} */
  const pairs = new Map();
  graph.forEachEdge((edge, _attributes, source, target) => {
    const pair = source < target ? `${source}\u0000${target}` : `${target}\u0000${source}`;
    pairs.set(pair, [...(pairs.get(pair) ?? []), edge]);
  });
  for (const edges of pairs.values()) {
    const types = [...new Set(edges.map((edge) => humanType(edgesByKey.get(edge).type)))];
    graph.setEdgeAttribute(edges[0], 'label', types.join(' · '));
  }
}

function isNodeShown(node) {
  return !state.hiddenTypes.has(nodesByKey.get(node).type) && (state.datedNodes === null || state.datedNodes.has(node));
}

function isEdgeShown(edge) {
  const [source, target] = graph.extremities(edge);
  return isNodeShown(source) && isNodeShown(target) && (state.datedEdges === null || state.datedEdges.has(edge));
}

function nodeReducer(node, attributes) {
  if (!isNodeShown(node)) return { ...attributes, hidden: true };
  if (node === state.selectedNode) return { ...attributes, highlighted: true, forceLabel: true, zIndex: 2 };
  if (state.focus === null) return attributes;
  if (state.focus.has(node)) return { ...attributes, forceLabel: true, zIndex: 1 };
  return { ...attributes, color: attributes.dimmedColor, labelColor: DIMMED_LABEL_COLOR, zIndex: 0 };
}

function edgeReducer(edge, attributes) {
  if (!isEdgeShown(edge)) return { ...attributes, hidden: true };
  if (edge === state.selectedEdge) return { ...attributes, color: SELECTED_EDGE_COLOR, size: attributes.size + 1.5, zIndex: 2 };
  if (state.focus === null) return attributes;
  const [source, target] = graph.extremities(edge);
  const inFocus = state.selectedNode !== null
    ? source === state.selectedNode || target === state.selectedNode
    : state.focus.has(source) && state.focus.has(target);
  return inFocus ? { ...attributes, color: FOCUS_EDGE_COLOR, zIndex: 1 } : { ...attributes, color: DIMMED_EDGE_COLOR, label: null, zIndex: 0 };
}

// ----- selection -----------------------------------------------------------

function selectNode(node, { centre = false } = {}) {
  if (!graph.hasNode(node)) return;
  state.selectedNode = node;
  state.selectedEdge = null;
  state.focus = new Set([node, ...graph.neighbors(node)]);
  showNode(node);
  sigma.refresh();
  if (centre) centreOn(node);
}

function selectEdge(edge) {
  if (!graph.hasEdge(edge)) return;
  state.selectedNode = null;
  state.selectedEdge = edge;
  state.focus = new Set(graph.extremities(edge));
  showEdge(edge);
  sigma.refresh();
}

function clearSelection() {
  state.selectedNode = null;
  state.selectedEdge = null;
  state.focus = null;
  panel.replaceChildren(h('p', 'kg-hint', 'Click an entity or a relationship to see its facts and the sentences behind them.'));
  sigma.refresh();
}

/** The shown edge nearest a viewport point, if within the tolerance. */
function edgeNear(x, y) {
  let nearest = null;
  let nearestDistance = EDGE_CLICK_TOLERANCE_PX;
  graph.forEachEdge((edge, _attributes, source, target) => {
    if (!isEdgeShown(edge)) return;
    const distance = distanceToSegment({ x, y }, sigma.graphToViewport(graph.getNodeAttributes(source)), sigma.graphToViewport(graph.getNodeAttributes(target)));
    if (distance <= nearestDistance) {
      nearest = edge;
      nearestDistance = distance;
    }
  });
  return nearest;
}

function distanceToSegment(point, a, b) {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const length2 = dx * dx + dy * dy;
  const t = length2 === 0 ? 0 : Math.max(0, Math.min(1, ((point.x - a.x) * dx + (point.y - a.y) * dy) / length2));
  return Math.hypot(point.x - (a.x + t * dx), point.y - (a.y + t * dy));
}

function centreOn(node) {
  const position = sigma.getNodeDisplayData(node);
  if (position === undefined) return;
  const camera = sigma.getCamera();
  camera.animate({ x: position.x, y: position.y, ratio: Math.min(camera.ratio, 0.75) }, { duration: CAMERA_MS });
}

sigma.on('clickNode', ({ node }) => selectNode(node));
sigma.on('clickEdge', ({ edge }) => selectEdge(edge));
sigma.on('clickStage', ({ event }) => {
  const edge = edgeNear(event.x, event.y);
  if (edge === null) clearSelection();
  else selectEdge(edge);
});
for (const event of ['enterNode', 'enterEdge']) sigma.on(event, () => container.classList.add('kg-pointer'));
for (const event of ['leaveNode', 'leaveEdge']) sigma.on(event, () => container.classList.remove('kg-pointer'));

// ----- side panel ----------------------------------------------------------

const panel = byId('kg-panel');

function showNode(node, { keepScroll = false } = {}) {
  const entity = nodesByKey.get(node);
  const facts = [...graph.outEdges(node), ...graph.inEdges(node)].map((edge) => edgesByKey.get(edge));
  const stats = [
    `${entity.articleCount} article${entity.articleCount === 1 ? '' : 's'}`,
    ...Object.entries(entity.metrics).map(([name, value]) => `${name} ${formatValue(value)}`),
  ];
  panel.replaceChildren(
    typeBadge(entity.type),
    h('h2', 'kg-panel-title', entity.label),
    entity.aliases.length > 0 ? h('p', 'kg-aliases', `Also: ${entity.aliases.join(', ')}`) : '',
    h('p', 'kg-stats', stats.join(' · ')),
    h('h3', null, `Facts (${facts.length})`),
    facts.length > 0 ? h('ul', 'kg-facts', ...facts.map((fact) => factItem(fact, node))) : h('p', 'kg-hint', 'No facts.'),
  );
  if (!keepScroll) panel.scrollTop = 0;
}

function showEdge(edge, { keepScroll = false } = {}) {
  const fact = edgesByKey.get(edge);
  const [a, b] = [fact.source, fact.target];
  // The clicked fact first, then the others between the same two entities (drawn on top of each other).
  const between = [edge, ...graph.edges(a, b), ...graph.edges(b, a)].filter((key, index, all) => all.indexOf(key) === index);
  panel.replaceChildren(
    h('p', 'kg-kind', 'Relationship'),
    h('h2', 'kg-panel-title', entityLink(a), h('span', 'kg-arrow', ' → '), entityLink(b)),
    h('h3', null, between.length === 1 ? 'Fact and evidence' : `Facts between them (${between.length})`),
    h('ul', 'kg-facts', ...between.map((key) => factItem(edgesByKey.get(key), null))),
  );
  if (!keepScroll) panel.scrollTop = 0;
}

/** One fact: subject, type, object, its details and its evidence sentences. `from` is the entity whose panel lists it. */
function factItem(fact, from) {
  const head = h(
    'div',
    'kg-fact-head',
    fact.source === from ? h('span', 'kg-self', nodesByKey.get(fact.source).label) : entityLink(fact.source),
    factTypeButton(fact),
    fact.target === from ? h('span', 'kg-self', nodesByKey.get(fact.target).label) : entityLink(fact.target),
  );
  const details = [
    fact.title === undefined ? null : `title: ${fact.title}`,
    fact.quantity === undefined ? null : `quantity: ${formatValue(fact.quantity)}`,
    fact.modality === undefined || fact.modality === 'asserted' ? null : fact.modality,
    dateSpan(fact),
    `${fact.articleCount} article${fact.articleCount === 1 ? '' : 's'}`,
  ].filter((detail) => detail !== null);
  if (!isEdgeShown(fact.key)) details.push('hidden by the filters');
  const classes = ['kg-fact', fact.key === state.selectedEdge ? 'kg-fact-selected' : '', isEdgeShown(fact.key) ? '' : 'kg-fact-filtered'];
  const item = h('li', classes.join(' ').trim(), head, h('p', 'kg-fact-meta', details.join(' · ')));
  if (fact.evidence.length > 0) item.append(h('ol', 'kg-evidence', ...fact.evidence.map(evidenceItem)));
  else item.append(h('p', 'kg-hint', 'No evidence sentences in this export.'));
  return item;
}

function evidenceItem(evidence) {
  const source = evidence.date === undefined ? evidence.article : `${evidence.article} · ${evidence.date}`;
  return h('li', null, h('blockquote', 'kg-sentence', evidence.sentence), h('p', 'kg-source', source));
}

function factTypeButton(fact) {
  const button = h('button', 'kg-fact-type', humanType(fact.type));
  button.type = 'button';
  button.title = 'Show this relationship';
  button.addEventListener('click', () => selectEdge(fact.key));
  return button;
}

function entityLink(node) {
  const button = h('button', 'kg-link', nodesByKey.get(node).label);
  button.type = 'button';
  button.addEventListener('click', () => selectNode(node, { centre: true }));
  return button;
}

function typeBadge(type) {
  const swatch = h('span', 'kg-swatch');
  swatch.dataset.type = type;
  return h('p', 'kg-kind', swatch, type);
}

function dateSpan(fact) {
  const first = fact.firstSeen?.slice(0, 10);
  const last = fact.lastSeen?.slice(0, 10);
  if (first === undefined && last === undefined) return null;
  if (first === last || last === undefined) return `seen ${first}`;
  if (first === undefined) return `seen ${last}`;
  return `seen ${first} – ${last}`;
}

// ----- search --------------------------------------------------------------

const search = /** @type {HTMLInputElement} */ (byId('kg-search'));
const searchStatus = byId('kg-search-status');
/** Lower-cased names and aliases to node keys. */
const names = new Map();
for (const node of data.nodes) {
  for (const name of [node.label, ...node.aliases]) if (!names.has(name.toLowerCase())) names.set(name.toLowerCase(), node.key);
}
byId('kg-names').replaceChildren(...[...new Set(data.nodes.flatMap((node) => [node.label, ...node.aliases]))].sort().map((name) => {
  const option = document.createElement('option');
  option.value = name;
  return option;
}));

/** An exact name or alias first; with `loose`, the first name that contains the query. */
function findEntity(query, loose) {
  const wanted = query.trim().toLowerCase();
  if (wanted === '') return undefined;
  const exact = names.get(wanted);
  if (exact !== undefined || !loose) return exact;
  for (const [name, node] of names) if (name.includes(wanted)) return node;
  return undefined;
}

function runSearch(loose) {
  const node = findEntity(search.value, loose);
  if (node === undefined) {
    searchStatus.textContent = loose && search.value.trim() !== '' ? `No entity named “${search.value.trim()}”.` : '';
    return;
  }
  const type = nodesByKey.get(node).type;
  if (state.hiddenTypes.has(type)) setTypeShown(type, true);
  searchStatus.textContent = isNodeShown(node) ? '' : 'Outside the selected dates.';
  selectNode(node, { centre: true });
}

search.addEventListener('input', () => runSearch(false));
search.addEventListener('keydown', (event) => {
  if (event.key === 'Enter') runSearch(true);
});

// ----- filters -------------------------------------------------------------

const fromInput = /** @type {HTMLInputElement} */ (byId('kg-from'));
const untilInput = /** @type {HTMLInputElement} */ (byId('kg-until'));
for (const input of [fromInput, untilInput]) {
  if (data.dates.first !== undefined) input.min = data.dates.first;
  if (data.dates.last !== undefined) input.max = data.dates.last;
  input.addEventListener('change', applyDates);
}
if (data.dates.first !== undefined) {
  byId('kg-dates-span').textContent = `Facts were seen from ${data.dates.first} to ${data.dates.last}.`;
}
byId('kg-dates-reset').addEventListener('click', () => {
  fromInput.value = '';
  untilInput.value = '';
  applyDates();
});

/** A fact is in range when the span it was seen in overlaps [from, until]; undated facts are out once a date is set. */
function applyDates() {
  const from = fromInput.value;
  const until = untilInput.value;
  if (from === '' && until === '') {
    state.datedEdges = null;
    state.datedNodes = null;
  } else {
    state.datedEdges = new Set();
    state.datedNodes = new Set();
    for (const fact of data.edges) {
      const first = (fact.firstSeen ?? fact.lastSeen)?.slice(0, 10);
      const last = (fact.lastSeen ?? fact.firstSeen)?.slice(0, 10);
      if (first === undefined || last === undefined) continue;
      if ((from !== '' && last < from) || (until !== '' && first > until)) continue;
      state.datedEdges.add(fact.key);
      state.datedNodes.add(fact.source).add(fact.target);
    }
  }
  filtersChanged();
}

const typeBoxes = /** @type {HTMLInputElement[]} */ ([...document.querySelectorAll('#kg-legend input[data-type]')]);
for (const box of typeBoxes) box.addEventListener('change', () => setTypeShown(box.dataset.type, box.checked));

function setTypeShown(type, shown) {
  if (shown) state.hiddenTypes.delete(type);
  else state.hiddenTypes.add(type);
  for (const box of typeBoxes) if (box.dataset.type === type) box.checked = shown;
  filtersChanged();
}

function filtersChanged() {
  sigma.refresh();
  if (state.selectedNode !== null) showNode(state.selectedNode, { keepScroll: true });
  else if (state.selectedEdge !== null) showEdge(state.selectedEdge, { keepScroll: true });
  const nodes = graph.filterNodes((node) => isNodeShown(node)).length;
  const edges = graph.filterEdges((edge) => isEdgeShown(edge)).length;
  byId('kg-visible').textContent = `${nodes} of ${graph.order} entities, ${edges} of ${graph.size} facts.`;
}
filtersChanged();

// ----- small DOM helpers ---------------------------------------------------

function byId(id) {
  const element = document.getElementById(id);
  if (element === null) throw new Error(`The page has no #${id}`);
  return element;
}

/** An element with a class and children; strings become text nodes, never markup. */
function h(tag, className, ...children) {
  const element = document.createElement(tag);
  if (className) element.className = className;
  element.append(...children.filter((child) => child !== null && child !== ''));
  return element;
}

function humanType(type) {
  return type.toLowerCase().replace(/_/g, ' ');
}

/** `#rrggbb` moved `share` of the way to white: a faded version of a type's colour. */
function mixWithWhite(color, share) {
  const channels = [1, 3, 5].map((start) => parseInt(color.slice(start, start + 2), 16));
  return `#${channels.map((channel) => Math.round(channel + (255 - channel) * share).toString(16).padStart(2, '0')).join('')}`;
}

function formatValue(value) {
  if (typeof value !== 'number') return String(value);
  if (Number.isInteger(value)) return value.toLocaleString('en-US');
  return value.toPrecision(3);
}

// For tests and for poking at the graph from the console.
window.kgViewer = { sigma, graph, data, selectNode, selectEdge, clearSelection };
