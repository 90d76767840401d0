/**
 * When a sentence counts as reporting a fact: precision first, since a wrong match costs more
 * than a miss. English pages: a score (weighted cosine) of at least MIN_SCORE and two kinds of
 * evidence among actors, numbers, content words, quoted words and dates, or a strong overlap of
 * words, or two actors specific to the claim with a higher score. Other languages: a higher score
 * on actors, numbers, dates and the news words foreign-terms.ts reads, with something specific (a
 * number, a rarely named actor or a word few fact passages use).
 * Role words ("minister", "agency"), calendar words and place words ("capital") are not evidence; a sentence dated
 * otherwise than the fact is another occasion. Thresholds were set on the fixture pages and a
 * table of paraphrases and near misses (same actors, other events).
 * Cost: O(shared keys).
 */
import { SPEECH_VERB } from './attribution';
import type { CompiledFact, CompiledFacts } from './detect-compiled';
import type { ScoreMode } from './detect-score';
import { datesDisagree, monthsDisagree } from './detect-time';
import { keyKind } from './fact-signatures';
import type { PassageFeatures } from './passage-features';
import type { Sentence } from './sentences';
import { contentTerms, isRoleTerm } from './terms';

export interface SentenceMatch {
  sentence: Sentence;
  score: number;
  /** Shared feature keys, strongest first. */
  shared: string[];
  features: PassageFeatures;
  /** A clause's: its whole sentence's features. */
  sentenceFeatures?: PassageFeatures;
  /** Actors named only in another person's title ("Putin's spokesman Peskov"): detect-speaker.ts. */
  titleOnly?: Set<string>;
  /** The clause that scored, when a clause did rather than the whole sentence. */
  clauseText?: string;
}

export const MIN_SCORE = 0.35;
/**
 * A sentence sharing STRONG_TERMS content words and an actor with a fact needs only this score:
 * "Its foreign ministry demanded that Russia expel the visitors, calling the invitation obscene
 * and an endorsement of terrorism" shares expel, demand, call, invite, terror and Russia, but
 * its other words dilute it to 0.34.
 */
export const MIN_STRONG_WORDS_SCORE = 0.3;
/** A match on actors alone needs two actors specific to the claim and this score. */
export const MIN_ACTORS_ONLY_SCORE = 0.45;
/** Pages in other languages: actors, numbers and dates alone must agree more closely. */
export const MIN_STRUCTURE_SCORE = 0.55;
/**
 * The same for a sentence with one of the claim's own words that few fact passages use, an actor
 * of the claim and a third name or word: "Israel hat Russland aufgefordert, die in Moskau weilende
 * Delegation der Hamas um Abu Marsuk auszuweisen" says expel, which only the expulsion demand
 * says, but its other names dilute it to 0.48.
 */
export const MIN_CLAIM_WORD_SCORE = 0.45;
/**
 * An actor is specific to a claim when at most this share of the fact passages name it (Peskov,
 * Marzouk, Zakharova; not Hamas, Israel, Russia, Moscow, which most passages of the event name).
 */
export const SPECIFIC_SHARE = 0.15;

/**
 * Share of a signature's norm in words from which a claim is one its sources told in words: 0.87
 * for Russia's ceasefire call, 0.79 for the Kremlin's contacts line, 0.32 for Peskov's word that
 * Putin did not meet the delegation. 0.75 (was 0.8) takes in the contacts line: a German near miss
 * the day after ("…, sagte Kremlsprecher Dmitri Peskow in Moskau") told it by its speaker and city;
 * measured, 3 fact codes fewer on 36 keys, 6 wrong facts fewer.
 */
export const WORD_TOLD_SHARE = 0.75;

/** The least score acceptMatch takes in a mode: scoring need not list the shared keys below it. */
export function leastScore(mode: ScoreMode): number {
  return mode === 'structure' ? MIN_CLAIM_WORD_SCORE : Math.min(MIN_SCORE, MIN_STRONG_WORDS_SCORE);
}

