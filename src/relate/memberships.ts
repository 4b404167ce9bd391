// Memberships stated without a membership verb: roles only a member holds ("Sweden's NATO membership"), lists of
// members ("The bloc's 16 members include A, B and C", "leaving A and B as its only members", "all eight member
// states: A, ..."), copulas ("Kenya is an EAC member"), appositions ("China, a fellow member of the SCO,"), "A sits in
// AUKUS with B and C", "A and B are founding members of X, together with C", "X, of which it is a founding member",
// "X, to which both countries belong", "X, the security partnership between A, B and C".
import type { Modality } from '../schema/index.js';
import { isUnionOrgan } from '../recognize/bodies.js';
import type { ResolvedArticle, ResolvedMention } from '../resolve/resolve.js';
import { afterDateline, countedEndingAt, isPossessiveMark, madeOfAt, nameBeforeComma, UNDOING, whoTheCountedAre } from './context.js';
import { groupFrom, typeOf } from './roles.js';

export interface MembershipFinding {
  readonly type: 'MEMBER_OF';
  readonly source: string;
  readonly target: string;
  readonly at: number;
  readonly modality?: Modality;
}

const STATES: ReadonlySet<string> = new Set(['Country']);

export function memberships(article: ResolvedArticle): MembershipFinding[] {
  return [...membershipsHeld(article), ...memberLists(article), ...membersBySitting(article)];
}

/** An intergovernmental body states are members of: not a union's commission or secretariat ("the European Commission"). */
function intergovernmental(article: ResolvedArticle, m: ResolvedMention | undefined): boolean {
  const body = m === undefined ? undefined : article.entities.get(m.entity);
  return body?.bodyKind === 'intergovernmental' && !isUnionOrgan(body.name);
}

/** Verbs of a new member joining others ("Somalia joins A, B and C in the bloc"). */
const JOINING = new Set(['joins', 'joined', 'joining']);

/** Words between an owner and "members": "the bloc's 16 full members", "its only members". */
const MEMBER_QUALIFIERS = /^(\d[\d,]*|\d+(st|nd|rd|th)|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|full|founding|current|only|other|remaining|fellow|permanent|newest|latest|youngest)$/;

/** How far before "as the bloc's member" the state made one may stand ("ASEAN admitted Timor-Leste as its 11th member"). */
const AS_MEMBER_TOKENS = 6;

/** The intergovernmental body named last before token `i`, from `from` on (by default the sentence before). */
function bodyBefore(article: ResolvedArticle, i: number, from?: number): ResolvedMention | undefined {
  const { doc } = article;
  const start = from ?? doc.sentences[Math.max(0, (doc.sentenceOf[i] ?? 0) - 1)]?.first ?? 0;
  for (let k = i - 1; k >= start; k--) {
    const m = article.mentionAt[k];
    if (m && intergovernmental(article, m)) return m;
    if (m) k = m.first;
  }
  return undefined;
}

/** The states of a list starting at or right after `i` ("the", a comma). */
function statesFrom(article: ResolvedArticle, i: number, last: number): ResolvedMention[] {
  const { doc } = article;
  let k = i;
  while (k < Math.min(last, i + 2) && !article.mentionAt[k] && /^(the|,|:|both)$/.test(doc.lower[k] ?? '')) k++;
  const first = article.mentionAt[k];
  return first && first.first === k && typeOf(article, first) === 'Country' ? groupFrom(article, first, STATES, 1, last) : [];
}

/** How many words an apposition's noun phrase may take before "to which" ("the East African regional bloc"). */
const APPOSITION_NOUN_WORDS = 6;

/**
 * "The bloc's 16 members include A, B and C", "X, whose 18 members include A", "Mercosur's full members are A and, since
 * 2024, B", "leaving A, B and C as its only members", "A and B are founding members of X, together with C and D",
 * "Guyana leaned on CARICOM, of which it is a founding member".
 */
