import { describe, expect, it } from 'vitest';
import { hasUnknownSpeaker } from './detect-speaker';
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
