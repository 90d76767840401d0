/**
 * Facts from the prepared sources: every reporting sentence becomes a passage with features;
 * passages are aligned across sources (align-facts.ts); each group becomes a Fact with its
 * mentions, framing and a label. Single-source claims are kept (they show what others left out).
 */
import { alignFacts, type AlignedGroup } from './align-facts';
import type { Curation, PassageRef } from './curation';
import { actorSpansBySource } from './corpus-actors';
import { isTranslationNotice } from './chrome-patterns';
import { labelFromPassage } from './fact-label';
import { firstByKey } from './first-by-key';
import { headlineCore, restatesMainEvent } from './main-event';
import { withMainFactDay } from './main-fact-day';
import { framePassage } from './framing';
import { claimFrame, type ClaimFrame } from './claim-frame';
import { carryPersonToPronouns } from './pronoun-person';
import type { Actor, Fact, FactMention } from './pack-schema';
import { passageFeatures, type ActorSpan, type PassageFeatures } from './passage-features';
import type { Sentence } from './sentences';
import { claimClauses } from './claim-clauses';
import { countWords } from './page-text';
import { otherLanguageSources } from './source-language';
import type { PreparedSource } from './source-prep';

export interface Passage {
  source: string;
  sourceIndex: number;
  sentence: Sentence;
  features: PassageFeatures;
  clauses: PassageFeatures[];
  frame: ClaimFrame | null;
}

/** A clause compares on its own only when it says enough (a name alone matches too much). */
const MIN_CLAUSE_FEATURES = 3;

/** How many shared features a machine-translated passage gives up as a label candidate. */
const TRANSLATED_LABEL_PENALTY = 2;
/**
 * A sentence that is also in another fact tells that claim too (a lede: "the court struck down the
 * act, which obliged apps to scan chats"): as a label it would name both facts alike.
 */
const SHARED_LABEL_PENALTY = 2;

/** A single-source passage is kept as a fact when it is a claim about someone, not a fragment. */
const MIN_TERMS_FOR_CLAIM = 4;
/** The same for a passage in another language, in words: about two per content term. */
const MIN_WORDS_FOR_CLAIM = 8;

export function slug(text: string): string {
  return (
    text
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .split('-')
      .slice(0, 8)
      .join('-') || 'fact'
  );
}

export function collectPassages(prepared: PreparedSource[], spans: Map<string, ActorSpan[]>): Passage[] {
  const otherLanguage = otherLanguageSources(prepared.map((item) => item.source));
  return prepared.flatMap((item, sourceIndex) => {
    const actorSpans = spans.get(item.source.id) ?? [];
    // A sentence in another language meets English ones by the news words foreign-terms.ts reads.
    const options = otherLanguage.has(item.source.id) ? { terms: 'foreign' as const } : {};
    return item.sentences.map((sentence) => ({
      source: item.source.id,
      sourceIndex,
      sentence,
      features: passageFeatures(sentence, actorSpans, item.anchorDate, options),
      frame: claimFrame(sentence, actorSpans),
      clauses: claimClauses(item.source.text, sentence)
        .map((clause) => passageFeatures(clause, actorSpans, item.anchorDate, options))
        .filter(
          (clause) => clause.terms.size + clause.actors.size + clause.numbers.size >= MIN_CLAUSE_FEATURES,
        ),
    }));
  });
}

function isClaim(passage: Passage): boolean {
  const { actors, attributedTo, terms } = passage.features;
  // In another language only its news words are terms: its length says whether it is a claim.
  const long = passage.features.otherLanguage
    ? countWords(passage.sentence.text) >= MIN_WORDS_FOR_CLAIM
    : terms.size >= MIN_TERMS_FOR_CLAIM;
  return actors.size + attributedTo.size > 0 && long;
}

/** The member that shares most of the group's strongest features: its words make the label. */
function centralMember(
  group: AlignedGroup,
  passages: Passage[],
  translated: Set<number>,
  inOtherFacts: (index: number) => boolean,
  labelsTaken: Set<number> = new Set(),
): number | undefined {
  const top = new Set(group.shared.slice(0, 8));
  let best: number | undefined;
  let bestScore = -1;
  // Another fact's label already: two facts must not read alike (a lede in both), unless this
  // fact has no other passage.
  const free = group.members.filter((index) => !labelsTaken.has(index));
  const pool = free.length > 0 ? free : group.members;
  // The facts are worded in English: a sentence in another language labels only its own facts.
  const english = pool.filter((index) => !passages[index]?.features.otherLanguage);
  for (const index of english.length > 0 ? english : pool) {
    const passage = passages[index];
    if (!passage) continue;
    const sharedPenalty = inOtherFacts(index) ? SHARED_LABEL_PENALTY : 0;
    const keys = [
      ...[...passage.features.terms].map((term) => `t:${term}`),
      ...[...passage.features.actors].map((actor) => `a:${actor}`),
      ...[...passage.features.numbers].map((number) => `n:${number}`),
    ];
    // A machine translation's odd wording makes a poor label when another source says it plainly.
    const score =
      keys.filter((key) => top.has(key)).length -
      passage.sentence.text.length / 1000 -
      (translated.has(passage.sourceIndex) ? TRANSLATED_LABEL_PENALTY : 0) -
      sharedPenalty;
    if (score > bestScore) {
      best = index;
      bestScore = score;
    }
  }
  return best;
}