function memberLists(article: ResolvedArticle): MembershipFinding[] {
  const { doc } = article;
  const out: MembershipFinding[] = [];
  const add = (states: readonly ResolvedMention[], body: ResolvedMention, at: number): void => {
    for (const m of states) if (m.entity !== body.entity) out.push({ type: 'MEMBER_OF', source: m.entity, target: body.entity, at });
  };
  for (let t = 1; t < doc.tokens.length; t++) {
    const lower = doc.lower[t] ?? '';
    const sentence = doc.sentences[doc.sentenceOf[t] ?? 0];
    if (!sentence) continue;
    if (lower === 'members' || lower === 'member') {
      let k = t - 1;
      while (k > sentence.first && MEMBER_QUALIFIERS.test(doc.lower[k] ?? '')) k--;
      const before = doc.lower[k] ?? '';
      // whose list: the owner's possessive, "whose", or "its" / "their" for the body named last
      let body: ResolvedMention | undefined;
      if (isPossessiveMark(doc.tokens[k])) body = article.mentionAt[k - 1];
      else if (before === 'whose') body = nameBeforeComma(article, k - 1);
      else if (before === 'its' || before === 'their') body = bodyBefore(article, k);
      const next = doc.lower[t + 1] ?? '';
      // ("the Arctic Council ... all eight member states: A, ..." names its body anywhere before in the sentence)
      const colon = lower === 'members' && next === ':' ? t + 1 : lower === 'member' && next === 'states' && doc.tokens[t + 2] === ':' ? t + 2 : -1;
      if (!body && colon >= 0) body = bodyBefore(article, t, sentence.first);
      if (body && intergovernmental(article, body) && (colon >= 0 || (lower === 'members' && /^(include|includes|included|are|were)$/.test(next)))) {
        add(statesFrom(article, colon >= 0 ? colon + 1 : t + 2, sentence.last), body, t);
      }
      // ("the four founding members of Mercosur — Brazil, Argentina, Paraguay and Uruguay": the states a dash or colon
      // lists after the body)
      if (lower === 'members' && next === 'of') {
        const named = article.mentionAt[doc.lower[t + 2] === 'the' ? t + 3 : t + 2];
        if (named && intergovernmental(article, named) && /^[:—–]$/.test(doc.tokens[named.last] ?? '')) add(statesFrom(article, named.last + 1, sentence.last), named, t);
      }
      // "leaving A, B and C as its only members"
      if (body && intergovernmental(article, body) && lower === 'members' && (before === 'its' || before === 'their') && doc.lower[k - 1] === 'as') {
        const last = article.mentionAt[k - 2];
        if (last && typeOf(article, last) === 'Country') add(groupFrom(article, last, STATES, -1, sentence.first), body, t);
      }
      // "Timor-Leste, ASEAN's newest member,", "X was admitted as the bloc's 11th member": the state in apposition to
      // the body's member, or the one made it
      if (lower === 'member' && body && isPossessiveMark(doc.tokens[k]) && intergovernmental(article, body)) {
        const opener = doc.lower[body.first - 1] === 'the' ? body.first - 2 : body.first - 1;
        if (doc.tokens[opener] === ',') {
          const state = article.mentionAt[opener - 1];
          if (state && typeOf(article, state) === 'Country') add([state], body, t);
        } else if (doc.lower[opener] === 'as') {
          for (let j = opener - 1; j >= Math.max(sentence.first, opener - AS_MEMBER_TOKENS) && !/^[,;:]$/.test(doc.tokens[j] ?? ''); j--) {
            const state = article.mentionAt[j];
            if (!state) continue;
            if (typeOf(article, state) === 'Country') add([state], body, t);
            break;
          }
        }
      }
      // "China, a fellow member of the SCO, urged restraint"
      const of = doc.lower[t + 1] === 'of' ? (doc.lower[t + 2] === 'the' ? t + 3 : t + 2) : -1;
      const whole = of >= 0 ? article.mentionAt[of] : undefined;
      const state = (before === 'a' || before === 'an') && doc.tokens[k - 1] === ',' ? article.mentionAt[k - 2] : undefined;
      if (whole && whole.first === of && intergovernmental(article, whole) && state && typeOf(article, state) === 'Country') add([state], whole, t);
      // "CARICOM, of which it is a founding member": "it" is the state the sentence opens with
      if (/^(is|was|remains)$/.test(doc.lower[k - 1] ?? '') && (before === 'a' || before === 'an')) {
        const it = doc.lower[k - 2] === 'it' && doc.lower[k - 3] === 'which' && doc.lower[k - 4] === 'of' ? k - 2 : -1;
        const owner = it >= 0 ? nameBeforeComma(article, it - 3) : undefined;
        const subject = article.mentionAt[afterDateline(article, sentence.first, t)];
        if (owner && intergovernmental(article, owner) && subject && typeOf(article, subject) === 'Country') add([subject], owner, t);
        // ("The GCC, of which the UAE is a founding member,": the state named in the relative clause)
        const named = article.mentionAt[k - 2];
        const which = named ? (doc.lower[named.first - 1] === 'the' ? named.first - 2 : named.first - 1) : -1;
        const body = named && doc.lower[which] === 'which' && doc.lower[which - 1] === 'of' ? nameBeforeComma(article, which - 2) : undefined;
        if (named && body && intergovernmental(article, body) && typeOf(article, named) === 'Country') add([named], body, t);
      }
    }
    // "Estonia and Finland are NATO allies", "Turkey remains a NATO ally": the states the copula before the body joins to it
    if (/^all(y|ies)$/.test(lower)) {
      const body = article.mentionAt[t - 1];
      let copula = body ? body.first - 1 : -1;
      if (/^(a|an|the|both|all|fellow)$/.test(doc.lower[copula] ?? '')) copula--;
      const states = body && intergovernmental(article, body) && /^(are|is|were|was|remain|remains)$/.test(doc.lower[copula] ?? '') ? article.mentionAt[copula - 1] : undefined;
      if (states && body && typeOf(article, states) === 'Country') add(groupFrom(article, states, STATES, -1, sentence.first), body, t);
    }
    // "The OAS, to which both countries belong,", "X, to which Peru and Bolivia belong,"
    if (/^(belong|belongs|belonged)$/.test(lower)) {
      const which = doc.lower.lastIndexOf('which', t);
      // (or past the apposition's noun: "IGAD, the East African regional bloc to which both Ethiopia and Somalia belong")
      let comma = which - 2;
      while (comma > which - 2 - APPOSITION_NOUN_WORDS && comma > sentence.first && doc.tokens[comma] !== ',' && !article.mentionAt[comma] && /^(\p{Ll}+|\p{Lu}\p{Ll}+)$/u.test(doc.tokens[comma] ?? '')) comma--;
      const body = which > sentence.first + 2 && t - which <= 6 && doc.lower[which - 1] === 'to' ? nameBeforeComma(article, comma) : undefined;
      const counted = countedEndingAt(article, t);
      const states = counted === which + 1 ? whoTheCountedAre(article, counted) : statesFrom(article, which + 1, t);
      if (body && intergovernmental(article, body)) add(states, body, t);
    }
    // "AUKUS, the security partnership between Australia, the United Kingdom and the United States": a body described
    // as what is between (or of) the states listed
    const body = article.mentionAt[t - 1];
    if (lower === ',' && body && body.last === t && intergovernmental(article, body) && /^(the|a|an)$/.test(doc.lower[t + 1] ?? '')) {
      let k = t + 2;
      while (k < Math.min(sentence.last, t + 7) && !article.mentionAt[k] && /^\p{Ll}/u.test(doc.tokens[k] ?? '') && doc.pos[k] !== 'VERB' && doc.pos[k] !== 'AUX' && !/^(between|of)$/.test(doc.lower[k] ?? '')) k++;
      if (/^(between|of)$/.test(doc.lower[k] ?? '') && k > t + 2) add(statesFrom(article, k + 1, sentence.last), body, t);
    }
    // "The Alliance of Sahel States (AES), made up of Mali, Burkina Faso and Niger,": a body and the states it is made of
    const madeOf = madeOfAt(doc.lower, t);
    const whole = madeOf >= 0 && doc.tokens[madeOf - 1] === ',' ? nameBeforeComma(article, madeOf - 1) : undefined;
    if (whole && intergovernmental(article, whole)) add(statesFrom(article, t + 1, sentence.last), whole, t);
    // "Somalia joins Burundi, the DRC, Kenya ... and Uganda in the bloc": the states joined are members of the body
    if (JOINING.has(lower)) {
      const joined = statesFrom(article, t + 1, sentence.last);
      const end = joined[joined.length - 1]?.last ?? -1;
      // (past an acronym in brackets: "the Democratic Republic of Congo (DRC)")
      const into = end >= 0 && doc.lower[end] === 'in' ? end + 1 : -1;
      // ("in the bloc" before the article names it: the body the next sentence names)
      const named = into >= 0 ? article.mentionAt[doc.lower[into] === 'the' ? into + 1 : into] : undefined;
      const body = named ?? (into >= 0 && doc.lower[into] === 'the' && doc.lower[into + 1] === 'bloc' ? bodyBefore(article, t) : undefined);
      if (body && intergovernmental(article, body)) add(joined, body, t);
    }
    // "A and B are founding members of X, together with C and D"
    if (lower === 'together' && doc.lower[t + 1] === 'with' && doc.tokens[t - 1] === ',') {
      const body = article.mentionAt[t - 2];
      const of = body ? (doc.lower[body.first - 1] === 'the' ? body.first - 2 : body.first - 1) : -1;
      if (body && intergovernmental(article, body) && doc.lower[of] === 'of' && /^members$/.test(doc.lower[of - 1] ?? '')) add(statesFrom(article, t + 2, sentence.last), body, t);
    }
  }
  return out;
}

