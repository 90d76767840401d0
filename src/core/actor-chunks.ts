/**
 * Splits one capitalised run into actor chunks: organisations, media and places anchored on a
 * head noun ("Russian Foreign Ministry", "The Times of Israel", "Gaza Strip"), title zones
 * ("Iran's Deputy Foreign Minister") and the names after them ("Ali Bagheri Kani").
 *
 * Method: every word gets a class (actor-word-class.ts); head nouns grow left over qualifiers
 * (names, demonyms, modifiers, one possessive) and right over bridges to a further head ("United
 * Nations Security Council") and "of …" tails ("Ministry of Foreign Affairs"); title words grow the
 * same way but never swallow the name that follows; the rest are names. A plural possessive
 * right before a head belongs to the name ("Harbour Workers' Union"); a name ending in a company
 * word ("Corvo Terminals", "Acme Holdings") leans organisation, not person. Each chunk carries
 * first kind votes; context votes are added by actor-evidence.ts.
 *
 * Cost: O(run length) per run.
 */
import type { ActorKind } from './pack-schema';
import type { WordToken } from './actor-tokens';
import {
  CAPITAL_CITIES,
  COMPASS,
  COUNTRY_NAMES,
  NAME_PARTICLES,
  ORG_LEGAL_SUFFIXES,
  ORG_NAME_ENDINGS,
  PLACE_PREFIXES,
} from './actor-words';
import { findKnownActor } from './actor-known';
import { classifyRun, isModifierWord, plainWord, type KindVotes, type WordClass } from './actor-word-class';

export interface Chunk {
  tokens: WordToken[];
  /** 'qualifier' = no actor by itself ("Russian"), but it can start a title or a lowercase organisation. */
  role: 'actor' | 'qualifier';
  votes: KindVotes;
  /** Offsets of a title directly before the name in the same run. */
  title?: { start: number; end: number };
}

interface Zone {
  from: number;
  to: number;
}

const HEADS = new Set<WordClass>(['orgHead', 'mediaHead', 'placeHead']);
const OF_TAIL = new Set<WordClass>([
  'name',
  'demonym',
  'mod',
  'tail',
  'orgHead',
  'mediaHead',
  'placeHead',
  'conn',
]);

/** The words of one run with their classes and which part of the parse owns each. */
class RunParse {
  readonly classes: WordClass[];
  readonly owner: Array<'chunk' | 'title' | null>;
  readonly chunks: Chunk[] = [];
  readonly zones: Zone[] = [];

  constructor(readonly run: WordToken[]) {
    this.classes = classifyRun(run);
    this.owner = run.map(() => null);
  }

  cls(i: number): WordClass | undefined {
    return this.classes[i];
  }
  isFree(i: number): boolean {
    return i >= 0 && i < this.run.length && this.owner[i] === null;
  }
  isModifier(i: number): boolean {
    const token = this.run[i];
    return token !== undefined && isModifierWord(token);
  }
  /** Words that may stand between two heads or before one: names, demonyms, modifiers. */
  qualifies(i: number): boolean {
    const c = this.cls(i);
    return c === 'name' || c === 'demonym' || c === 'mod' || (c === 'title' && this.isModifier(i));
  }

  /** A name particle between two names: "Izz ad-Din al-Qassam Brigades" is one name. */
  particleInName(i: number): boolean {
    const token = this.run[i];
    return (
      token !== undefined &&
      !token.capital &&
      NAME_PARTICLES.has(token.lower) &&
      this.cls(i - 1) === 'name' &&
      this.cls(i + 1) === 'name'
    );
  }

