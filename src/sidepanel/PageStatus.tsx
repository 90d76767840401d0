import type { PageReport } from '../core/page-report';

interface Props {
  tabId: number | null;
  report: PageReport | null | undefined;
  sourceOutlet: (id: string) => string | null;
}

/** One line on what Parallax knows about the page in the tab. */
export function PageStatus({ tabId, report, sourceOutlet }: Props) {
  let message: string;
  if (tabId === null) message = 'No tab to describe.';
  else if (report === undefined) message = 'Loading…';
  else if (report === null)
    message = 'No scan yet for this page. Parallax scans ordinary web pages (http and https).';
  else {
    const facts = report.facts.length;
    const actors = report.actors.length;
    message = `${facts} ${facts === 1 ? 'fact' : 'facts'} and ${actors} ${actors === 1 ? 'actor' : 'actors'} found in ${report.words} words.`;
  }
  const self = report?.selfSource ? sourceOutlet(report.selfSource) : null;
  return (
    <div class="status" role="status" aria-live="polite" data-testid="page-status">
      <div>{message}</div>
      {self && <div>You are reading {self}, one of the corpus sources.</div>}
    </div>
  );
}
