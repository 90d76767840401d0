/**
 * One fact found on the page: how every other corpus source reported it (verbatim), with its
 * framing, the discrepancies, who left it out, why it matched, and "Not the same fact".
 */
import { useState } from 'preact/hooks';
import { firstByKey } from '../core/first-by-key';
import type { DetectedFact } from '../core/page-report';
import type { CorpusLookup } from './corpus-lookup';
import { FramingChips } from './FramingChips';
import { sourceLine } from './format';
import { WordDiff } from './WordDiff';

export interface FactCardActions {
  showEvidence: (evidence: { start: number; end: number; text: string }) => void;
  openSource: (sourceId: string, at: number) => void;
  dismiss: (factId: string) => void;
}

interface Props {
  detected: DetectedFact;
  lookup: CorpusLookup;
  selfSource: string | null;
  actions: FactCardActions;
  focused?: boolean;
}

export function FactCard({ detected, lookup, selfSource, actions, focused = false }: Props) {
  const fact = lookup.fact(detected.id);
  const [diffFor, setDiffFor] = useState<string | null>(null);
  const corpusSources = lookup.corpusSourcesOf(detected.id);
  const mentions = fact?.mentions ?? [];
  const reporting = corpusSources.filter((source) =>
    mentions.some((mention) => mention.source === source.id),
  );
  // One outlet's sentences side by side, in its article's order: a fact may hold several of them
  // (the claim, then a quote that restates it).
  const order = new Map<string, number>();
  for (const mention of mentions) if (!order.has(mention.source)) order.set(mention.source, order.size);
  const others = mentions
    .filter((mention) => mention.source !== selfSource)
    .sort((a, b) => (order.get(a.source) ?? 0) - (order.get(b.source) ?? 0) || a.start - b.start);
  const missing = corpusSources.filter((source) => !reporting.includes(source) && source.id !== selfSource);
  const pageSentence = detected.evidence[0]?.text ?? '';
  const headingId = `fact-${detected.id.replace(/[^a-z0-9-]/gi, '-')}`;
  return (
    <article
      class={focused ? 'card fact-card focused' : 'card fact-card'}
      aria-labelledby={headingId}
      data-testid="fact-card"
      data-fact={detected.id}
    >
      <h3 id={headingId}>{fact?.label ?? detected.label}</h3>
      <p class="reported">
        Reported by {reporting.length} of {corpusSources.length} sources:{' '}
        {reporting.map((source) => (
          <span key={source.id} class={source.id === selfSource ? 'outlet-chip self' : 'outlet-chip'}>
            {source.outlet}
          </span>
        ))}
      </p>
      {lookup.discrepanciesOf(detected.id).map((item) => (
        <p key={item.id} class="discrepancy" data-testid="discrepancy">
          <span class="badge">{item.kind}</span> {item.summary}
        </p>
      ))}
      <div class="on-page">
        {/* A page that repeats a sentence (its headline above the article, say) shows it once. */}
        {firstByKey(detected.evidence, (evidence) => evidence.text.replace(/\s+/g, ' ').trim())
          .slice(0, 2)
          .map((evidence) => (
            <button
              key={evidence.start}
              type="button"
              class="evidence"
              onClick={() => actions.showEvidence(evidence)}
              title="Show this sentence in the page"
            >
              {/* Isolated, so a Hebrew or Arabic sentence keeps its own direction inside the quotes. */}
              On this page: “<bdi>{evidence.text}</bdi>”
            </button>
          ))}
      </div>
      <ul class="passages" aria-label="How the other sources reported it">
        {others.map((mention, at) => {
          const source = lookup.source(mention.source);
          if (!source) return null;
          const key = `${mention.source}:${mention.start}`;
          const again = others[at - 1]?.source === mention.source;
          return (
            <li key={key} class={again ? 'passage again' : 'passage'} data-testid="source-passage">
              <div class="source-line">
                {again ? `${source.outlet}, later in the same article` : sourceLine(source)}
              </div>
              <blockquote>{mention.text}</blockquote>
              <FramingChips framing={mention.framing} />
              <div class="passage-actions">
                <button
                  type="button"
                  aria-pressed={diffFor === key}
                  onClick={() => setDiffFor(diffFor === key ? null : key)}
                >
                  {diffFor === key ? 'Hide wording diff' : 'Compare wording'}
                </button>
                <button type="button" onClick={() => actions.openSource(source.id, mention.start)}>
                  Open in source reader
                </button>
              </div>
              {diffFor === key && (
                <WordDiff
                  from={pageSentence}
                  to={mention.text}
                  fromLabel="this page"
                  toLabel={source.outlet}
                />
              )}
            </li>
          );
        })}
      </ul>
      {others.length === 0 && <p class="muted">No other corpus source reported this.</p>}
      {missing.length > 0 && (
        <p class="missing">
          <strong>Not reported by:</strong> {missing.map((source) => source.outlet).join(', ')}
        </p>
      )}
      {detected.why.length > 0 && (
        <p class="why">
          <strong>Why matched:</strong> {detected.why.join('; ')}
        </p>
      )}
      <button type="button" class="dismiss" onClick={() => actions.dismiss(detected.id)}>
        Not the same fact
      </button>
    </article>
  );
}