  /** Grows an organisation / medium / place from its head noun at `h`. */
  growHead(h: number): void {
    const { run } = this;
    let left = h;
    while (
      this.isFree(left - 1) &&
      !run[left - 1]?.possessive &&
      (this.qualifies(left - 1) || this.cls(left - 1) === 'tail' || this.particleInName(left - 1))
    )
      left--;
    // "Harbour Workers' Union": a plural possessive right before the head is part of the name.
    if (left === h && this.isFree(h - 1) && run[h - 1]?.pluralPossessive && this.cls(h - 1) === 'name') {
      left--;
      while (this.isFree(left - 1) && !run[left - 1]?.possessive && this.qualifies(left - 1)) left--;
    }
    if (this.isFree(left - 1) && run[left - 1]?.possessive && this.cls(left - 1) === 'name') left--; // "Russia's Foreign Ministry"
    const isMedia = this.classes.slice(left, h + 1).includes('mediaHead');
    if (left === 1 && this.cls(0) === 'func' && run[0]?.lower === 'the' && isMedia) left = 0; // "The Guardian"
    let right = h + 1;
    for (;;) {
      if (this.isFree(right) && HEADS.has(this.cls(right) ?? 'conn')) {
        right++; // "News Agency"
        continue;
      }
      let k = right;
      while (k < right + 3 && this.qualifies(k)) k++;
      if (k > right && HEADS.has(this.cls(k) ?? 'conn')) {
        right = k + 1; // "Nations Security Council"
        continue;
      }
      const tail = this.ofTailEnd(right);
      if (tail > right) {
        right = tail;
        continue;
      }
      const suffix = run[right];
      if (this.isFree(right) && suffix && ORG_LEGAL_SUFFIXES.has(plainWord(suffix))) right++; // "… Company Ltd"
      break;
    }
    for (let i = left; i < right; i++) this.owner[i] = 'chunk';
    // "the Russian Ria Novosti": a demonym before a medium's name describes it, it is not part of it.
    if (this.classes.slice(left, right).includes('mediaHead')) {
      let k = left;
      while (this.cls(k) === 'demonym') k++;
      if (this.classes.slice(k, right).includes('name')) left = k;
    }
    const classes = this.classes.slice(left, right);
    const tokens = run.slice(left, right);
    const named = tokens.some((t, i) => classes[i] === 'name' || classes[i] === 'demonym' || t.possessive);
    const kind: ActorKind = classes.includes('mediaHead')
      ? 'media'
      : classes.includes('orgHead')
        ? 'organization'
        : 'place';
    // A head without a name ("the Ministry", "Security Council") is generic, not an actor; one
    // with a tail of two fields ("the Chamber of Industry and Commerce") is a name, if a weaker one.
    const fields = classes.filter((c) => c === 'tail').length;
    if (named || (kind === 'media' && tokens[0]?.lower === 'the'))
      this.chunks.push({ tokens, role: 'actor', votes: { [kind]: 3 } });
    else if (kind === 'organization' && fields >= 2)
      this.chunks.push({ tokens, role: 'actor', votes: { [kind]: 2 } });
  }

  /** End of an "of …" / "for …" tail starting at `at` ("of Foreign Affairs"), or `at` when there is none. */
  ofTailEnd(at: number): number {
    const { run } = this;
    if ((run[at]?.lower !== 'of' && run[at]?.lower !== 'for') || run[at - 1]?.possessive) return at;
    let k = at + 1;
    // "International Committee of the Red Cross", "Ministry of the Interior".
    if (run[k]?.lower === 'the' && !run[k]?.capital && OF_TAIL.has(this.cls(k + 1) ?? 'time')) k++;
    while (k < run.length && OF_TAIL.has(this.cls(k) ?? 'time')) {
      k++;
      if (this.cls(k - 1) === 'tail' && this.cls(k) !== 'conn') break; // "Affairs" ends the tail
    }
    while (k > at && this.cls(k - 1) === 'conn') k--;
    return k > at + 1 ? k : at;
  }

