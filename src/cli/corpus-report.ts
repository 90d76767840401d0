/**
 * The readable corpus report for a person (journalist, teacher): sources, then each fact with
 * every source's verbatim passage and framing, what sources left it out, the discrepancies, and
 * each actor with every form seen.
 */
import type { CorpusPack, Fact, FactMention } from '../core/pack-schema';

function framingLine(mention: FactMention): string | null {
  const framing = mention.framing;
  if (!framing) return null;
  const parts: string[] = [];
  const names = framing.actorNames.map((name) => name.text).filter((text, i, all) => all.indexOf(text) === i);
  if (names.length) parts.push(`names: ${names.join('; ')}`);
  if (framing.attributions.length)
    parts.push(`attributed: ${framing.attributions.map((a) => a.text).join('; ')}`);
  if (framing.numbers.length) parts.push(`numbers: ${framing.numbers.map((n) => n.text).join(', ')}`);
  if (framing.dates.length) {
    parts.push(
      `dates: ${framing.dates.map((d) => (d.relative ? `${d.text} (= ${d.iso ?? '?'})` : d.text)).join(', ')}`,
    );
  }
  return parts.length ? parts.join(' | ') : null;
}

function factBlock(pack: CorpusPack, fact: Fact, index: number): string[] {
  const outlet = (id: string): string => pack.sources.find((source) => source.id === id)?.outlet ?? id;
  const reporting = new Set(fact.mentions.map((mention) => mention.source));
  const lines = [
    `${index + 1}. ${fact.label}`,
    `   reported by ${reporting.size} of ${pack.sources.length} sources`,
  ];
  for (const mention of fact.mentions) {
    lines.push(`   - ${outlet(mention.source)}: “${mention.text.replace(/\s+/g, ' ')}”`);
    const framing = framingLine(mention);
    if (framing) lines.push(`       ${framing}`);
  }
  const missing = pack.sources.filter((source) => !reporting.has(source.id)).map((source) => source.outlet);
  if (missing.length && reporting.size > 1) lines.push(`   not reported by: ${missing.join(', ')}`);
  for (const discrepancy of pack.discrepancies.filter((item) => item.fact === fact.id)) {
    lines.push(`   ! ${discrepancy.kind}: ${discrepancy.summary}`);
  }
  return lines;
}

export function formatCorpusReport(pack: CorpusPack): string {
  const lines: string[] = [];
  const shared = pack.facts.filter((fact) => new Set(fact.mentions.map((m) => m.source)).size > 1);
  lines.push(`${pack.corpus.name} (version ${pack.version})`);
  lines.push(
    `${pack.sources.length} sources, ${pack.facts.length} facts (${shared.length} reported by several sources), ${pack.actors.length} actors, ${pack.discrepancies.length} discrepancies`,
    '',
    'SOURCES',
  );
  for (const source of pack.sources) {
    const when = source.published ?? 'date not shown';
    const by = source.byline ? `, by ${source.byline}` : '';
    lines.push(`  ${source.outlet}: “${source.title}” (${when}${by})`);
    if (source.notes) lines.push(`      note: ${source.notes}`);
  }
  lines.push('', 'FACTS (most widely reported first)');
  pack.facts.forEach((fact, index) => lines.push(...factBlock(pack, fact, index), ''));
  lines.push('ACTORS');
  for (const actor of pack.actors) {
    const sources = new Set(actor.mentions.map((mention) => mention.source)).size;
    lines.push(`  ${actor.name} (${actor.kind}; ${actor.mentions.length} mentions in ${sources} sources)`);
    lines.push(`      forms: ${actor.aliases.join(' · ')}`);
  }
  return lines.join('\n');
}
