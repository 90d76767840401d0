import { describe, expect, it } from 'vitest';
import { hasUnknownSpeaker, titleOnlyActors } from './detect-speaker';
import { spanOf } from './span';

function unknown(text: string, known: string[] = []): boolean {
  const spans = known.map((name) => ({
    actor: name,
    start: text.indexOf(name),
    end: text.indexOf(name) + name.length,
  }));
  return hasUnknownSpeaker(spanOf(text, 0, text.length), spans);
}

describe('hasUnknownSpeaker', () => {
  it.each([
    [
      'a titled person the corpus does not know',
      'It is worse, Prime Minister Benjamin Netanyahu told the assembly.',
      [],
      true,
    ],
    ['a titled corpus actor', 'It is worse, spokesman Lior Hayat told reporters.', ['Lior Hayat'], false],
    ['a name with no speech verb after it', 'The envoy met President Joe Biden in Washington.', [], false],
    ['no title before the name', 'It is worse, Benjamin Netanyahu said.', [], false],
    // Lower-case words after a role word are no name, however a case-blind pattern reads them.
    ['lower-case words after the role word', 'The minister and his team said it was worse.', [], false],
    ['a capitalised role word', 'It is worse, Foreign Minister Rafael Moreno said.', [], true],
  ])('%s', (_, text, known, expected) => {
    expect(unknown(text, known)).toBe(expected);
  });
});

describe('titleOnlyActors', () => {
  const persons = new Set(['putin', 'peskov']);
  const spansOf = (text: string, names: Array<[string, string]>) =>
    names.map(([actor, surface]) => {
      const start = text.indexOf(surface);
      return { actor, start, end: start + surface.length };
    });

  it('is the actor whose every mention is followed at once by a person: the title’s holder', () => {
    const polish =
      'Rzecznik Władimira Putina Dmitrij Pieskow oświadczył, że Rosja uważa za konieczne kontakty.';
    const spans = spansOf(polish, [
      ['putin', 'Władimira Putina'],
      ['peskov', 'Dmitrij Pieskow'],
      ['russia', 'Rosja'],
    ]);
    expect([...titleOnlyActors(polish, spans, persons)]).toEqual(['putin']);
    // A given name the matcher left out may stand after the comma.
    const hebrew = 'דובר הנשיא ולדימיר פוטין, דמיטרי פסקוב, אמר לכתבים';
    expect([
      ...titleOnlyActors(
        hebrew,
        spansOf(hebrew, [
          ['putin', 'ולדימיר פוטין'],
          ['peskov', 'פסקוב'],
        ]),
        persons,
      ),
    ]).toEqual(['putin']);
  });

  it('is not an actor also named on its own, nor one followed by a verb or an organisation', () => {
    const text = 'Putin Peskov said, and Putin met nobody.';
    const spans = [
      ...spansOf(text, [
        ['putin', 'Putin'],
        ['peskov', 'Peskov'],
      ]),
      { actor: 'putin', start: 23, end: 28 },
    ];
    expect(text.slice(23, 28)).toBe('Putin');
    expect(titleOnlyActors(text, spans, persons).size).toBe(0);
    const met = 'Putin met Peskov.';
    expect(
      titleOnlyActors(
        met,
        spansOf(met, [
          ['putin', 'Putin'],
          ['peskov', 'Peskov'],
        ]),
        persons,
      ).size,
    ).toBe(0);
    const korean = '드미트리 페스코프 크렘린 대변인은';
    expect(
      titleOnlyActors(
        korean,
        spansOf(korean, [
          ['peskov', '드미트리 페스코프'],
          ['kremlin', '크렘린'],
        ]),
        persons,
      ).size,
    ).toBe(0);
  });
});