/** The idf of a key held by SPECIFIC_SHARE of the passages (N from the idf of an unseen key). */
function specificIdf(facts: CompiledFacts): number {
  const passagesPlusOne = 1.5 * Math.exp(facts.unknownIdf); // unknown idf = ln((N + 1) / 1.5)
  return Math.log(passagesPlusOne / (SPECIFIC_SHARE * (passagesPlusOne - 1) + 0.5));
}

/** "The Russian capital", "the city": words that say where, which a place actor already says. */
const PLACE_TERMS = new Set(contentTerms('capital city'));
/** Content words that make a match on their own. */
export const STRONG_TERMS = 4;

export interface Evidence {
  actors: string[];
  numbers: string[];
  terms: string[];
  quoted: string[];
  dates: string[];
}

/** The shared keys sorted into evidence kinds (role words left out). */
export function evidenceOf(match: SentenceMatch, fact: CompiledFact): Evidence {
  const evidence: Evidence = { actors: [], numbers: [], terms: [], quoted: [], dates: [] };
  for (const key of match.shared) {
    const value = key.slice(2);
    switch (keyKind(key)) {
      case 'actor':
        evidence.actors.push(value);
        break;
      case 'number':
        evidence.numbers.push(value);
        break;
      case 'date':
        evidence.dates.push(value);
        break;
      default:
        if (isRoleTerm(value) || PLACE_TERMS.has(value)) break;
        if (fact.quoted.has(value) && match.features.quoteTerms.has(value)) evidence.quoted.push(value);
        else evidence.terms.push(value);
    }
  }
  return evidence;
}

/** Share of a fact's heaviest word weight that makes a word one of the claim's own. */
const CLAIM_WORD_SHARE = 0.9;

/** True when `term` weighs in the fact's signature as much as (nearly) its heaviest word. */
function isClaimWord(fact: CompiledFact, term: string): boolean {
  const weight = fact.weights.get(`t:${term}`) ?? 0;
  return fact.heaviestTerm > 0 && weight >= fact.heaviestTerm * CLAIM_WORD_SHARE;
}

/**
 * A spokesperson and the organisation they speak for count as one name (actor-principals.ts):
 * "Kremlin spokesman Dmitry Peskov played down the visit" names both, as nearly every story about
 * either does, and tells no claim of his.
 */
function withoutPrincipals(actors: string[], facts: CompiledFacts): string[] {
  return actors.filter(
    (actor) => !actors.some((other) => other !== actor && facts.speaksFor.get(other)?.has(actor)),
  );
}

/**
 * A sentence sharing only numbers and dates that several claims carry, with none of this claim's
 * own words and no one few passages name, tells the background they all repeat: "around 1,400
 * people were killed in the October 7 attack" is the toll, not the vow to annihilate Hamas that
 * one source set beside it.
 */
function backgroundOnly(evidence: Evidence, fact: CompiledFact, facts: CompiledFacts): boolean {
  if (evidence.quoted.length > 0 || !numbersSharedByOthers(evidence, facts)) return false;
  if (!evidence.dates.every((date) => sharedByOtherFacts(`d:${date}`, facts))) return false;
  if (evidence.terms.some((term) => isClaimWord(fact, term))) return false;
  return !evidence.actors.some((actor) => namedByFew(actor, facts));
}

/**
 * A tally of an attack counts with another claim's number, without that claim's own words: "rund
 * 1400 Menschen getötet und mehr als 220 verschleppt" gives the toll, not the charge that Hamas's
 * leaders are responsible for kidnapping over 220 (one source set it beside the blood of 1,400), so
 * neither claim is told. A number is another claim's when other claims weigh it more than this one
 * does; the sentence tells one of them when it has that claim's words.
 */
function tallyOfAnother(match: SentenceMatch, fact: CompiledFact, facts: CompiledFacts): boolean {
  // Over the whole sentence: "…, а более 220 человек похищены" is a clause of the blood charge.
  const sentence = match.sentenceFeatures ?? match.features;
  const terms = [...sentence.terms];
  for (const number of sentence.numbers) {
    const key = `n:${String(number)}`;
    const own = fact.weights.get(key) ?? 0;
    const heavier = (facts.postings.get(key) ?? []).filter((posting) => posting.weight > own);
    if (heavier.length === 0) continue;
    const told = heavier.some((posting) => {
      const other = facts.facts[posting.fact];
      return other !== undefined && terms.some((term) => isClaimWord(other, term));
    });
    if (!told) return true;
  }
  return false;
}

