import { describe, expect, it } from 'vitest';
import { contentTerms } from './terms';

const shared = (a: string, b: string): string[] => {
  const right = new Set(contentTerms(b));
  return [...new Set(contentTerms(a))].filter((term) => right.has(term));
};

describe('contentTerms', () => {
  it('drops stop words and reporting verbs', () => {
    expect(contentTerms('He said that the delegation was in Moscow')).toEqual(['deleg', 'moscow']);
  });
  it.each([
    [
      'massacred, murdered, executed, and burned',
      'stabbed, killed, executed and burned',
      ['kill', 'execut', 'burn'],
    ],
    [
      'demanding that Russia expel the delegation',
      'called for the immediate expulsion of representatives',
      ['expel', 'deleg'],
    ],
    [
      'responsible for the kidnapping of over 220',
      'responsible for the abduction of more than 220',
      ['respons', 'kidnap'],
    ],
    [
      'Tomas Berglund stepped down as finance minister',
      'Finance Minister Tomas Berglund resigned',
      ['resign', 'financ'],
    ],
    ['Three people have died after an explosion', 'a blast left three workers dead', ['dead', 'explos']],
    [
      'cops and prosecutors have launched a probe',
      'the police opened an investigation',
      ['polic', 'investig'],
    ],
    ['I have done nothing wrong', 'who denies any wrongdoing', ['wrongdo']],
    ['Holm will stand down next week', 'Holm has resigned', ['resign']],
    [
      'the court struck down the law',
      'the judges annulled the legislation in their verdict',
      ['annul', 'law'],
    ],
    ['a law that obliged apps to scan messages', 'it required apps to scan messages', ['requir', 'scan']],
    ['a disproportionate intrusion on privacy', 'a disproportionate interference with privacy', ['interfer']],
    ['the act came into force on March 1', 'the rules took effect in March', ['effect']],
    ['The company made the breach public on Monday', 'It first disclosed the breach', ['disclos', 'violat']],
    ['Three people are still unaccounted for', 'three people remain missing', ['miss', 'peopl']],
    ['the regulator prohibited the merger', 'the watchdog blocked the merger', ['block', 'merger']],
    [
      'hackers stole the data of customers',
      'the hack exposed data of subscribers',
      ['steal', 'data', 'custom'],
    ],
    ['Norvik shares fell 8%', "Norvik's stock fell 8%", ['share', 'fall', 'norvik']],
    [
      'HACKERS have plundered the details of customers',
      'hackers stole the data of customers',
      ['steal', 'custom'],
    ],
    [
      'the authority initiated a procedure against the firm',
      'the authority opened an investigation',
      ['investig', 'author'],
    ],
    [
      'the ministry summoned the ambassador',
      'the ambassador was called in, after a summons',
      ['summon', 'ambassador'],
    ],
    ['Nearly 300 people were rescued', 'the 298 survivors were taken to Brevik', ['rescu']],
    ['The company went public on Monday', 'the firm finally came clean on Monday', ['disclos', 'compani']],
    [
      'Israel asked Russia to send the Hamas visitors away',
      'Israel asked Russia to expel the delegation',
      ['ask', 'expel'],
    ],
    [
      'representatives of Hamas had come to Moscow',
      'the delegation has arrived in Moscow',
      ['deleg', 'visit'],
    ],
  ])('paraphrases meet: %s / %s', (a, b, expected) => {
    expect(shared(a, b)).toEqual(expect.arrayContaining(expected));
  });
  it('reads "come to" a place as a visit also when the place is blanked as an actor name', () => {
    // passage-features.ts blanks actor names before it reads terms: "come to Moscow." → "come to       ."
    expect(contentTerms('the envoys had come to       .')).toContain('visit');
    expect(contentTerms('the talks came to an end')).not.toContain('visit');
  });

  it('reads booting, throwing or sending people out of a country as expelling them, not a case out of court', () => {
    expect(
      contentTerms('Israel told Russia to boot the Hamas delegation out of       immediately'),
    ).toContain('expel');
    expect(contentTerms('urged the government to throw the officials out of the country')).toContain('expel');
    expect(contentTerms('he urged it to send the visitors packing')).toContain('expel');
    expect(contentTerms('the judge threw the case out of court')).not.toContain('expel');
  });

  it('reads "flown into" a place as a visit', () => {
    expect(contentTerms('a Hamas delegation has flown into       , state media reported')).toContain('visit');
    expect(contentTerms('prices flew into the stratosphere')).not.toContain('visit');
    expect(contentTerms('the delegation jetted into Moscow on Thursday')).toContain('visit');
  });

  it('reads "sat down with" as a meeting', () => {
    expect(contentTerms('the president had not sat down with the group')).toContain('meet');
    expect(contentTerms('the president sat down and wrote')).not.toContain('meet');
  });

  it('reads "made public" as disclosed, but not "a public statement"', () => {
    expect(contentTerms('they made their findings public')).toContain('disclos');
    expect(contentTerms('the minister made a public statement')).not.toContain('disclos');
  });

  it('handles non-Latin words', () => {
    expect(contentTerms('Захарова заявила')).toHaveLength(2);
  });
});
