/**
 * A corpus source's cleaned text (its reporting paragraphs) with its facts marked, its metadata,
 * and jumps from fact to fact. Text is rendered as text; marks are <mark> elements around slices.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Source } from '../core/pack-schema';
import type { CorpusLookup } from './corpus-lookup';
import { sourceLine } from './format';

interface Props {
  source: Source;
  lookup: CorpusLookup;
  /** Offset to scroll to (a fact mention's start). */
  at: number | null;
  back: () => void;
  openFact: (factId: string) => void;
}

interface Marked {
  start: number;
  end: number;
  factId: string;
  label: string;
}

function paragraphParts(text: string, from: number, to: number, marks: Marked[]) {
  const parts: Array<{ text: string; mark: Marked | null; start: number }> = [];
  let at = from;
  for (const mark of marks) {
    if (mark.end <= from || mark.start >= to || mark.start < at) continue;
    if (mark.start > at) parts.push({ text: text.slice(at, mark.start), mark: null, start: at });
    parts.push({ text: text.slice(mark.start, Math.min(mark.end, to)), mark, start: mark.start });
    at = Math.min(mark.end, to);
  }
  if (at < to) parts.push({ text: text.slice(at, to), mark: null, start: at });
  return parts;
}

export function SourceReader({ source, lookup, at, back, openFact }: Props) {
  const pack = lookup.packOf(source.id);
  const marks: Marked[] = (pack?.facts ?? [])
    .flatMap((fact) =>
      fact.mentions
        .filter((mention) => mention.source === source.id)
        .map((mention) => ({ start: mention.start, end: mention.end, factId: fact.id, label: fact.label })),
    )
    .sort((a, b) => a.start - b.start);
  const [current, setCurrent] = useState<number | null>(at);
  const target = useRef<HTMLElement | null>(null);
  useEffect(() => setCurrent(at), [at, source.id]);
  useEffect(() => target.current?.scrollIntoView({ block: 'center' }), [current, source.id]);
  const starts = [...new Set(marks.map((mark) => mark.start))];
  const position = current === null ? -1 : starts.indexOf(current);
  const jump = (step: number): void => {
    const next = starts[Math.min(starts.length - 1, Math.max(0, position + step))];
    if (next !== undefined) setCurrent(next);
  };
  return (
    <section aria-labelledby="reader-title" data-testid="source-reader">
      <button type="button" onClick={back}>
        ← Back
      </button>
      <h2 id="reader-title">{source.title}</h2>
      <p class="muted">{sourceLine(source)}</p>
      {source.url && <p class="muted url">{source.url}</p>}
      {source.notes && <p class="note">{source.notes}</p>}
      <nav class="reader-nav" aria-label="Facts in this source">
        <button type="button" disabled={position <= 0} onClick={() => jump(-1)}>
          ← Previous fact
        </button>{' '}
        <span class="muted">
          {position >= 0 ? `Fact ${position + 1} of ${starts.length}` : `${starts.length} facts marked`}
        </span>{' '}
        <button type="button" disabled={position >= starts.length - 1} onClick={() => jump(1)}>
          Next fact →
        </button>
      </nav>
      {source.reporting.map(([from, to]) => (
        <p key={from}>
          {paragraphParts(source.text, from, to, marks).map((part) =>
            part.mark ? (
              <mark
                key={part.start}
                class={part.mark.start === current ? 'current' : undefined}
                tabIndex={0}
                role="button"
                title={part.mark.label}
                ref={
                  part.mark.start === current
                    ? (element: HTMLElement | null) => {
                        target.current = element;
                      }
                    : undefined
                }
                onClick={() => part.mark && openFact(part.mark.factId)}
                onKeyDown={(event) => event.key === 'Enter' && part.mark && openFact(part.mark.factId)}
              >
                {part.text}
              </mark>
            ) : (
              <span key={part.start}>{part.text}</span>
            ),
          )}
        </p>
      ))}
    </section>
  );
}