/**
 * A spokesperson who speaks for the claim rather than being its subject (they weigh less in its
 * signature than its heaviest actor), named with at most one of its words and none of its own,
 * is only the claim's speaker saying something: "ولم يصدر تعليق فوري من المتحدث … ليئور حياة"
 * (no immediate comment from Lior Haiat), "Lior Haiat … réclament toujours son départ" (of the UN's
 * chief) are not Israel's demand that Russia expel the delegation. Two of its words tell what he
 * said: "Haiat calificó la invitación de obscena … respaldar el terrorismo".
 */
function speakerOnly(evidence: Evidence, fact: CompiledFact, facts: CompiledFacts): boolean {
  if (evidence.numbers.length + evidence.dates.length + evidence.quoted.length > 0) return false;
  if (evidence.terms.length >= 2 || evidence.terms.some((term) => isClaimWord(fact, term))) return false;
  const actors = withoutPrincipals(
    evidence.actors.filter((actor) => !facts.media.has(actor)),
    facts,
  );
  const heaviest = Math.max(0, ...Object.values(fact.entry.signature.actors));
  const speaker = (actor: string): boolean =>
    facts.speaksFor.has(actor) && (fact.entry.signature.actors[actor] ?? 0) < heaviest;
  return actors.length > 0 && actors.every(speaker);
}

/** Fewest keys (but people's names) most of a fact's sources share for a plain telling to count. */
const PLAIN_KEYS = 3;

/**
 * A sentence that says what most of a fact's sources said, in their words and with their places
 * and organisations, tells the fact though none of it is rare and it leaves the people unnamed: a
 * corpus's main claim is told in its commonest words ("Una delegazione di Hamas è in visita a
 * Mosca": a delegation, a visit, Moscow; "a Hamas delegation visiting Moscow"). One of those words
 * may be missing; none of the places and organisations.
 */
export function plainTelling(features: PassageFeatures, fact: CompiledFact, facts: CompiledFacts): boolean {
  const shared = (fact.entry.shared ?? []).filter(
    (key) => !key.startsWith('a:') || !facts.persons.has(key.slice(2)),
  );
  if (shared.length < PLAIN_KEYS || !shared.some((key) => key.startsWith('t:'))) return false;
  const has = (key: string): boolean => {
    const value = key.slice(2);
    if (key.startsWith('a:')) return features.actors.has(value);
    if (key.startsWith('n:')) return features.numbers.has(Number(value));
    return features.terms.has(value);
  };
  const missing = shared.filter((key) => !has(key));
  if (missing.length > 1 || missing.some((key) => key.startsWith('a:'))) return false;
  // A word for what happened, not only roles ("deputy foreign minister").
  if (!shared.some((key) => key.startsWith('t:') && !isRoleTerm(key.slice(2)) && has(key))) return false;
  // Whose visit or claim it is, when sources name an organisation for it: "una delegazione
  // iraniana" in Moscow is another delegation than Hamas's.
  const organisations = fact.entry.organisations ?? [];
  return organisations.length === 0 || organisations.some((actor) => features.actors.has(actor));
}

/**
 * Share of a signature's norm in words from which a claim must be told with its common ground.
 * Lower than WORD_TOLD_SHARE: Israel's expulsion demand (0.64) is told with "expel" or
 * "immediately", not by an Israeli ministry calling the invitation support for terrorism (3 pages);
 * measured, 1 fact code fewer on 73 keys (a page whose demand was found only in such a sentence).
 */
const COMMON_GROUND_SHARE = 0.6;

