/** The readable corpus report for a person (journalist, teacher): sources, facts, actors. */
import type { CorpusPack } from '../core/pack-schema';

export function formatCorpusReport(pack: CorpusPack): string {
  const lines: string[] = [];
  lines.push(`${pack.corpus.name} (version ${pack.version})`);
  lines.push(`${pack.sources.length} sources, ${pack.facts.length} facts, ${pack.actors.length} actors`, '');
  lines.push('SOURCES');
  for (const source of pack.sources) {
    const when = source.published ?? 'date not shown';
    const by = source.byline ? `, by ${source.byline}` : '';
    lines.push(`  [${source.id}] ${source.outlet}: "${source.title}" (${when}${by})`);
    if (source.notes) lines.push(`      note: ${source.notes}`);
  }
  return lines.join('\n');
}
