// The tagger's label sets (BIO or BILOU inside, IOB2 outside) and which label may follow which.

export const ENTITY_TYPES = ['PER', 'LOC', 'ORG', 'MISC'] as const;
export type EntityTypeTag = (typeof ENTITY_TYPES)[number];

/** How entity tokens are labelled inside the model; the tagger always answers in IOB2. */
export type LabelScheme = 'bio' | 'bilou';

const PARTS: Record<LabelScheme, readonly string[]> = { bio: ['B', 'I'], bilou: ['B', 'I', 'L', 'U'] };

/** Label 0 is O; type t part k is 1 + t * parts + k. */
export function labelNames(scheme: LabelScheme): string[] {
  const names = ['O'];
  for (const type of ENTITY_TYPES) for (const part of PARTS[scheme]) names.push(`${part}-${type}`);
  return names;
}

export function partsPerType(scheme: LabelScheme): number {
  return PARTS[scheme].length;
}

/** The entity type index of a label (0..3), or -1 for O. */
export function typeOfLabel(label: number, parts: number): number {
  return label === 0 ? -1 : ((label - 1) / parts) | 0;
}

const PART_B = 0;
const PART_I = 1;
const PART_L = 2;
const PART_U = 3;

/** Encodes IOB2 (or IOB1) tags as label numbers of `scheme`; unknown types become O. */
export function encodeTags(tags: readonly string[], scheme: LabelScheme): Int32Array {
  const parts = partsPerType(scheme);
  const types = tags.map((tag) => (tag === 'O' ? -1 : ENTITY_TYPES.indexOf(tag.slice(2) as EntityTypeTag)));
  const begins = tags.map((tag, i) => tag.startsWith('B-') || (types[i] ?? -1) !== (types[i - 1] ?? -1));
  const labels = new Int32Array(tags.length);
  for (let i = 0; i < tags.length; i++) {
    const type = types[i] ?? -1;
    if (type < 0) continue;
    const begin = begins[i] === true;
    const last = i + 1 >= tags.length || (types[i + 1] ?? -1) !== type || begins[i + 1] === true;
    let part = begin ? PART_B : PART_I;
    if (scheme === 'bilou') part = begin && last ? PART_U : begin ? PART_B : last ? PART_L : PART_I;
    labels[i] = 1 + type * parts + part;
  }
  return labels;
}

const IOB2 = ENTITY_TYPES.map((type) => [`B-${type}`, `I-${type}`] as const);

/**
 * Writes IOB2 tags for label numbers. Under the transition constraints labels already form proper
 * entities; an I or L that does not continue an entity of its type is read as a beginning.
 */
export function decodeLabels(labels: ArrayLike<number>, length: number, scheme: LabelScheme): string[] {
  const parts = partsPerType(scheme);
  const tags = new Array<string>(length);
  let previousType = -1;
  let open = false;
  for (let i = 0; i < length; i++) {
    const label = labels[i] as number;
    if (label === 0) {
      tags[i] = 'O';
      previousType = -1;
      open = false;
      continue;
    }
    const type = ((label - 1) / parts) | 0;
    const part = (label - 1) % parts;
    const continues = open && previousType === type && (part === PART_I || part === PART_L);
    const pair = IOB2[type] as readonly [string, string];
    tags[i] = continues ? pair[1] : pair[0];
    previousType = type;
    open = part === PART_B || part === PART_I;
    if (scheme === 'bio') open = true;
  }
  return tags;
}

/**
 * allowed[previous * labels + next] is 1 when `next` may follow `previous`; previous = labels stands
 * for the start of the sentence. `final[label]` is 1 when a sentence may end on that label.
 */
export function transitionRules(scheme: LabelScheme): { allowed: Uint8Array; final: Uint8Array } {
  const parts = partsPerType(scheme);
  const count = 1 + ENTITY_TYPES.length * parts;
  const allowed = new Uint8Array((count + 1) * count);
  const final = new Uint8Array(count);
  const isInside = (label: number): boolean => label > 0 && ((label - 1) % parts === PART_I || (label - 1) % parts === PART_L);
  const opens = (label: number): boolean =>
    label > 0 && (scheme === 'bio' || (label - 1) % parts === PART_B || (label - 1) % parts === PART_I);
  for (let previous = 0; previous <= count; previous++) {
    for (let next = 0; next < count; next++) {
      const previousOpen = previous < count && opens(previous);
      const sameType = previous < count && previous > 0 && typeOfLabel(previous, parts) === typeOfLabel(next, parts);
      let ok: boolean;
      if (scheme === 'bio') ok = !isInside(next) || sameType;
      else if (previousOpen) ok = isInside(next) && sameType;
      else ok = !isInside(next);
      allowed[previous * count + next] = ok ? 1 : 0;
    }
  }
  for (let label = 0; label < count; label++) final[label] = scheme === 'bilou' && opens(label) ? 0 : 1;
  return { allowed, final };
}
