import { describe, expect, it } from 'vitest';
import { buildShippedPack } from '../cli/shipped-pack';
import { compiledFacts } from './detect-compiled';
import { mainClaimsByFact } from './main-claims';
import { buildMatcherIndex } from './matcher-index-build';
import type { IndexFact } from './matcher-index';

const fact = (id: string, sources: string[], core: string[] = []): IndexFact => ({
  id,
  label: id,
  origin: 'user',
  sources,
  actors: core,
  core,
  signature: { actors: {}, numbers: {}, terms: {}, quoted: [], dates: {} },
});
const rare = (): number => 3;

describe('mainClaimsByFact', () => {
  it('takes the claim most sources told, and whom it is about, per corpus', () => {
    const facts = [
      fact('resigns', ['a1', 'a2', 'a3'], ['minister', 'capital']),
      fact('inquiry', ['a1', 'a2'], ['prosecutor']),
      fact('fire', ['b1', 'b2'], ['mayor']),
      fact('toll', ['b2'], []),
    ];
    const claims = mainClaimsByFact(facts, new Set(['capital']), rare);
    expect([...(claims.get('inquiry')?.facts ?? [])]).toEqual(['resigns']);
    expect([...(claims.get('inquiry')?.actors ?? [])]).toEqual(['minister']);
    // Another corpus (no source in common) has its own.
    expect([...(claims.get('toll')?.facts ?? [])]).toEqual(['fire']);
    expect([...(claims.get('toll')?.actors ?? [])]).toEqual(['mayor']);
  });

  it('leaves out the corpus’s topic (half the passages name it), unless nothing else is left', () => {
    const idf = (key: string): number => (key === 'a:hamas' ? 0.6 : 2);
    const visit = mainClaimsByFact([fact('visit', ['s1', 's2'], ['hamas', 'marzouk'])], new Set(), idf);
    expect([...(visit.get('visit')?.actors ?? [])]).toEqual(['marzouk']);
    const topicOnly = mainClaimsByFact([fact('visit', ['s1', 's2'], ['hamas'])], new Set(), idf);
    expect([...(topicOnly.get('visit')?.actors ?? [])]).toEqual(['hamas']);
  });

  it('finds the seeds’ visit and its leader, and what most of its sources say of it', () => {
    const index = buildMatcherIndex(buildShippedPack());
    const visit = index.facts.find((item) => item.id === 'fact:a-hamas-delegation-led-by-abu-marzouk-is');
    expect(visit?.shared).toEqual(expect.arrayContaining(['a:actor:moscow', 't:deleg', 't:visit']));
    expect(visit?.organisations).toEqual(['actor:hamas']);
    const claims = compiledFacts(index).mainClaims;
    const any = claims.get('fact:israel-demands-that-russia-expel-the-hamas-delegation');
    expect([...(any?.facts ?? [])]).toEqual(['fact:a-hamas-delegation-led-by-abu-marzouk-is']);
    expect([...(any?.actors ?? [])]).toEqual(['actor:musa-abu-marzouk']);
  });
});