/** What the rules below read of a fact's shared keys, derived once per compiled fact. */
interface SharedParts {
  /** Its actors and its words that most of its sources give. */
  actors: Set<string>;
  terms: string[];
  /** Common ground (claims told in words only): the shared words few passages use. */
  ground: string[];
  /** A spokesperson among its shared actors speaks for none of its organisations (and it has some). */
  speaksForOthers: boolean;
  /** Whom it is about: its shared people who are no spokesperson; none for a main claim. */
  people: string[];
}

const sharedParts = new WeakMap<CompiledFact, SharedParts>();

function partsOf(fact: CompiledFact, facts: CompiledFacts): SharedParts {
  const known = sharedParts.get(fact);
  if (known) return known;
  const shared = fact.entry.shared ?? [];
  const actors = new Set(shared.flatMap((key) => (key.startsWith('a:') ? [key.slice(2)] : [])));
  const terms = shared.flatMap((key) => (key.startsWith('t:') ? [key.slice(2)] : []));
  const specific = specificIdf(facts);
  const ground =
    fact.wordShare < COMMON_GROUND_SHARE
      ? []
      : terms.filter(
          (term) =>
            !isRoleTerm(term) && !PLACE_TERMS.has(term) && (facts.idf.get(`t:${term}`) ?? 0) >= specific,
        );
  const organisations = fact.entry.organisations ?? [];
  // A speaker for another group than the claim's (Peskov for the Kremlin; not Abu Marzouk, who
  // also speaks for Hamas and is the claim's own).
  const speaksForOthers =
    organisations.length > 0 &&
    [...actors].some((actor) => {
      const principals = facts.speaksFor.get(actor);
      return principals !== undefined && organisations.every((organisation) => !principals.has(organisation));
    });
  // Haiat's own words are about Hamas: a spokesperson is not whom a claim is about.
  const mainClaim = facts.mainClaims.get(fact.entry.id)?.facts.has(fact.entry.id) === true;
  const people = mainClaim
    ? []
    : [...actors].filter((actor) => facts.persons.has(actor) && !facts.speaksFor.has(actor));
  const parts = { actors, terms, ground, speaksForOthers, people };
  sharedParts.set(fact, parts);
  return parts;
}

/**
 * A claim its sources told in words is told with one of the words they all used: "the talks were on
 * freeing foreign hostages and evacuating Russians from Gaza" shares hostages, release and
 * evacuation with Russia's call for a ceasefire (whose sources also named them), but neither
 * ceasefire nor aid, which all of that call's sources said. A word many passages use is no common
 * ground: "Bagheri Kani met Abu Marzouk and discussed a ceasefire" says "met", which the talks on
 * hostages share with half the event, and none of their own words.
 */
function missesCommonGround(match: SentenceMatch, parts: SharedParts): boolean {
  const { terms } = match.sentenceFeatures ?? match.features;
  return parts.ground.length > 0 && !parts.ground.some((term) => terms.has(term));
}

/**
 * A spokesperson's claim about a group the spokesperson does not speak for (most of its sources
 * name both: Peskov saying the Hamas delegation met diplomats, not Putin) is told with one of the
 * words its sources shared (the delegation, meeting): Peskov with Putin on a call to Netanyahu, on
 * a Security Council session or on Biden's comparison of Putin with Hamas (which names the group)
 * tells another claim of the same speaker.
 */
function missesGroup(match: SentenceMatch, parts: SharedParts): boolean {
  if (!parts.speaksForOthers) return false;
  const { terms } = match.sentenceFeatures ?? match.features;
  return !parts.terms.some((term) => terms.has(term));
}

/**
 * A claim about someone (its sources all name a person) is not told by a spokesperson the claim's
 * sources do not name, speaking of others: "Zakharova confirmed that Hamas representatives are in
 * Moscow" shares Moscow and a visit with "Iran's deputy foreign minister is in Moscow" (one source
 * had Zakharova say it), but names no Bagheri Kani. The corpus's main claims, told in every way,
 * are left out.
 */
function anotherSpeakersWord(match: SentenceMatch, parts: SharedParts, facts: CompiledFacts): boolean {
  if (parts.people.length === 0) return false;
  const { actors } = match.sentenceFeatures ?? match.features;
  if (parts.people.some((actor) => actors.has(actor))) return false;
  return [...actors].some((actor) => facts.speaksFor.has(actor) && !parts.actors.has(actor));
}

