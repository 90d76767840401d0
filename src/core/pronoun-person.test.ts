import { describe, expect, it } from 'vitest';
import type { ActorSpan, PassageFeatures } from './passage-features';
import { carryPersonToPronouns } from './pronoun-person';

const features = (actors: string[]): PassageFeatures => ({
  actors: new Set(actors),
  attributedTo: new Set(),
  numbers: new Set(),
  dates: new Set(),
  terms: new Set(),
  quoteTerms: new Set(),
});

function passagesOf(source: string, text: string, spans: ActorSpan[]) {
  let start = 0;
  return text.split('\n').map((line) => {
    const sentence = { start, end: start + line.length, text: line };
    start += line.length + 1;
    const inside = spans.filter((span) => span.start >= sentence.start && span.end <= sentence.end);
    return { source, sentence, features: features(inside.map((span) => span.actor)) };
  });
}

describe('carryPersonToPronouns', () => {
  const text = [
    'Finance Minister Tomas Berglund resigned on Thursday.',
    '"I have done nothing wrong," he told reporters.',
    'The ministry suspended the contract.',
    'She called for early elections, said Anders Holm.',
    'It was a long day.',
  ].join('\n');
  const spans: ActorSpan[] = [
    { actor: 'berglund', start: text.indexOf('Tomas'), end: text.indexOf(' resigned') },
    { actor: 'ministry', start: text.indexOf('ministry'), end: text.indexOf(' suspended') },
    { actor: 'holm', start: text.indexOf('Anders'), end: text.indexOf('Holm.') + 4 },
  ];

  it('gives a pronoun sentence without a person the person last named before it', () => {
    const passages = passagesOf('a', text, spans);
    carryPersonToPronouns(passages, new Map([['a', spans]]), new Set(['berglund', 'holm']));
    expect([...(passages[1]?.features.actors ?? [])]).toEqual(['berglund']);
    // Not a person: the ministry is no "he"; a sentence naming its own person keeps only that one.
    expect([...(passages[2]?.features.actors ?? [])]).toEqual(['ministry']);
    expect([...(passages[3]?.features.actors ?? [])]).toEqual(['holm']);
    // No pronoun, nothing added.
    expect(passages[4]?.features.actors.size).toBe(0);
  });

  it('never carries a person from one source into another', () => {
    const first = passagesOf('a', 'Tomas Berglund resigned.', [{ actor: 'berglund', start: 0, end: 14 }]);
    const second = passagesOf('b', 'He said so.', []);
    carryPersonToPronouns(
      [...first, ...second],
      new Map([['a', [{ actor: 'berglund', start: 0, end: 14 }]]]),
      new Set(['berglund']),
    );
    expect(second[0]?.features.actors.size).toBe(0);
  });
});
