/**
 * Frozen data as schema version 1 stored it (tests only): a user corpus, notes, a dismissal, a
 * setting and the meta record, written row by row with a plain Dexie at version 1 by
 * schema-upgrades.test.ts. Never regenerate this from current code: it stands for databases
 * already on users' disks. `expectedPack` is what the corpus must read back as after upgrading.
 */
import type { CorpusPack } from '../core/pack-schema';

const C = 'corpus:user-notes';
const A = `${C}/source:a`;
const B = `${C}/source:b`;
const TEXT_A =
  'Moscow hosted a Hamas delegation on Thursday. The Kremlin said no meeting with Putin was planned.';
const TEXT_B = 'A Hamas delegation arrived in Moscow on Friday. Officials said talks were held.';
const FACT = `${C}/fact:hamas-delegation-in-moscow`;
const HAMAS = `${C}/actor:hamas`;
const PASSAGE_A = { source: A, start: 0, end: 45, text: 'Moscow hosted a Hamas delegation on Thursday.' };
const PASSAGE_B = { source: B, start: 0, end: 47, text: 'A Hamas delegation arrived in Moscow on Friday.' };
const FRAMING_A = {
  actorNames: [{ actor: HAMAS, text: 'Hamas delegation' }],
  attributions: [],
  numbers: [],
  dates: [{ iso: null, text: 'on Thursday', relative: true }],
  quotes: [],
};
const sourceMeta = (id: string, file: string) => ({
  id,
  file,
  outlet: file.replace('.txt', ''),
  title: file,
  url: null,
  published: null,
  byline: null,
  language: 'en',
  notes: null,
  origin: 'user' as const,
});

export const V1_ROWS: Record<string, unknown[]> = {
  corpora: [{ id: C, name: 'User notes', origin: 'user', version: '1', createdAt: 10, sourceIds: [A, B] }],
  sources: [
    { ...sourceMeta(A, 'a.txt'), corpusId: C },
    { ...sourceMeta(B, 'b.txt'), corpusId: C },
  ],
  sourceTexts: [
    { sourceId: A, corpusId: C, text: TEXT_A, reporting: [[0, 97]] },
    { sourceId: B, corpusId: C, text: TEXT_B, reporting: [[0, 79]] },
  ],
  actors: [{ id: HAMAS, corpusId: C, ordinal: 0, name: 'Hamas', kind: 'organization', aliases: ['Hamas'] }],
  facts: [{ id: FACT, corpusId: C, ordinal: 0, label: 'A Hamas delegation is in Moscow', actors: [HAMAS] }],
  mentions: [
    {
      id: `actor/${HAMAS}#0`,
      corpusId: C,
      kind: 'actor',
      ownerId: HAMAS,
      ordinal: 0,
      source: A,
      start: 16,
      end: 21,
      text: 'Hamas',
    },
    {
      id: `actor/${HAMAS}#1`,
      corpusId: C,
      kind: 'actor',
      ownerId: HAMAS,
      ordinal: 1,
      source: B,
      start: 2,
      end: 7,
      text: 'Hamas',
    },
    {
      id: `fact/${FACT}#0`,
      corpusId: C,
      kind: 'fact',
      ownerId: FACT,
      ordinal: 0,
      ...PASSAGE_A,
      framing: FRAMING_A,
      words: ['moscow', 'hosted', 'a', 'hamas', 'delegation', 'on', 'thursday'],
    },
    {
      id: `fact/${FACT}#1`,
      corpusId: C,
      kind: 'fact',
      ownerId: FACT,
      ordinal: 1,
      ...PASSAGE_B,
      words: ['a', 'hamas', 'delegation', 'arrived', 'in', 'moscow', 'on', 'friday'],
    },
  ],
  discrepancies: [
    {
      id: `${FACT}:date`,
      corpusId: C,
      ordinal: 0,
      fact: FACT,
      kind: 'date',
      summary: 'Thursday vs Friday',
      mentions: [PASSAGE_A, PASSAGE_B],
    },
  ],
  notes: [
    { id: 'note:1', target: { kind: 'fact', id: FACT }, text: 'which day?', createdAt: 20, updatedAt: 25 },
    {
      id: 'note:2',
      target: { kind: 'actor', id: 'actor:hamas' },
      text: 'shipped actor',
      createdAt: 30,
      updatedAt: 30,
    },
  ],
  dismissals: [
    { id: `https://example.com/a#${FACT}`, pageKey: 'https://example.com/a', factId: FACT, createdAt: 40 },
  ],
  settings: [{ key: 'theme', value: { dark: true } }],
  meta: [{ key: 'meta', packVersion: '0.0.1+old', schemaVersion: 1, seededAt: 5 }],
};

export const V1_USER_CORPUS_ID = C;

export const expectedPack: CorpusPack = {
  version: '1',
  corpus: { id: C, name: 'User notes' },
  sources: [
    { ...sourceMeta(A, 'a.txt'), text: TEXT_A, reporting: [[0, 97]] },
    { ...sourceMeta(B, 'b.txt'), text: TEXT_B, reporting: [[0, 79]] },
  ],
  actors: [
    {
      id: HAMAS,
      name: 'Hamas',
      kind: 'organization',
      aliases: ['Hamas'],
      mentions: [
        { source: A, start: 16, end: 21, text: 'Hamas' },
        { source: B, start: 2, end: 7, text: 'Hamas' },
      ],
    },
  ],
  facts: [
    {
      id: FACT,
      label: 'A Hamas delegation is in Moscow',
      actors: [HAMAS],
      mentions: [{ ...PASSAGE_A, framing: FRAMING_A }, PASSAGE_B],
    },
  ],
  discrepancies: [
    {
      id: `${FACT}:date`,
      fact: FACT,
      kind: 'date',
      summary: 'Thursday vs Friday',
      mentions: [PASSAGE_A, PASSAGE_B],
    },
  ],
};