/** A key several facts' signatures carry ("n:1400": the attack's toll and the blood charge). */
const sharedByOtherFacts = (key: string, facts: CompiledFacts): boolean =>
  (facts.postings.get(key)?.length ?? 0) > 1;

/** The sentence shares numbers, and every one of them is one several claims count. */
const numbersSharedByOthers = (evidence: Evidence, facts: CompiledFacts): boolean =>
  evidence.numbers.length > 0 && evidence.numbers.every((number) => sharedByOtherFacts(`n:${number}`, facts));

/** A person or organisation few passages name (a place is where, not who). */
const namedByFew = (actor: string, facts: CompiledFacts): boolean =>
  !facts.places.has(actor) && (facts.idf.get(`a:${actor}`) ?? 0) >= specificIdf(facts);

/**
 * Evidence that ties a sentence to one claim of the event rather than to its topic: many of the
 * claim's words, or words with a number, a date, or a person or organisation few passages name.
 * Places and the parties every story names (Russia, Israel, Hamas) with a word or two ("release",
 * "hostages") tell the topic.
 */
function tiedToClaim(evidence: Evidence, facts: CompiledFacts): boolean {
  const words = evidence.terms.length + evidence.quoted.length;
  if (words >= STRONG_TERMS) return true;
  const anchored =
    evidence.numbers.length + evidence.dates.length > 0 ||
    evidence.actors.some((actor) => namedByFew(actor, facts));
  return words > 0 && anchored;
}

/** The actors few passages name, a spokesperson's organisation and the media left out. */
function specificActors(actors: string[], facts: CompiledFacts): string[] {
  return withoutPrincipals(actors, facts).filter(
    (actor) => !facts.media.has(actor) && (facts.idf.get(`a:${actor}`) ?? 0) >= specificIdf(facts),
  );
}

/**
 * `outsideEvent`: the page is dated around the event, not on its days (detect-time.ts
 * publishedOutsideEvent), so only evidence tied to the claim tells it.
 */
