import type { PageReport } from '../core/page-report';
import type { Settings } from '../platform/settings-values';
import { isScannable } from './scannable';
import type { TabInfo } from './use-tab-info';

interface Props {
  tabId: number | null;
  tab: TabInfo | null;
  report: PageReport | null | undefined;
  settings: Settings | null;
  sourceOutlet: (id: string) => string | null;
}

function hostOf(url: string | null): string | null {
  try {
    return url ? new URL(url).hostname : null;
  } catch {
    return null;
  }
}

/** One line on what Parallax knows about the page in the tab, and what to do about it. */
export function statusMessage({ tabId, tab, report, settings }: Omit<Props, 'sourceOutlet'>): string {
  if (tabId === null) return 'No tab to describe. Open a news page, then open Parallax again.';
  if (settings && !settings.enabled) return 'Parallax is turned off. Turn scanning on in the settings.';
  const host = hostOf(tab?.url ?? null);
  if (settings && host && settings.pausedSites.includes(host))
    return `Paused on ${host}. Resume it in the settings.`;
  if (tab && !isScannable(tab.url)) {
    return 'This page cannot be scanned (browser pages, the extension store and PDFs are out of reach). Open a news article.';
  }
  if (report === undefined) return 'Loading…';
  if (report === null) return tab?.loading ? 'Scanning…' : 'Scanning… (if this stays, reload the page)';
  const facts = report.facts.length;
  const actors = report.actors.length;
  return `${facts} ${facts === 1 ? 'fact' : 'facts'} and ${actors} ${actors === 1 ? 'actor' : 'actors'} found in ${report.words} words.`;
}

export function PageStatus(props: Props) {
  const self = props.report?.selfSource ? props.sourceOutlet(props.report.selfSource) : null;
  return (
    <div class="status" role="status" aria-live="polite" data-testid="page-status">
      <div>{statusMessage(props)}</div>
      {self && (
        <div class="self">You are reading {self}, one of the corpus sources: below are the others.</div>
      )}
    </div>
  );
}
