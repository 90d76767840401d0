import { describe, expect, it } from 'vitest';
import { headlineCore, restatesMainEvent } from './main-event';
import type { Actor } from './pack-schema';
import { passageFeatures, type ActorSpan } from './passage-features';
import { spanOf } from './span';

const actor = (id: string, name: string): Actor => ({
  id,
  name,
  kind: 'person',
  aliases: [name, name.split(' ').at(-1) ?? name],
  mentions: [],
});
const berglund = actor('actor:tomas-berglund', 'Tomas Berglund');

function features(text: string) {
  const spans: ActorSpan[] = [];
  for (const alias of ['Tomas Berglund', 'Berglund']) {
    const at = text.indexOf(alias);
    if (at >= 0 && !spans.some((span) => at >= span.start && at < span.end))
      spans.push({ actor: berglund.id, start: at, end: at + alias.length });
  }
  return passageFeatures(spanOf(text, 0, text.length), spans, null);
}

describe('the main event', () => {
  const titles = [
    'Finance minister Berglund quits over IT deal',
    'Berglund quits as finance minister amid contracts row',
    'Finance Minister Tomas Berglund resigns',
    'Finance minister steps down',
    'Why the finance minister had to go',
  ];

  it('is what most headlines share, a word for what happened included', () => {
    const core = headlineCore(titles, [berglund]);
    expect([...core]).toEqual(expect.arrayContaining(['t:resign', 't:financ', 'a:actor:tomas-berglund']));
  });

  it('is restated by a lede, not by a sentence that only mentions the resignation', () => {
    const core = headlineCore(titles, [berglund]);
    expect(
      restatesMainEvent(features('Tomas Berglund stepped down as finance minister on Thursday.'), core),
    ).toBe(true);
    expect(
      restatesMainEvent(features('The prime minister accepted the resignation on Thursday.'), core),
    ).toBe(false);
  });

  it('is restated only by a sentence that names who did it, when the headlines name them', () => {
    const bank = actor('actor:bank-of-orvania', 'Bank of Orvania');
    const core = headlineCore(
      ['Bank of Orvania raises rates', 'Bank of Orvania raises key rate', 'Bank of Orvania hikes rate again'],
      [bank],
    );
    expect([...core].sort()).toEqual(['a:actor:bank-of-orvania', 't:rais', 't:rate']);
    const withBank = (text: string) => {
      const at = text.indexOf('Bank of Orvania');
      const spans: ActorSpan[] = at < 0 ? [] : [{ actor: bank.id, start: at, end: at + 15 }];
      return passageFeatures(spanOf(text, 0, text.length), spans, null);
    };
    expect(restatesMainEvent(withBank('The Bank of Orvania raised its key rate on Wednesday.'), core)).toBe(
      true,
    );
    expect(
      restatesMainEvent(withBank('Households with variable-rate mortgages will see repayments rise.'), core),
    ).toBe(false);
  });

  it('is restated only by a sentence that says what happened, when the headlines say it', () => {
    const named = [
      actor('actor:tomas-erlund', 'Tomas Erlund'),
      actor('actor:valdoria', 'Valdoria'),
      actor('actor:nordmark', 'Nordmark'),
    ];
    const core = headlineCore(
      [
        'Valdoria detains Nordmark reporter Tomas Erlund',
        'Nordmark reporter Erlund detained in Valdoria',
        'Valdoria court keeps Erlund detained',
      ],
      named,
    );
    const withNames = (text: string) => {
      const spans: ActorSpan[] = [];
      for (const { id, aliases } of named)
        for (const alias of aliases) {
          const at = text.indexOf(alias);
          if (at >= 0 && !spans.some((span) => at >= span.start && at < span.end))
            spans.push({ actor: id, start: at, end: at + alias.length });
        }
      return passageFeatures(spanOf(text, 0, text.length), spans, null);
    };
    expect(restatesMainEvent(withNames('Valdoria detained Erlund, a reporter from Nordmark.'), core)).toBe(
      true,
    );
    // Three of the core's names, but nothing of what happened to him.
    expect(
      restatesMainEvent(withNames('Erlund has covered Valdoria and Nordmark for six years.'), core),
    ).toBe(false);
  });

  it('is none when the headlines share names but no one event', () => {
    const core = headlineCore(
      [
        'Hamas delegation meets Iranian minister in Moscow',
        'Hamas representatives are in Moscow',
        'Israel demands expulsion of Hamas delegation from Moscow',
      ],
      [actor('actor:hamas', 'Hamas'), actor('actor:moscow', 'Moscow'), actor('actor:israel', 'Israel')],
    );
    expect(core.size).toBe(0);
  });
});
