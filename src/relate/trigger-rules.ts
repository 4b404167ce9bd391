// The trigger rules of the relations lexicon (data/lexicon/relations.json): which words start which relation type,
// between which entity types, and the windows and cues that bound where the two ends may stand.
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { dataPath } from '../data-path.js';
import type { Modality, RelationType } from '../schema/index.js';
import { NEAR_WINDOW_TOKENS } from './roles.js';

const TriggerRule = z.object({
  triggers: z.array(z.string()),
  near: z.array(z.string()).optional(),
  objectCue: z.array(z.string()).optional(),
  nounCue: z.array(z.string()).optional(),
  objectNotAfter: z.array(z.string()).optional(),
  notBefore: z.array(z.string()).optional(),
  nearOutsideNames: z.boolean().optional(),
  notInfinitive: z.boolean().optional(),
  nearBeforeObject: z.boolean().optional(),
  betweenOnly: z.boolean().optional(),
  recipientFirst: z.boolean().optional(),
  nearWindow: z.number().int().positive().optional(),
  objectBefore: z.array(z.string()).optional(),
  directObject: z.boolean().optional(),
  modality: z.literal('hypothetical').optional(),
  verbOnly: z.array(z.string()).optional(),
  subjectWindow: z.number().int().positive().optional(),
  objectWindow: z.number().int().positive().optional(),
  subject: z.array(z.string()),
  object: z.array(z.string()),
});

const RelationsLexicon = z.record(z.string(), z.union([TriggerRule, z.array(TriggerRule), z.string()]));

export interface CompiledRule {
  readonly type: RelationType;
  readonly triggers: ReadonlySet<string>;
  readonly near?: ReadonlySet<string>;
  readonly objectCue?: ReadonlySet<string>;
  /** When the trigger is a noun ("aid packages", "support for Israel"), the object must follow one of these. */
  readonly nounCue?: ReadonlySet<string>;
  /** An object right after one of these is a place the act happens in, not its object ("backed sides in the war in Yemen"). */
  readonly objectNotAfter?: ReadonlySet<string>;
  /** A trigger right before one of these nouns only says what the thing is for ("a supply boat of the Philippines"). */
  readonly notBefore?: ReadonlySet<string>;
  /** A 'near' word counts only outside names ("has troops", not "the Rapid Support Forces have sat down"). */
  readonly nearOutsideNames: boolean;
  /** "to" right before a verb opens an infinitive, no destination: "ordered troops to withdraw from X" orders them nowhere. */
  readonly notInfinitive: boolean;
  /** A 'near' word must stand between the trigger and the object: "withdrew its officers from X", not "withdraw its ambassador from X and end military cooperation". */
  readonly nearBeforeObject: boolean;
  /** The rule links only the two sides named after "between" ("mediating between Israel and Hamas"). */
  readonly betweenOnly: boolean;
  /** The object may stand right after the verb, before what is given ("send Ukraine three more systems"). */
  readonly recipientFirst: boolean;
  /** How far after the trigger a 'near' word may stand (before it: NEAR_WINDOW_TOKENS). */
  readonly nearWindow: number;
  /** The object stands before these words ("accused X of ...": the accused before "of"). */
  readonly objectBefore?: ReadonlySet<string>;
  /** The object follows the trigger with only determiners and adjectives between ("denounced Iran's assault"). */
  readonly directObject: boolean;
  /** Triggers that count only as verbs ("Russia hosts the summit", not "World Cup hosts France"). */
  readonly verbOnly: ReadonlySet<string>;
  /** What a plainly stated fact of the rule is at most ("pledged 1,500 soldiers to": hypothetical, not yet sent). */
  readonly modality?: 'hypothetical';
  readonly subjectWindow: number;
  readonly objectWindow: number;
  readonly subject: ReadonlySet<string>;
  readonly object: ReadonlySet<string>;
}

export interface TriggerFinding {
  readonly type: RelationType;
  readonly source: string;
  readonly target: string;
  readonly at: number;
  readonly modality: Modality;
  readonly quantity?: number;
}

/** How far before its trigger a rule's subject may stand, by default. */
const SUBJECT_WINDOW_TOKENS = 18;

/** How far after its trigger a rule's object may stand, by default (and how far a count of deployed forces may). */
export const OBJECT_WINDOW_TOKENS = 14;

/** Relation types whose two ends may both stand after the trigger ("talks between A and B"). */
export const SYMMETRIC_TYPES: ReadonlySet<RelationType> = new Set(['MEETS', 'IN_CONFLICT_WITH']);

export interface CompiledRules {
  readonly rules: readonly CompiledRule[];
  /** Which rules (by index) each trigger word starts. */
  readonly byTrigger: ReadonlyMap<string, readonly number[]>;
}

let rules: CompiledRules | undefined;

/** The trigger rules of data/lexicon/relations.json, read and compiled once. */
export function loadRules(): CompiledRules {
  if (rules) return rules;
  const raw = RelationsLexicon.parse(JSON.parse(readFileSync(dataPath('lexicon', 'relations.json'), 'utf8')));
  const out: CompiledRule[] = [];
  for (const [type, value] of Object.entries(raw)) {
    if (typeof value === 'string') continue;
    for (const rule of Array.isArray(value) ? value : [value]) out.push({
      type: type as RelationType,
      triggers: new Set(rule.triggers),
      ...(rule.near ? { near: new Set(rule.near) } : {}),
      ...(rule.objectCue ? { objectCue: new Set(rule.objectCue) } : {}),
      ...(rule.nounCue ? { nounCue: new Set(rule.nounCue) } : {}),
      ...(rule.objectNotAfter ? { objectNotAfter: new Set(rule.objectNotAfter) } : {}),
      ...(rule.notBefore ? { notBefore: new Set(rule.notBefore) } : {}),
      directObject: rule.directObject === true,
      notInfinitive: rule.notInfinitive === true,
      nearOutsideNames: rule.nearOutsideNames === true,
      nearBeforeObject: rule.nearBeforeObject === true,
      betweenOnly: rule.betweenOnly === true,
      recipientFirst: rule.recipientFirst === true,
      nearWindow: rule.nearWindow ?? NEAR_WINDOW_TOKENS + 2,
      ...(rule.objectBefore ? { objectBefore: new Set(rule.objectBefore) } : {}),
      verbOnly: new Set(rule.verbOnly ?? []),
      ...(rule.modality ? { modality: rule.modality } : {}),
      subjectWindow: rule.subjectWindow ?? SUBJECT_WINDOW_TOKENS,
      objectWindow: rule.objectWindow ?? OBJECT_WINDOW_TOKENS,
      subject: new Set(rule.subject),
      object: new Set(rule.object),
    });
  }
  const byTrigger = new Map<string, number[]>();
  out.forEach((rule, r) => {
    for (const word of rule.triggers) byTrigger.set(word, [...(byTrigger.get(word) ?? []), r]);
  });
  rules = { rules: out, byTrigger };
  return rules;
}

/** The tokens each rule's triggers stand at, by rule index. */
export function triggersByRule(lower: readonly string[], { rules, byTrigger }: CompiledRules): number[][] {
  const hits = rules.map((): number[] => []);
  for (let t = 0; t < lower.length; t++) {
    const starts = byTrigger.get(lower[t] ?? '');
    if (starts) for (const r of starts) hits[r]?.push(t);
  }
  return hits;
}