const SITTING = new Set(['sits', 'sit', 'sat', 'sitting']);

/** "Australia sits in AUKUS with the United Kingdom and the United States, and in the Quad with India, Japan and ...". */
function membersBySitting(article: ResolvedArticle): MembershipFinding[] {
  const { doc } = article;
  const out: MembershipFinding[] = [];
  for (let t = 1; t < doc.tokens.length; t++) {
    if (!SITTING.has(doc.lower[t] ?? '') || doc.pos[t] !== 'VERB') continue;
    const sentence = doc.sentences[doc.sentenceOf[t] ?? 0];
    const subject = article.mentionAt[t - 1];
    if (!sentence || !subject || typeOf(article, subject) !== 'Country') continue;
    for (let k = t + 1; k < sentence.last; k++) {
      if (!/^(in|on)$/.test(doc.lower[k] ?? '')) continue;
      const at = doc.lower[k + 1] === 'the' ? k + 2 : k + 1;
      const body = article.mentionAt[at];
      if (!body || !intergovernmental(article, body) || body.first !== at) continue;
      out.push({ type: 'MEMBER_OF', source: subject.entity, target: body.entity, at: t });
      if (doc.lower[body.last] === 'with') {
        for (const m of statesFrom(article, body.last + 1, sentence.last)) out.push({ type: 'MEMBER_OF', source: m.entity, target: body.entity, at: t });
      }
      k = body.last;
    }
  }
  return out;
}