  /** Grows a title zone around the title word at `t`; returns its end. */
  growTitle(t: number): number {
    const { run } = this;
    const titleLike = (i: number): boolean =>
      ['title', 'mod', 'demonym'].includes(this.cls(i) ?? '') && !run[i]?.possessive;
    // A portfolio between title words belongs to the title: "Deputy Energy Minister".
    const portfolio = (i: number): boolean =>
      this.cls(i) === 'name' && !run[i]?.possessive && (titleLike(i - 1) || run[i - 1]?.possessive === true);
    let from = t;
    while (this.isFree(from - 1) && (titleLike(from - 1) || (from === t && portfolio(from - 1)))) from--;
    if (this.isFree(from - 1) && run[from - 1]?.possessive) from--; // "Iran's Deputy Foreign Minister"
    let to = t + 1;
    for (;;) {
      const word = run[to]?.lower;
      if (this.isFree(to) && (this.cls(to) === 'title' || this.cls(to) === 'mod')) to++;
      else if (word === 'of' || word === 'for' || (word === 'the' && run[to - 1]?.lower === 'of')) to++;
      else if (this.owner[to] === 'chunk' || this.cls(to) === 'tail' || this.cls(to) === 'demonym') to++;
      else if (
        this.cls(to) === 'name' &&
        run[to - 1]?.lower === 'of' &&
        COUNTRY_NAMES.has(plainWord(run[to] as WordToken))
      )
        to++;
      else break;
    }
    while (to > t + 1 && run[to - 1]?.capital !== true) to--;
    // The title text starts with an organisation right before it: "United Nations Secretary General".
    const before = run[from - 1];
    const chunkBefore =
      this.owner[from - 1] === 'chunk' && before
        ? this.chunks.find((c) => c.tokens.includes(before))
        : undefined;
    let start = chunkBefore?.tokens[0] ? run.indexOf(chunkBefore.tokens[0]) : from;
    // …or with the names that open the run: "U.S. Secretary of State", "NATO Secretary General".
    if (
      !chunkBefore &&
      from > 0 &&
      run.slice(0, from).every((_, i) => this.isFree(i) && this.cls(i) === 'name')
    )
      start = 0;
    for (let i = from; i < to; i++) if (this.owner[i] === null) this.owner[i] = 'title';
    const previous = this.zones[this.zones.length - 1];
    const joinsPrevious = previous !== undefined && previous.to === from; // "Lithuanian Deputy" + "Energy Minister"
    if (joinsPrevious) this.zones.pop();
    this.zones.push({ from: joinsPrevious ? previous.from : start, to });
    return to;
  }

  /**
   * Whatever is left are names, split at demonyms, time words, "and", possessives and an
   * organisation's last word.
   */
  collectNames(): void {
    let group: number[] = [];
    const flush = (): void => {
      const loose = (i: number | undefined, atStart: boolean): boolean => {
        const c = i === undefined ? undefined : this.cls(i);
        return (
          c === 'func' ||
          (c === 'conn' && !(atStart && NAME_PARTICLES.has(this.run[i as number]?.lower ?? '')))
        );
      };
      while (group.length > 0 && loose(group[0], true)) group.shift();
      while (group.length > 0 && loose(group[group.length - 1], false)) group.pop();
      if (group.length > 0) this.chunks.push(nameChunk(this, group));
      group = [];
    };
    this.run.forEach((token, i) => {
      const c = this.classes[i];
      // Places and possessors inside a title are actors too: "Iran's Deputy …", "President of Russia".
      const nameInTitle =
        this.owner[i] === 'title' &&
        c === 'name' &&
        (token.possessive || COUNTRY_NAMES.has(plainWord(token)));
      if (nameInTitle) flush();
      if (
        (this.owner[i] === null || nameInTitle) &&
        c !== 'time' &&
        c !== 'demonym' &&
        token.lower !== 'and'
      ) {
        group.push(i);
        // "Amberlane Bank Jonas Freyberg" (a translation's "economist of Amberlane Bank Jonas
        // Freyberg"): an organisation's last word with a name after it ends the organisation.
        const endsOrganisation =
          group.length >= 2 &&
          ORG_NAME_ENDINGS.has(plainWord(token)) &&
          this.classes[i + 1] === 'name' &&
          this.classes[i + 2] === 'name';
        if (token.possessive || nameInTitle || endsOrganisation) flush();
      } else flush();
    });
    flush();
  }
}