/** A fact before it becomes a pack Fact: its passages and label. */
interface FactDraft {
  members: Passage[];
  label: string;
  /** Made by the overlay: later overlay facts may share its passages (a sentence with two claims). */
  curated?: boolean;
}

function draftsFromAlignment(passages: Passage[], translated: Set<number>): FactDraft[] {
  const groups = alignFacts(passages);
  const factCount = new Map<number, number>();
  for (const group of groups)
    for (const member of group.members) factCount.set(member, (factCount.get(member) ?? 0) + 1);
  const inOtherFacts = (index: number): boolean => (factCount.get(index) ?? 0) > 1;
  const labelsTaken = new Set<number>();
  const labelTexts = new Set<string>();
  return groups.flatMap((group) => {
    const members = group.members
      .map((index) => passages[index])
      .filter((p): p is Passage => p !== undefined);
    const first = members[0];
    if (!first) return [];
    const sharedTerms = group.shared.filter((key) => key.startsWith('t:')).map((key) => key.slice(2));
    const labelOf = (index: number | undefined): string =>
      labelFromPassage(
        (index === undefined ? undefined : passages[index])?.sentence.text ?? first.sentence.text,
        sharedTerms,
      );
    let central = centralMember(group, passages, translated, inOtherFacts, labelsTaken);
    let label = labelOf(central);
    // Two passages may make one label ("It needs to publish its customer list" from the column
    // and from its quote): the next best member labels the second fact.
    for (let tries = 0; labelTexts.has(label) && tries < group.members.length; tries++) {
      if (central !== undefined) labelsTaken.add(central);
      const next = centralMember(group, passages, translated, inOtherFacts, labelsTaken);
      if (next === undefined || next === central || labelsTaken.has(next)) break;
      central = next;
      label = labelOf(central);
    }
    if (central !== undefined) labelsTaken.add(central);
    labelTexts.add(label);
    return [{ members, label }];
  });
}

function findPassage(passages: Passage[], prepared: PreparedSource[], ref: PassageRef): Passage {
  const found = passages.filter(
    (passage) =>
      prepared[passage.sourceIndex]?.source.file.startsWith(ref.file) &&
      passage.sentence.text.includes(ref.contains),
  );
  if (found.length !== 1 || !found[0]) {
    throw new Error(
      `curation: ${found.length} passages of ${ref.file} contain "${ref.contains}" (need exactly 1)`,
    );
  }
  return found[0];
}

/** Applies the curated overlay's fact entries to the automatic drafts. */
function curateDrafts(
  drafts: FactDraft[],
  passages: Passage[],
  prepared: PreparedSource[],
  curation: Curation,
): FactDraft[] {
  let result = drafts;
  for (const entry of curation.entries) {
    if (entry.op === 'fact') {
      const members = entry.passages.map((ref) => findPassage(passages, prepared, ref));
      const taken = new Set(members);
      result = result.flatMap((draft) => {
        if (draft.curated) return [draft];
        const rest = draft.members.filter((member) => !taken.has(member));
        if (rest.length === draft.members.length) return [draft];
        // What the curated fact leaves of an automatic one: single passages stand alone.
        return rest.length > 1 ? [{ ...draft, members: rest }] : rest.map((member) => singleDraft(member));
      });
      result.push({ members, label: entry.label, curated: true });
    } else if (entry.op === 'relabel') {
      const passage = findPassage(passages, prepared, entry.passage);
      const draft = result.find((item) => item.members.includes(passage) && item.members.length > 1);
      if (!draft) throw new Error(`curation: no multi-source fact holds "${entry.passage.contains}"`);
      draft.label = entry.label;
    } else if (entry.op === 'drop') {
      const passage = findPassage(passages, prepared, entry.passage);
      result = result.flatMap((draft) =>
        draft.members.includes(passage) && draft.members.length > 1
          ? draft.members.map(singleDraft)
          : [draft],
      );
    }
  }
  return result;
}

/**
 * One fact per set of passages: a passage that sat in two automatic facts, both taken apart by the
 * overlay, would otherwise stand alone twice. The first draft (curated ones come first) is kept.
 */
function distinctDrafts(drafts: FactDraft[]): FactDraft[] {
  const ordered = [...drafts.filter((draft) => draft.curated), ...drafts.filter((draft) => !draft.curated)];
  const kept = new Set(
    firstByKey(ordered, (draft) =>
      draft.members
        .map((member) => `${member.sourceIndex}:${member.sentence.start}`)
        .sort()
        .join(','),
    ),
  );
  return drafts.filter((draft) => kept.has(draft));
}

function singleDraft(member: Passage): FactDraft {
  return { members: [member], label: labelFromPassage(member.sentence.text) };
}

