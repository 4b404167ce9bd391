// Memberships a member noun states ("Poland, a NATO member", "Mercosur members Brazil and Argentina", "Sweden became
// the alliance's 32nd member", "the trade bloc of which Brazil is a founding member"), and member nouns that name no
// state's membership ("21 crew members", "a member of the National Assembly's committee").
import type { SentenceSpan } from '../nlp/annotate.js';
import type { ResolvedArticle, ResolvedMention } from '../resolve/resolve.js';
import { BE, isPossessiveMark, whoTheCountedAre } from './context.js';
import { modalityAt } from './modality.js';
import { groupFrom, nearestMention, typeOf } from './roles.js';
import { isPerson } from './title-region.js';
import type { CompiledRule, TriggerFinding } from './trigger-rules.js';

/**
 * The memberships the MEMBER_OF trigger at `t` ("member", "members", "allies", "membership") states, with `left` the
 * mention before it: findings (perhaps none) when the noun settles what it states, undefined when the verb-led reading
 * of the rule goes on ("Finland joined NATO as a member").
 */
export function membersNamedAt(article: ResolvedArticle, rule: CompiledRule, t: number, sentence: SentenceSpan, left: ResolvedMention | undefined): TriggerFinding[] | undefined {
  const { doc } = article;
  const found: TriggerFinding[] = [];
  // "21 crew members", "family members": people, not states in a body
  // ("a founding member", "an associate member" are states')
  const kindOfMember = /^(founding|associate|founder|charter|observer)$/.test(doc.lower[t - 1] ?? '');
  // ("it had targeted a member of Hezbollah's Radwan Force": a member some verb acts on is someone unnamed)
  if (/^members?$/.test(doc.lower[t] ?? '') && /^(a|an|two|three|several|some|the)$/.test(doc.lower[t - 1] ?? '') && doc.pos[t - 2] === 'VERB' && !BE.has(doc.lower[t - 2] ?? '') && !/^(remains?|remained|became|becomes|become)$/.test(doc.lower[t - 2] ?? '')) return [];
  // ("confirmed that 140 members of the Defence Forces will deploy": a count in figures of a body's members opening a
  // clause is of its people)
  if (doc.lower[t] === 'members' && doc.lower[t + 1] === 'of' && /^\d/.test(doc.tokens[t - 1] ?? '') && (doc.lower[t - 2] === 'that' || (doc.pos[t - 2] === 'VERB' && !BE.has(doc.lower[t - 2] ?? '')))) return [];
  // ("The remaining members of the CSTO are A, B and C", "Members of the bloc include A and B": the body after "of",
  // the states after the verb)
  if (doc.lower[t] === 'members' && doc.lower[t + 1] === 'of') {
    const body = article.mentionAt[doc.lower[t + 2] === 'the' ? t + 3 : t + 2];
    const verb = body ? body.last : -1;
    const listed = body && typeOf(article, body) === 'Agency' && /^(are|were|include|includes|included)$/.test(doc.lower[verb] ?? '') ? article.mentionAt[doc.tokens[verb + 1] === ':' ? verb + 2 : verb + 1] : undefined;
    if (body && listed && rule.subject.has(typeOf(article, listed) ?? '')) {
      const modality = modalityAt(article, sentence.first, t);
      for (const m of groupFrom(article, listed, rule.subject, 1, sentence.last)) if (m.entity !== body.entity) found.push({ type: 'MEMBER_OF', source: m.entity, target: body.entity, at: t, modality });
      return found;
    }
  }
  // ("according to Rep. Han Ji-seok, a member of the National Assembly's Intelligence Committee": a person's
  // apposition makes no earlier state or body a member)
  const apposed = article.mentionAt[t - 3];
  if (doc.lower[t] === 'member' && /^(a|an)$/.test(doc.lower[t - 1] ?? '') && doc.tokens[t - 2] === ',' && apposed && isPerson(article, apposed)) return [];
  // ("the three European Union members of the Council": the body only qualifies the members, of another body)
  if (doc.lower[t] === 'members' && doc.lower[t + 1] === 'of' && left && left.last === t && typeOf(article, left) === 'Agency') return [];
  if (/^members?$/.test(doc.lower[t] ?? '') && doc.pos[t - 1] === 'NOUN' && !kindOfMember && !article.mentionAt[t - 1] && /^\p{Ll}/u.test(doc.tokens[t - 1] ?? '')) return [];
  // "the trade bloc of which Brazil is a founding member": the body before "of which" ("of which X became a full member")
  const ofWhich = left && /^members?$/.test(doc.lower[t] ?? '') && doc.lower[left.first - 1] === 'which' && doc.lower[left.first - 2] === 'of';
  const whole = ofWhich && left ? nearestMention(article, left.first - 3, Math.max(sentence.first, left.first - 12), -1, rule.object) : undefined;
  if (whole && left && typeOf(article, whole) === 'Agency' && doc.lower.slice(left.last, t).every((w) => BE.has(w) || /^(a|an|the|founding|associate|full|founder|became|becomes|become|remains)$/.test(w))) {
    found.push({ type: 'MEMBER_OF', source: left.entity, target: whole.entity, at: t, modality: modalityAt(article, left.first, t) });
    return found;
  }
  // ("the union's five members - Russia, Belarus, ...": a count between)
  const counted = left && t - left.last === 3 && doc.pos[t - 1] === 'NUM' ? 1 : 0;
  // ("Three NATO allies - Türkiye, Romania and Italy -": an alliance's allies are its members)
  const owner = left && t - left.last <= 2 + counted && /^(members?|membership|allies|ally)$/.test(doc.lower[t] ?? '') ? left : undefined;
  // ("would ask its allies to strengthen NATO's flank": allies no body names before are no members of what follows)
  if (/^all(ies|y)$/.test(doc.lower[t] ?? '') && !owner) return [];
  // "Poland, a NATO member bordering Ukraine": the state before the apposition is the member
  // ("Britain and France, both NATO members": every state of the list before it)
  // ("Somalia, also an IGAD member, sent a junior minister")
  // ("Turkey, Azerbaijan's closest ally and a NATO member, is": the second part of the apposition)
  let also = doc.lower[owner ? owner.first - 2 : -1] === 'also' ? 1 : 0;
  if (owner && doc.lower[owner.first - 2] === 'and') {
    let comma = owner.first - 3;
    while (comma > owner.first - 9 && comma > sentence.first && doc.tokens[comma] !== ',' && doc.pos[comma] !== 'VERB' && doc.pos[comma] !== 'AUX') comma--;
    if (doc.tokens[comma] === ',') also = owner.first - 2 - comma;
  }
  if (owner && typeOf(article, owner) === 'Agency' && /^(a|an|both|all)$/.test(doc.lower[owner.first - 1] ?? '') && doc.tokens[owner.first - 2 - also] === ',') {
    const state = article.mentionAt[owner.first - 3 - also];
    if (state && rule.subject.has(typeOf(article, state) ?? '')) {
      const states = doc.lower[owner.first - 1] === 'a' ? [state] : groupFrom(article, state, rule.subject, -1, sentence.first);
      for (const m of states) found.push({ type: 'MEMBER_OF', source: m.entity, target: owner.entity, at: t, modality: 'asserted' });
      return found;
    }
  }
  if (owner && typeOf(article, owner) === 'Agency' && doc.lower[t + 1] !== 'of') {
    // "Mercosur members Brazil and Argentina", "Mercosur, whose members include Brazil": the body, then the states
    const left = owner;
    let gap = t + 1;
    // ("Most EU members and the United States do": "and" joins another subject, no list of members)
    if (doc.lower[gap] === 'and') gap = sentence.last;
    // past "include the agricultural heavyweights", but not past another verb ("member bordering Ukraine")
    while (
      gap < Math.min(sentence.last, t + 8) &&
      !article.mentionAt[gap] &&
      (/^(,|:|-|–|—|include|includes|including|such|as|the|and)$/.test(doc.lower[gap] ?? '') || (/^\p{Ll}/u.test(doc.tokens[gap] ?? '') && (doc.pos[gap] === 'ADJ' || doc.pos[gap] === 'NOUN')))
    )
      gap++;
    const members = article.mentionAt[gap] ? nearestMention(article, gap, Math.min(sentence.last, gap + 1), 1, rule.subject) : undefined;
    const list = members ? groupFrom(article, members, rule.subject, 1, sentence.last) : [];
    for (const m of list) if (m.entity !== left.entity) found.push({ type: 'MEMBER_OF', source: m.entity, target: left.entity, at: t, modality: 'asserted' });
    if (list.length > 0) return found;
    // "between the two NATO members": the two states named last before
    const pair = doc.lower[left.first - 1] === 'two' && doc.lower[left.first - 2] === 'the' ? whoTheCountedAre(article, left.first - 2) : [];
    for (const m of pair) found.push({ type: 'MEMBER_OF', source: m.entity, target: left.entity, at: t, modality: 'asserted' });
    if (pair.length > 0) return found;
    // "Sweden became the alliance's 32nd member", "Finland is NATO's newest member": the subject of the copula
    // ("Sweden, which became NATO's 32nd member": the one the relative clause describes)
    const copula = doc.lower[left.first - 1] === 'the' ? left.first - 2 : left.first - 1;
    const relative = /^(which|who)$/.test(doc.lower[copula - 1] ?? '') && doc.tokens[copula - 2] === ',' ? copula - 2 : copula;
    const member = isPossessiveMark(doc.tokens[left.last]) && /^(became|become|becomes|is|was|as)$/.test(doc.lower[copula] ?? '') ? article.mentionAt[relative - 1] : undefined;
    if (member && rule.subject.has(typeOf(article, member) ?? '') && member.entity !== left.entity) {
      found.push({ type: 'MEMBER_OF', source: member.entity, target: left.entity, at: t, modality: modalityAt(article, member.first, t) });
      // ("Azerbaijan becomes the bloc's 11th member, joining China, Russia and India": the members it joins)
      const joined = doc.tokens[t + 1] === ',' && doc.lower[t + 2] === 'joining' ? article.mentionAt[t + 3] : undefined;
      const fellows = joined && rule.subject.has(typeOf(article, joined) ?? '') ? groupFrom(article, joined, rule.subject, 1, sentence.last) : [];
      for (const m of fellows) if (m.entity !== left.entity && m.entity !== member.entity) found.push({ type: 'MEMBER_OF', source: m.entity, target: left.entity, at: t, modality: 'asserted' });
      return found;
    }
    // ("A, B and C are among the forum's 18 members": every state of the list before the copula)
    const among = isPossessiveMark(doc.tokens[left.last]) && doc.lower[copula] === 'among' && BE.has(doc.lower[copula - 1] ?? '') ? article.mentionAt[copula - 2] : undefined;
    if (among && rule.subject.has(typeOf(article, among) ?? '')) {
      for (const m of groupFrom(article, among, rule.subject, -1, sentence.first)) if (m.entity !== left.entity) found.push({ type: 'MEMBER_OF', source: m.entity, target: left.entity, at: t, modality: modalityAt(article, m.first, t) });
      return found;
    }
  }
  return undefined;
}
