/** User corpus namespacing: every id and reference moved, idempotent, nothing else changed. */
import { describe, expect, it } from 'vitest';
import { parseCorpusPack } from '../core/pack-schema';
import { findIntegrityError } from './pack-integrity';
import { shippedPack } from './test-support';
import { findForeignId, namespacePack, userCorpusId } from './user-ids';

describe('namespacePack', () => {
  it('moves every id and reference into the corpus namespace, keeping the pack valid', () => {
    const pack = shippedPack();
    const moved = namespacePack(pack);
    const prefix = `${pack.corpus.id}/`;
    expect(findForeignId(moved)).toBeNull();
    expect(findForeignId(pack)).not.toBeNull();
    expect(parseCorpusPack(moved).ok).toBe(true);
    expect(findIntegrityError(moved)).toBeNull();
    const refs = [
      ...moved.facts.flatMap((fact) => [
        ...fact.actors,
        ...fact.mentions.flatMap((m) => [
          m.source,
          ...(m.framing?.actorNames.map((n) => n.actor) ?? []),
          ...(m.framing?.attributions.flatMap((a) => (a.actor ? [a.actor] : [])) ?? []),
        ]),
      ]),
      ...moved.actors.flatMap((actor) => [
        ...actor.mentions.map((m) => m.source),
        ...(actor.titles ?? []).map((t) => t.source),
      ]),
      ...moved.discrepancies.flatMap((item) => [item.fact, ...item.mentions.map((m) => m.source)]),
    ];
    expect(refs.length).toBeGreaterThan(100);
    expect(refs.every((ref) => ref.startsWith(prefix))).toBe(true);
  });

  it('is idempotent and changes nothing but ids', () => {
    const pack = shippedPack();
    const once = namespacePack(pack);
    expect(namespacePack(once)).toStrictEqual(once);
    const strip = (s: string): string => s.replace(`${pack.corpus.id}/`, '');
    expect(JSON.stringify(once).replaceAll(`${pack.corpus.id}/`, '')).toBe(JSON.stringify(pack));
    expect(strip(once.facts[0]?.id ?? '')).toBe(pack.facts[0]?.id);
  });
});

describe('userCorpusId', () => {
  it('slugs the name', () => {
    expect(userCorpusId('Mes notes — été 2024')).toBe('corpus:mes-notes-ete-2024');
    expect(userCorpusId('***')).toBe('corpus:corpus');
  });
});
