import { describe, expect, it } from 'vitest';
import { alignFacts, DEFAULT_ALIGNMENT, type AlignablePassage } from './align-facts';
import { testFeatures } from './passage-test-features';

const features = testFeatures;

const passage = (source: string, terms: string[], actors: string[] = []): AlignablePassage => ({
  source,
  features: features(terms, actors),
  clauses: [],
});

/** Unrelated passages that make the shared words rare enough to count. */
const filler = ['x', 'y', 'z'].flatMap((source) =>
  ['rain', 'bridge', 'wheat', 'library', 'traffic', 'budget'].map((word) =>
    passage(source, [`${word}-${source}`]),
  ),
);

describe('alignFacts', () => {
  it('lets a passage left alone join the fact holding the passage most like it', () => {
    const withNumber = (source: string, terms: string[], actors: string[] = []): AlignablePassage => {
      const made = passage(source, terms, actors);
      made.features.numbers.add(58);
      return made;
    };
    const passages = [
      withNumber('b', ['arrest', 'captain', 'polic', 'ship', 'suspicion'], ['vellas']),
      passage('c', ['arrest', 'captain', 'polic', 'ship', 'suspicion']),
      passage('d', ['arrest', 'captain', 'polic', 'ship', 'suspicion']),
      passage('e', ['arrest', 'captain', 'polic', 'ship', 'suspicion']),
      passage('f', ['arrest', 'captain', 'polic', 'ship', 'suspicion']),
      withNumber('a', ['arrest', 'skipper', 'now', 'tabloid', 'flung', 'deck'], ['vellas']),
      ...filler,
    ];
    const grouped = (loneJoinThreshold: number) =>
      alignFacts(passages, { ...DEFAULT_ALIGNMENT, loneJoinThreshold })
        .filter((group) => group.members.length > 1)
        .map((group) => group.members);
    expect(grouped(Infinity)).toEqual([[0, 1, 2, 3, 4]]);
    expect(grouped(DEFAULT_ALIGNMENT.loneJoinThreshold)).toEqual([[0, 1, 2, 3, 4, 5]]);
  });

  it('groups the passages of different sources that say the same thing, and keeps others apart', () => {
    const passages = [
      passage('a', ['expel', 'deleg', 'demand'], ['israel']),
      passage('b', ['expel', 'deleg', 'demand'], ['israel']),
      passage('c', ['expel', 'deleg', 'ask'], ['israel']),
      passage('b', ['praise', 'posit', 'effort'], ['putin']),
      ...filler,
    ];
    const groups = alignFacts(passages).filter((group) => group.members.length > 1);
    expect(groups.map((group) => group.members)).toEqual([[0, 1, 2]]);
    expect(groups[0]?.shared).toContain('t:expel');
  });

  it('never gives two facts with the same passages when two groups take each other in', () => {
    // Each source says the claim twice: a1+b1 and a2+b2 form groups, then each pair joins the
    // other group as a second fact, which would make two identical facts.
    const claim = ['contact', 'parti', 'maintain', 'necessari'];
    const passages = [
      passage('a', claim, ['kremlin']),
      passage('a', [...claim, 'defend'], ['kremlin']),
      passage('b', claim, ['kremlin']),
      passage('b', [...claim, 'defend'], ['kremlin']),
      ...filler,
    ];
    const groups = alignFacts(passages).filter((group) => group.members.length > 1);
    const keys = groups.map((group) => group.members.join(','));
    expect(new Set(keys).size).toBe(keys.length);
    expect(groups.some((group) => group.members.length === 4)).toBe(true);
  });

  it('joins two groups of one claim whose sentences each also say something else', () => {
    // a+b report the toll with the cause, c+d the toll with the evacuation: pair by pair the extra
    // words keep them apart, but what each group shares is the same claim.
    const toll = ['worker', 'dead', 'three', 'toll'];
    // Words only one sentence uses: enough of them to keep every pair under the merge threshold.
    const own = (source: string) => Array.from({ length: 9 }, (_, i) => `${source}-word-${i}`);
    const passages = [
      passage('a', [...toll, 'injur', 'seventeen', ...own('a')], ['plant']),
      passage('b', [...toll, 'injur', 'seventeen', ...own('b')], ['plant']),
      passage('c', [...toll, 'tuesday', 'explos', ...own('c')], ['plant']),
      passage('d', [...toll, 'tuesday', 'explos', ...own('d')], ['plant']),
      ...filler,
    ];
    const joined = (centroidThreshold: number) =>
      alignFacts(passages, { ...DEFAULT_ALIGNMENT, centroidThreshold })
        .filter((group) => group.members.length > 1)
        .map((group) => group.members);
    expect(joined(1.01)).toEqual([
      [0, 1],
      [2, 3],
    ]);
    expect(joined(DEFAULT_ALIGNMENT.centroidThreshold)).toEqual([[0, 1, 2, 3]]);
  });

  it('lets a lede that tells several claims join each fact of three sources whose core it covers', () => {
    const inquiry = ['order', 'inquiri', 'independ'];
    const own = (source: string, n: number) => Array.from({ length: n }, (_, i) => `${source}-word-${i}`);
    const passages = [
      passage('a', [...inquiry, ...own('a', 3)], ['governor']),
      passage('b', [...inquiry, ...own('b', 3)], ['governor']),
      passage('c', [...inquiry, ...own('c', 3)], ['governor']),
      // The lede: the inquiry among many other things, too far from each sentence pair by pair.
      passage('d', [...inquiry, ...own('d', 30)], ['governor']),
      // Names the same people, says nothing of the inquiry.
      passage('e', ['weather', 'cold', ...own('e', 3)], ['governor']),
      ...filler,
    ];
    // The split-claim and claim-join passes (split-claims.ts, claim-joins.ts) would join the lede
    // too: this is the coverage rule's test.
    const factOf = (secondFactCoverage: number) =>
      alignFacts(passages, {
        ...DEFAULT_ALIGNMENT,
        secondFactCoverage,
        splitClaimModel: null,
        claimJoinModel: null,
      }).find((group) => group.members.includes(0))?.members;
    expect(factOf(1.01)).toEqual([0, 1, 2]);
    expect(factOf(DEFAULT_ALIGNMENT.secondFactCoverage)).toEqual([0, 1, 2, 3]);
  });

  it('lets no sentence join by covering a core that many more sentences than the fact holds cover', () => {
    const own = (source: string, n: number) => Array.from({ length: n }, (_, i) => `${source}-word-${i}`);
    const town = ['lower', 'town', 'water'];
    const passages = [
      passage('a', [...town, 'evacu', ...own('a', 1)], ['halvek']),
      passage('b', [...town, 'evacu', ...own('b', 1)], ['halvek']),
      passage('c', [...town, 'evacu', ...own('c', 1)], ['halvek']),
      // Seven sentences of other outlets that name the lower town among other things.
      ...['d', 'e', 'f', 'g', 'h', 'i', 'j'].map((source) =>
        passage(source, [...town, ...own(source, 30)], ['halvek']),
      ),
      ...filler,
    ];
    const fact = alignFacts(passages).find((group) => group.members.includes(0))?.members;
    expect(fact).toEqual([0, 1, 2]);
  });

  it('lets a clause of a sentence with another verb join a fact whose core it covers', () => {
    const frame = (predicate: string) => ({ predicate, actors: new Set<string>(), terms: new Set<string>() });
    const grounding = ['rock', 'struck', 'tessel'];
    const own = (source: string, n: number) => Array.from({ length: n }, (_, i) => `${source}-word-${i}`);
    const lede = passage('d', ['dead', 'eleven', ...grounding, ...own('d', 30)], ['ferry']);
    const passages: AlignablePassage[] = [
      { ...passage('a', [...grounding, ...own('a', 3)], ['ferry']), frame: frame('strike') },
      { ...passage('b', [...grounding, ...own('b', 3)], ['ferry']), frame: frame('strike') },
      { ...passage('c', [...grounding, ...own('c', 3)], ['ferry']), frame: frame('strike') },
      // "Eleven people died after the ferry struck the Tessel rocks": its verb is the toll's.
      {
        ...lede,
        frame: frame('die'),
        clauses: [features(['dead', 'eleven']), features(grounding, ['ferry'])],
      },
      ...filler,
    ];
    const factOf = (otherVerbClauseCoverage: number) =>
      alignFacts(passages, { ...DEFAULT_ALIGNMENT, otherVerbClauseCoverage }).find((group) =>
        group.members.includes(0),
      )?.members;
    expect(factOf(1.01)).toEqual([0, 1, 2]);
    expect(factOf(DEFAULT_ALIGNMENT.otherVerbClauseCoverage)).toEqual([0, 1, 2, 3]);
  });

  it('aligns restatements that share only common words when they say the same subject did the same thing', () => {
    const visit = (actors: string[], terms: string[]) => ({
      predicate: 'visit',
      actors: new Set(actors),
      terms: new Set(terms),
    });
    // Every source names the delegation in Moscow: those words weigh nothing on their own.
    const common = Array.from({ length: 6 }, (_, i) => [
      passage(['a', 'b', 'c'][i % 3] ?? 'a', ['deleg', `other-${i}`, `claim-${i}`], ['hamas', 'moscow']),
    ]).flat();
    const passages: AlignablePassage[] = [
      {
        ...passage('a', ['deleg', 'visit', 'a-own'], ['hamas', 'moscow']),
        frame: visit(['hamas'], ['deleg']),
      },
      { ...passage('b', ['deleg', 'b-own', 'b-more'], ['moscow']), frame: visit([], ['deleg']) },
      // Same words, but Israel condemns: another claim.
      {
        ...passage('c', ['deleg', 'visit', 'condemn'], ['israel', 'moscow']),
        frame: { ...visit(['israel'], []), predicate: 'condemn' },
      },
      ...common,
      ...filler,
    ];
    const groupOf = (frameSimilarity: number) =>
      alignFacts(passages, { ...DEFAULT_ALIGNMENT, frameSimilarity }).find((group) =>
        group.members.includes(0),
      )?.members;
    expect(groupOf(0)).toEqual([0]);
    expect(groupOf(DEFAULT_ALIGNMENT.frameSimilarity)).toEqual([0, 1]);
  });

  it('does not align two sentences whose clauses share only the agency one of them cites', () => {
    // "Hamas praised Putin, as reported by Ria" and "A source told Ria the delegation is in
    // Moscow": the closing clause names Ria alone, and reads as plain actor there.
    const cites = (source: string, terms: string[], clause: string[]): AlignablePassage => ({
      source,
      features: { ...features(terms, ['hamas']), attributedTo: new Set(['ria']) },
      clauses: [features(terms, ['hamas']), features(clause, ['ria'])],
    });
    const told: AlignablePassage = {
      source: 'b',
      features: features(['sourc', 'told', 'deleg', 'capit'], ['ria', 'moscow']),
      clauses: [features(['sourc', 'told'], ['ria']), features(['deleg', 'capit'], ['moscow'])],
    };
    const passages = [cites('a', ['prais', 'posit', 'effort'], ['report']), told, ...filler];
    const groups = alignFacts(passages).filter((group) => group.members.length > 1);
    expect(groups).toEqual([]);
  });

  it('takes the many-outlet threshold for a corpus of eight outlets or more', () => {
    const claim = ['expel', 'deleg', 'demand'];
    const corpus = (sources: string[]) => [
      ...sources.map((source) => passage(source, claim, ['israel'])),
      ...filler,
    ];
    const options = { ...DEFAULT_ALIGNMENT, mergeThreshold: 1.01 };
    const grouped = (passages: AlignablePassage[]) =>
      alignFacts(passages, options).some((group) => group.members.length > 1);
    expect(grouped(corpus(['a', 'b', 'c', 'd']))).toBe(false);
    expect(grouped(corpus(['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h']))).toBe(true);
  });

  it('does not align two sentences that share one word only', () => {
    // "Thanks for following, back tomorrow" and "Thanks for NOTHING, fumed a customer".
    const passages = [passage('a', ['thank', 'follow']), passage('b', ['thank', 'noth']), ...filler];
    expect(alignFacts(passages).filter((group) => group.members.length > 1)).toEqual([]);
  });
});