/** What only a member of a body holds: its presidency, chair, a seat in it. */
const MEMBER_ROLES = new Set(['presidency', 'chairmanship', 'chair', 'seat', 'membership', 'member']);

/**
 * "India's G-20 presidency", "Sweden's NATO membership", "Indonesia, the previous G-20 chair,", "the AU suspended
 * Niger's membership": a state holding a role in an intergovernmental body is a member of it.
 */
function membershipsHeld(article: ResolvedArticle): MembershipFinding[] {
  const { doc } = article;
  const out: MembershipFinding[] = [];
  for (const body of article.mentions) {
    if (!intergovernmental(article, body) || !MEMBER_ROLES.has(doc.lower[body.last] ?? '')) continue;
    let state: ResolvedMention | undefined;
    if (isPossessiveMark(doc.tokens[body.first - 1]) && doc.lower[body.first - 2] !== 'year') state = article.mentionAt[body.first - 2];
    else {
      // ", the [previous|current|rotating] G-20 chair," after the state
      let k = body.first - 1;
      while (k > body.first - 3 && /^(previous|current|rotating|outgoing|incoming|new|former)$/.test(doc.lower[k] ?? '')) k--;
      // (", this year's ASEAN chair,")
      if (isPossessiveMark(doc.tokens[k]) && doc.lower[k - 1] === 'year' && /^(this|last|next)$/.test(doc.lower[k - 2] ?? '')) k -= 2;
      if (/^(the|this|last|next)$/.test(doc.lower[k] ?? '') && doc.tokens[k - 1] === ',') state = article.mentionAt[k - 2];
    }
    if (state && typeOf(article, state) === 'Country') out.push({ type: 'MEMBER_OF', source: state.entity, target: body.entity, at: body.first });
  }
  // "The African Union suspended Niger's membership": the body whose verb takes a state's membership (denied when the
  // verb undoes it)
  for (const state of article.mentions) {
    if (typeOf(article, state) !== 'Country' || !isPossessiveMark(doc.tokens[state.last]) || doc.lower[state.last + 1] !== 'membership') continue;
    const verb = state.first - 1;
    const body = doc.pos[verb] === 'VERB' ? article.mentionAt[verb - 1] : undefined;
    if (!body || !intergovernmental(article, body)) continue;
    out.push({ type: 'MEMBER_OF', source: state.entity, target: body.entity, at: state.first, ...(UNDOING.has(doc.lower[verb] ?? '') ? { modality: 'denied' as const } : {}) });
  }
  // "Kenya is an EAC member", "Eritrea is not an EAC member" (denied), "Japan and Italy are G7 members"
  for (const body of article.mentions) {
    if (!intergovernmental(article, body) || !/^members?$/.test(doc.lower[body.last] ?? '')) continue;
    let k = body.first - 1;
    // ("Hungary remains the only NATO member that has not ratified": "the only", "the last", "the newest")
    while (k > body.first - 4 && (/^(a|an|all|both|full|founding|new|permanent|associate|the|only|last|sole|newest|latest)$/.test(doc.lower[k] ?? '') || /^\d*(st|nd|rd|th)$/.test(doc.lower[k] ?? ''))) k--;
    const denied = doc.lower[k] === 'not' || doc.lower[k] === "n't";
    if (denied) k--;
    if (!/^(is|are|was|were|remains|remain|becomes|become|became)$/.test(doc.lower[k] ?? '')) continue;
    for (let i = k - 1; i >= Math.max(0, k - 8); i--) {
      const m = article.mentionAt[i];
      if (m && typeOf(article, m) === 'Country') {
        out.push({ type: 'MEMBER_OF', source: m.entity, target: body.entity, at: body.first, ...(denied ? { modality: 'denied' as const } : {}) });
        i = m.first;
      } else if (m || !/^(and|,|both)$/.test(doc.lower[i] ?? '')) break;
    }
  }
  return out;
}