/**
 * The main event's restatements (main-event.ts) as one fact: they join the fact that already holds
 * most of them, or make a new one labelled with the plainest of them; each also stays in the fact
 * it was aligned to.
 */
function withMainEvent(
  drafts: FactDraft[],
  passages: Passage[],
  prepared: PreparedSource[],
  actors: Actor[],
  translated: Set<number>,
): FactDraft[] {
  const core = headlineCore(
    prepared.map((item) => item.source.title),
    actors,
  );
  const restating = passages.filter((passage) => restatesMainEvent(passage.features, core));
  if (new Set(restating.map((passage) => passage.source)).size < 2) return drafts;
  const restated = new Set(restating);
  const overlap = (draft: FactDraft) => draft.members.filter((member) => restated.has(member)).length;
  // A fact made of restatements only is the main event already: it grows. A fact that also holds
  // other sentences (a lede told with the contract it was about) stays that fact, and the main
  // event becomes a fact of its own.
  const home = drafts.find((draft) => draft.members.length >= 2 && overlap(draft) === draft.members.length);
  if (home) {
    const members = new Set(home.members);
    for (const passage of restating) if (!members.has(passage)) home.members.push(passage);
    return drafts;
  }
  // Not a label another fact has already (the lede that labels the fact it was aligned to).
  const taken = new Set(drafts.map((draft) => draft.label));
  const unlabelled = restating.filter((passage) => !taken.has(labelFromPassage(passage.sentence.text)));
  const plainest = [...(unlabelled.length > 0 ? unlabelled : restating)].sort(
    (a, b) =>
      Number(Boolean(a.features.otherLanguage)) - Number(Boolean(b.features.otherLanguage)) ||
      Number(translated.has(a.sourceIndex)) - Number(translated.has(b.sourceIndex)) ||
      a.sentence.text.length - b.sentence.text.length,
  )[0];
  return plainest
    ? [...drafts, { members: restating, label: labelFromPassage(plainest.sentence.text) }]
    : drafts;
}

/** Every sentence of the corpus as a passage to align, with a person carried to the pronouns that follow. */
export function corpusPassages(
  prepared: PreparedSource[],
  actors: Actor[],
  spans: Map<string, ActorSpan[]> = actorSpansBySource(actors),
): Passage[] {
  const passages = collectPassages(prepared, spans);
  carryPersonToPronouns(
    passages,
    spans,
    new Set(actors.filter((actor) => actor.kind === 'person').map((actor) => actor.id)),
  );
  return passages;
}

export function buildFacts(prepared: PreparedSource[], actors: Actor[], curation?: Curation): Fact[] {
  const spans = actorSpansBySource(actors);
  const passages = corpusPassages(prepared, actors, spans);
  const translated = new Set(
    prepared.flatMap((item, index) => (isTranslationNotice(item.source.notes ?? '') ? [index] : [])),
  );
  const automatic = withMainFactDay(
    withMainEvent(draftsFromAlignment(passages, translated), passages, prepared, actors, translated),
    passages,
    actors,
    prepared.length,
  );
  const drafts = distinctDrafts(curation ? curateDrafts(automatic, passages, prepared, curation) : automatic);
  const usedIds = new Set<string>();
  const facts: Array<Fact & { order: [number, number] }> = [];
  for (const { members, label } of drafts) {
    const sources = new Set(members.map((member) => member.source));
    const first = [...members].sort(
      (a, b) => a.sourceIndex - b.sourceIndex || a.sentence.start - b.sentence.start,
    )[0];
    if (!first || (sources.size < 2 && !isClaim(first))) continue;
    let id = `fact:${slug(label)}`;
    for (let n = 2; usedIds.has(id); n++) id = `fact:${slug(label)}-${n}`;
    usedIds.add(id);
    const actorCounts = new Map<string, number>();
    for (const member of members)
      for (const actor of member.features.actors) actorCounts.set(actor, (actorCounts.get(actor) ?? 0) + 1);
    const ordered = [...members].sort(
      (a, b) => a.sourceIndex - b.sourceIndex || a.sentence.start - b.sentence.start,
    );
    const mentions: FactMention[] = ordered.map((member) => {
      const source = prepared[member.sourceIndex];
      return {
        source: member.source,
        start: member.sentence.start,
        end: member.sentence.end,
        text: member.sentence.text,
        framing: framePassage(
          source?.source.text ?? '',
          member.sentence,
          spans.get(member.source) ?? [],
          source?.anchorDate ?? null,
          member.features.otherLanguage,
        ),
      };
    });
    facts.push({
      id,
      label,
      actors: [...actorCounts.entries()].sort((a, b) => b[1] - a[1]).map(([actor]) => actor),
      mentions,
      order: [-sources.size, first.sourceIndex * 1e6 + first.sentence.start],
    });
  }
  facts.sort((a, b) => a.order[0] - b.order[0] || a.order[1] - b.order[1]);
  return facts.map(({ order: _order, ...fact }) => fact);
}
