import { describe, expect, it } from 'vitest';
import { claimFrame, sameClaimFrame } from './claim-frame';
import type { ActorSpan } from './passage-features';

/** A sentence at offset 0 with its named actors marked. */
function frameOf(text: string, names: Record<string, string> = {}) {
  const actors: ActorSpan[] = Object.entries(names).map(([name, actor]) => {
    const start = text.indexOf(name);
    return { actor, start, end: start + name.length };
  });
  return claimFrame({ text, start: 0, end: text.length }, actors);
}

describe('claimFrame', () => {
  it('finds the verb past a participle phrase and an apposition, and reads "arrived" as a visit', () => {
    const frame = frameOf(
      'On the 26th, the ministry confirmed that a delegation led by Musa Abu Marzuk, a senior member of the bureau, has arrived in Moscow.',
      { 'Musa Abu Marzuk': 'marzouk', Moscow: 'moscow' },
    );
    expect(frame?.predicate).toBe('visit');
    expect([...(frame?.actors ?? [])]).toEqual(['marzouk']);
    expect(frame?.terms.has('deleg')).toBe(true);
  });

  it('reads being in a named place as a visit, after the reporting lead', () => {
    expect(frameOf('She also confirmed that representatives of Hamas are in Moscow.')?.predicate).toBe(
      'visit',
    );
    expect(frameOf('A source told RIA Novosti that the delegation is currently in Moscow.')?.predicate).toBe(
      'visit',
    );
    // Being in talks is not being somewhere.
    expect(frameOf('The two sides are in talks about the port.')).toBeNull();
  });

  it('takes the verb of the claim, not of a subordinate phrase or a quoted speaker', () => {
    expect(
      frameOf(
        'Due to the presence of the delegation in Moscow, Israel accused Russia of supporting terrorism.',
      )?.predicate,
    ).toBe(frameOf('Israel accused Russia.')?.predicate);
    const condemns = frameOf(
      'Hayat stated, "Israel condemns inviting senior Hamas officials to visit Moscow."',
      {
        Israel: 'israel',
      },
    );
    expect(condemns?.predicate).toBe('condemn');
    expect([...(condemns?.actors ?? [])]).toEqual(['israel']);
  });

  it('takes the agent of a passive verb as the subject', () => {
    const frame = frameOf(
      'The presence of Hamas representatives in Moscow was condemned by the Israeli Foreign Ministry, which called it obscene.',
      { Hamas: 'hamas', 'Israeli Foreign Ministry': 'israeli-ministry', Moscow: 'moscow' },
    );
    expect(frame?.predicate).toBe('condemn');
    expect([...(frame?.actors ?? [])]).toEqual(['israeli-ministry']);
  });

  it('follows a verb to the infinitive that says what happened, and marks negation', () => {
    expect(frameOf('Sandvik moved quickly to accept the resignation.')?.predicate).toBe(
      frameOf('Sandvik accepted the resignation.')?.predicate,
    );
    expect(frameOf('The delegation did not meet the president.')?.predicate).toBe('!meet');
  });

  it('gives no frame where no verb is found or the subject is only a possessive noun', () => {
    expect(frameOf('A day of talks in the capital.')).toBeNull();
    expect(frameOf('The minister is a member of the party.')).toBeNull();
    expect(frameOf("Hamas' tactics in Israel are the same as those used elsewhere.")?.predicate).not.toBe(
      'tactic',
    );
  });
});

describe('sameClaimFrame', () => {
  const visit = (actors: string[], terms: string[]) => ({
    predicate: 'visit',
    actors: new Set(actors),
    terms: new Set(terms),
  });

  it('matches one predicate with a shared actor, or a shared word when one side names no actor', () => {
    expect(sameClaimFrame(visit(['hamas'], ['deleg']), visit(['hamas', 'marzouk'], []))).toBe(true);
    expect(sameClaimFrame(visit(['hamas'], ['deleg']), visit([], ['deleg']))).toBe(true);
  });

  it('keeps different subjects and different predicates apart', () => {
    expect(sameClaimFrame(visit(['hamas'], ['deleg']), visit(['israel'], ['deleg']))).toBe(false);
    expect(sameClaimFrame(visit(['hamas'], []), { ...visit(['hamas'], []), predicate: 'meet' })).toBe(false);
  });
});
