/**
 * The side panel: for the active tab (or `?tab=ID`), the facts and actors found on the page and how
 * every other corpus source reported them; a source reader; "Not the same fact".
 */
import { useEffect, useState } from 'preact/hooks';
import type { CorpusPack } from '../core/pack-schema';
import { sendToTab } from '../platform/messaging';
import { ActorCard } from './ActorCard';
import { FactCard, type FactCardActions } from './FactCard';
import { shortDate } from './format';
import { PageStatus } from './PageStatus';
import { SourceReader } from './SourceReader';
import { useCorpora } from './use-corpora';
import { pageKeyOf, useDismissals } from './use-dismissals';
import { usePanelFocus } from './use-panel-focus';
import { useSettings } from './use-settings';
import { useTabId } from './use-tab-id';
import { useTabInfo } from './use-tab-info';
import { useTabReport } from './use-tab-report';

/** The corpus's date: its earliest dated source. */
function corpusDate(pack: CorpusPack): string | null {
  const dates = pack.sources.flatMap((source) => (source.published ? [source.published] : [])).sort();
  return shortDate(dates[0] ?? null)?.replace(/, \d\d:\d\d$/, '') ?? null;
}

type View = { kind: 'page' } | { kind: 'source'; id: string; at: number | null };

export function App() {
  const tabId = useTabId();
  const tab = useTabInfo(tabId);
  const report = useTabReport(tabId);
  const settings = useSettings();
  const { lookup, error: corpusError } = useCorpora();
  const focus = usePanelFocus(tabId);
  const pageKey = report ? pageKeyOf(report.url) : null;
  const { dismissed, dismiss } = useDismissals(pageKey, tabId);
  const [view, setView] = useState<View>({ kind: 'page' });
  // Actors are drawn a frame after the facts, which are what the reader opened the panel for (an
  // actor asked for by the hover card is drawn at once).
  const [actorsDrawn, setActorsDrawn] = useState(false);
  useEffect(() => {
    if (!lookup || actorsDrawn) return;
    const frame = requestAnimationFrame(() => setActorsDrawn(true));
    return () => cancelAnimationFrame(frame);
  }, [lookup, actorsDrawn]);
  const drawActors = actorsDrawn || focus?.kind === 'actor';

  useEffect(() => setView({ kind: 'page' }), [tabId, report?.url]);
  useEffect(() => {
    if (!focus) return;
    setView({ kind: 'page' });
    requestAnimationFrame(() =>
      document
        .querySelector(`[data-${focus.kind}="${CSS.escape(focus.id)}"]`)
        ?.scrollIntoView({ block: 'start' }),
    );
  }, [focus]);

  const pack = lookup?.packs[0];
  const dated = pack ? corpusDate(pack) : null;
  const facts = (report?.facts ?? [])
    .filter((fact) => !dismissed.has(fact.id))
    .sort((a, b) => (a.evidence[0]?.start ?? 0) - (b.evidence[0]?.start ?? 0));
  const actions: FactCardActions = {
    showEvidence: (evidence) => {
      const fact = report?.facts.find((item) => item.evidence.some((e) => e.start === evidence.start));
      if (tabId !== null && fact)
        void sendToTab(tabId, { type: 'focus-item', kind: 'fact', id: fact.id, text: evidence.text });
    },
    openSource: (id, at) => setView({ kind: 'source', id, at }),
    dismiss,
  };
  const readerSource = view.kind === 'source' ? lookup?.source(view.id) : undefined;

  return (
    <main>
      <header>
        <h1>Parallax</h1>
        {pack && (
          <div class="muted">
            {pack.corpus.name} · {pack.sources.length} sources · version {pack.version}
            {dated ? ` · ${dated}` : ''}
            {lookup && lookup.packs.length > 1 ? ` · +${lookup.packs.length - 1} of your corpora` : ''}
          </div>
        )}
      </header>
      {corpusError && (
        <p role="alert" class="status">
          The corpus database could not be read ({corpusError}). Reload the extension from the browser’s
          extensions page; your notes and imports are kept.
        </p>
      )}
      <PageStatus
        tabId={tabId}
        tab={tab}
        report={report}
        settings={settings}
        sourceOutlet={(id) => lookup?.source(id)?.outlet ?? null}
      />
      {view.kind === 'source' && readerSource && lookup ? (
        <SourceReader
          source={readerSource}
          lookup={lookup}
          at={view.at}
          back={() => setView({ kind: 'page' })}
          openFact={() => setView({ kind: 'page' })}
        />
      ) : (
        lookup && (
          <>
            {facts.length > 0 && (
              <section aria-labelledby="facts-heading">
                <h2 id="facts-heading">Facts on this page ({facts.length})</h2>
                <div data-testid="fact-list">
                  {facts.map((fact) => (
                    <FactCard
                      key={fact.id}
                      detected={fact}
                      lookup={lookup}
                      selfSource={report?.selfSource ?? null}
                      actions={actions}
                      focused={focus?.kind === 'fact' && focus.id === fact.id}
                    />
                  ))}
                </div>
              </section>
            )}
            {drawActors && report && report.actors.length > 0 && (
              <section aria-labelledby="actors-heading">
                <h2 id="actors-heading">Actors on this page ({report.actors.length})</h2>
                {report.actors.map((actor) => (
                  <ActorCard
                    key={actor.id}
                    detected={actor}
                    lookup={lookup}
                    focused={focus?.kind === 'actor' && focus.id === actor.id}
                    openFact={(id) =>
                      document
                        .querySelector(`[data-fact="${CSS.escape(id)}"]`)
                        ?.scrollIntoView({ block: 'start' })
                    }
                  />
                ))}
              </section>
            )}
            {report && facts.length === 0 && report.actors.length === 0 && (
              <p class="empty">
                Nothing from the corpus on this page. Parallax marks the people, organisations and facts of
                its corpus ({pack?.corpus.name ?? 'the bundled corpus'}) when a page mentions them.
              </p>
            )}
            {dismissed.size > 0 && (
              <p class="muted">
                {dismissed.size} {dismissed.size === 1 ? 'match' : 'matches'} hidden on this page as “not the
                same fact”.
              </p>
            )}
          </>
        )
      )}
    </main>
  );
}