export function acceptMatch(
  match: SentenceMatch,
  fact: CompiledFact,
  facts: CompiledFacts,
  mode: ScoreMode,
  outsideEvent = false,
): boolean {
  if (datesDisagree(match.features.dates, fact.entry.signature.dates)) return false;
  if (monthsDisagree(match.sentence.text, fact.entry.signature.dates)) return false;
  const evidence = evidenceOf(match, fact);
  if (outsideEvent && !tiedToClaim(evidence, facts)) return false;
  // A clause that says who said the sentence ("…,” Kremlin spokesman Dmitry Peskov told
  // reporters") names its speaker, not its claim: on its own it must share a word or number.
  const namesOnly = evidence.numbers.length + evidence.terms.length + evidence.quoted.length === 0;
  if (match.clauseText && namesOnly && SPEECH_VERB.test(match.clauseText)) return false;
  if (backgroundOnly(evidence, fact, facts)) return false;
  if (speakerOnly(evidence, fact, facts)) return false;
  if (tallyOfAnother(match, fact, facts)) return false;
  const parts = partsOf(fact, facts);
  if (missesCommonGround(match, parts)) return false;
  if (missesGroup(match, parts)) return false;
  if (anotherSpeakersWord(match, parts, facts)) return false;
  if (mode === 'structure') {
    // Two actors the claim is about, or an actor and a number or word, or two numbers; and
    // something specific to the claim: a number, a person or organisation few passages name, or a
    // news word few passages use ("expel", read from "wydalenia"; not "visit"). A place is where
    // things happen, not what happened: "Hamas controls the Gaza Strip" names Hamas and Gaza as
    // much as a claim about hostages taken to Gaza does.
    const actors = withoutPrincipals(
      evidence.actors.filter((actor) => !facts.media.has(actor) && !match.titleOnly?.has(actor)),
      facts,
    );
    const numbers = evidence.numbers.length;
    const words = evidence.terms.length;
    const isSpecific = (key: string): boolean => (facts.idf.get(key) ?? 0) >= specificIdf(facts);
    const specifics =
      numbers +
      evidence.terms.filter((term) => isSpecific(`t:${term}`)).length +
      actors.filter((actor) => namedByFew(actor, facts)).length;
    // A claim whose sources named one actor and no number or date leaves a page in another
    // language little to know it by: "Russia also demands more aid" shares only "demands" and
    // Russia with "Israel demands that Russia expel the delegation". It needs two specific pieces.
    const plain = plainTelling(match.sentenceFeatures ?? match.features, fact, facts);
    const specific = specifics >= (fact.bare ? 2 : 1) || plain;
    // A number with the claim's own word says what it counts ("кров’ю понад 1400": the blood of
    // 1,400) even where the sentence names no one ("За його словами", in his words). Its own word
    // is one of its heaviest: "killed" with 1,400 is the attack's toll, not the blood charge.
    const claimWords = evidence.terms.filter((term) => isClaimWord(fact, term));
    const claimWord = claimWords.length > 0;
    const countedWord = numbers >= 1 && claimWord;
    // A number several claims count says which of them a sentence tells only with the claim's own
    // word, its date or someone few passages name: "1 400 personnes ont été tuées lors de l'attaque
    // du Hamas" is the attack's toll, not the charge that Hamas's hands bear the blood of 1,400.
    const namedFew = actors.some((actor) => namedByFew(actor, facts));
    if (numbersSharedByOthers(evidence, facts) && !claimWord && !namedFew && evidence.dates.length === 0)
      return false;
    // A claim its sources told mostly in words is known by them: the lexicon reads its words in
    // these languages, so names alone ("Zakharova confirmed that Hamas representatives are in
    // Moscow") do not tell it (Russia's call for a ceasefire, also made through Zakharova).
    if (numbers + words === 0 && evidence.dates.length === 0 && fact.wordShare >= WORD_TOLD_SHARE)
      return false;
    // Three of the claim's words with one of its own ("se abordó la liberación de rehenes … y la
    // salida de ciudadanos": release, hostages, evacuation) tell it though the sentence names only
    // the agency that reported it.
    const wordsTell = words >= 3 && claimWord;
    const enough =
      actors.length >= 2 ||
      (actors.length >= 1 && numbers + words >= 1) ||
      numbers >= 2 ||
      countedWord ||
      wordsTell;
    const ownRareWord = claimWords.some((term) => isSpecific(`t:${term}`));
    const least =
      (ownRareWord && actors.length >= 1 && actors.length + words >= 3) || plain
        ? MIN_CLAIM_WORD_SCORE
        : MIN_STRUCTURE_SCORE;
    return match.score >= least && specific && enough;
  }
  const words = evidence.terms.length + evidence.quoted.length;
  // A place names where, not what: Gaza and one word ("military") are not two kinds of evidence.
  const kinds = [
    evidence.actors.some((actor) => !facts.places.has(actor)) || (evidence.actors.length > 0 && words >= 2),
    evidence.numbers.length > 0,
    evidence.terms.length > 0,
    evidence.quoted.length > 0,
    evidence.dates.length > 0,
  ].filter(Boolean).length;
  // Many shared words and a shared actor, or a claim's date with two of its words and someone few
  // passages name, carry a long paraphrase that its own words dilute (two more fact codes on the
  // English keys, none lost).
  const dated = evidence.dates.length > 0 && words >= 2 && specificActors(evidence.actors, facts).length > 0;
  const strong =
    (words >= STRONG_TERMS && evidence.actors.length > 0) ||
    dated ||
    plainTelling(match.sentenceFeatures ?? match.features, fact, facts);
  if (match.score < (strong ? MIN_STRONG_WORDS_SCORE : MIN_SCORE)) return false;
  if (kinds >= 2 || words >= STRONG_TERMS) return true;
  // Actors alone ("Peskov", "Kremlin" with "Putin"): two specific to the claim, and a close match.
  return specificActors(evidence.actors, facts).length >= 2 && match.score >= MIN_ACTORS_ONLY_SCORE;
}
