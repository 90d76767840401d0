import shippedPack from 'virtual:parallax-pack';
import { PageStatus } from './PageStatus';
import { useTabId } from './use-tab-id';
import { useTabReport } from './use-tab-report';

const outletOf = (id: string): string | null =>
  shippedPack.sources.find((source) => source.id === id)?.outlet ?? null;

export function App() {
  const tabId = useTabId();
  const report = useTabReport(tabId);
  return (
    <main>
      <header>
        <h1>Parallax</h1>
        <div class="muted">
          {shippedPack.corpus.name} · {shippedPack.sources.length} sources · version {shippedPack.version}
        </div>
      </header>
      <PageStatus tabId={tabId} report={report} sourceOutlet={outletOf} />
      {report && report.facts.length > 0 && (
        <section aria-labelledby="facts-heading">
          <h2 id="facts-heading">Facts on this page</h2>
          <ul class="plain" data-testid="fact-list">
            {report.facts.map((fact) => (
              <li key={fact.id} class="card">
                <div>
                  <strong>{fact.label}</strong>
                </div>
                {fact.evidence.map((evidence) => (
                  <blockquote key={evidence.start}>{evidence.text}</blockquote>
                ))}
                <div class="muted">
                  Reported by {fact.reportedBy.map((id) => outletOf(id) ?? id).join(', ')}
                </div>
              </li>
            ))}
          </ul>
        </section>
      )}
    </main>
  );
}