function vote(votes: KindVotes, kind: ActorKind, weight: number): void {
  votes[kind] = (votes[kind] ?? 0) + weight;
}

function nameChunk(parse: RunParse, group: number[]): Chunk {
  const tokens = group.map((i) => parse.run[i] as WordToken);
  const first = group[0] as number;
  const words = tokens.map(plainWord);
  const votes: KindVotes = {};
  const zone = parse.zones.find((z) => z.to === first);
  const titleStart = zone ? parse.run[zone.from]?.start : undefined;
  const titleEnd = zone ? parse.run[zone.to - 1]?.end : undefined;
  if (zone) vote(votes, 'person', 3);
  const known = findKnownActor(tokens.map((t) => t.text).join(' '));
  const single = words[0] ?? '';
  if (known) vote(votes, known.kind, 4);
  else if (tokens.length > 1) {
    if (PLACE_PREFIXES.has(single))
      vote(votes, 'place', 2); // "East Jerusalem", "New York"
    else if (group.some((i) => parse.cls(i) === 'func'))
      vote(votes, 'organization', 2); // "United Against Nuclear Iran"
    else if (parse.cls(first) === 'mod')
      vote(votes, 'organization', 1); // "Islamic Jihad"
    else if (single === 'bank' && words[1] === 'of')
      vote(votes, 'organization', 2); // "Bank of England" ("West Bank" is a place)
    else if (ORG_NAME_ENDINGS.has(words[words.length - 1] ?? ''))
      vote(votes, 'organization', 2); // "Corvo Terminals", "Acme Holdings"
    else vote(votes, 'person', 1); // a name's shape is weak evidence: cues and titles outvote it
  } else if (COUNTRY_NAMES.has(single) || CAPITAL_CITIES.has(single)) vote(votes, 'place', 3);
  else if (tokens[0]?.allCaps) vote(votes, 'organization', 1);
  // "the West", "X", and a qualifier alone: "Presidential spokesman Oleg Tarnovsky" (a capital
  // at a sentence start) names no "Presidential" as "Kremlin spokesman" names the Kremlin.
  const noActor =
    tokens.length === 1 && (COMPASS.has(single) || single.length < 2 || parse.cls(first) === 'mod');
  return {
    tokens,
    role: noActor ? 'qualifier' : 'actor',
    votes,
    ...(titleStart !== undefined && titleEnd !== undefined
      ? { title: { start: titleStart, end: titleEnd } }
      : {}),
  };
}

/** Parses one run (already trimmed of sentence-initial noise) into chunks, in text order. */
export function parseRun(run: WordToken[]): Chunk[] {
  const known = findKnownActor(run.map((t) => t.text).join(' '));
  if (known) return [{ tokens: run, role: 'actor', votes: { [known.kind]: 4 } }];
  const parse = new RunParse(run);
  for (let h = 0; h < run.length; h++)
    if (parse.isFree(h) && HEADS.has(parse.cls(h) ?? 'conn')) parse.growHead(h);
  for (let t = 0; t < run.length; t++)
    if (parse.isFree(t) && parse.cls(t) === 'title') t = parse.growTitle(t) - 1;
  parse.collectNames();
  if (parse.chunks.length === 0 && parse.classes.every((c) => c === 'demonym'))
    parse.chunks.push({ tokens: run, role: 'qualifier', votes: {} });
  return parse.chunks.sort((a, b) => (a.tokens[0]?.start ?? 0) - (b.tokens[0]?.start ?? 0));
}
