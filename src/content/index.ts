/**
 * Content script entry: waits for the MatcherIndex, scans the page, highlights, reports, re-scans
 * what the page adds, and shows the hover card. Everything hangs off one AbortSignal, so a
 * reloaded or updated extension, or the user turning Parallax off, leaves nothing behind.
 */
import type { MatcherIndex } from '../core/matcher-index';
import { readPrefilterSource, waitForMatcherIndex } from '../platform/matcher-store';
import { openDetectChannel } from '../platform/detect-channel';
import { sendFromContent } from '../platform/messaging';
import { readSettings, watchSettings } from '../platform/settings';
import { activeOn, type Settings } from '../platform/settings-values';
import { Highlighter } from './highlighter';
import { answerFocusRequests } from './focus-item';
import { clearHighlights } from './highlights';
import { HoverCard, type CardContent } from './hover-card';
import { trackHover } from './hover-tracker';
import { contextIsAlive, createLifecycle } from './lifecycle';
import { isUserCorpusItem } from './item-origin';
import { pageIdle } from './page-idle';
import { PageScanner } from './page-scanner';
import type { PageResults } from '../core/page-results';
import { watchMutations } from './watch-mutations';
import { warmUpScanCode } from './warm-up';

const isActive = (settings: Settings): boolean => activeOn(settings, location.hostname);

function describe(
  results: PageResults,
  index: MatcherIndex,
  kind: 'fact' | 'actor',
  id: string,
): CardContent | null {
  if (kind === 'fact') {
    const fact = results.facts.find((item) => item.id === id);
    if (!fact) return null;
    const k = fact.reportedBy.length;
    return { kind, id, title: fact.label, meta: `Reported by ${k} of ${index.sourceCount} sources` };
  }
  const actor = results.actors.find((item) => item.id === id);
  if (!actor) return null;
  const times = actor.mentions.length;
  return {
    kind,
    id,
    title: actor.name,
    meta: `Named ${times} ${times === 1 ? 'time' : 'times'} on this page`,
  };
}

function report(results: PageResults, words: number, index: MatcherIndex): void {
  if (!contextIsAlive()) return;
  void sendFromContent({
    type: 'page-report',
    report: {
      url: location.href,
      title: document.title,
      words,
      facts: results.facts,
      actors: results.actors,
      selfSource: results.selfSource,
      corpusVersion: index.corpusVersion,
      scannedAt: Date.now(),
    },
  }).catch(() => undefined);
}

async function start(signal: AbortSignal, initial: Settings): Promise<void> {
  let settings = initial;
  // Opened first: the port's set-up overlaps reading the index and the page.
  const channel = openDetectChannel();
  signal.addEventListener('abort', () => channel.close(), { once: true });
  // The page paints first; the index is read meanwhile, and the scan code warms up once the page is idle.
  let prefilter: string | null = null;
  void readPrefilterSource().then(
    (source) => (prefilter = source),
    () => undefined,
  );
  // Settled before it is awaited (the warm-up runs first): a failed read is no index, not an error.
  const indexRead = waitForMatcherIndex(signal).catch(() => null);
  await pageIdle(signal);
  if (!signal.aborted) warmUpScanCode(document, prefilter);
  const index = await indexRead;
  if (!index || signal.aborted) return;
  const highlighter = new Highlighter(document);
  const redraw = (): void => {
    if (signal.aborted) return; // turned off meanwhile: stay cleared
    highlighter.draw({
      enabled: settings.highlights,
      allows: (kind, id) => settings.highlightUserCorpora || !isUserCorpusItem(index, kind, id),
    });
  };
  const scanner = new PageScanner(
    document,
    index,
    highlighter,
    channel.detect,
    { report: (results, words) => report(results, words, index), redraw },
    signal,
  );
  const card = new HoverCard(document, (content) => {
    void sendFromContent({ type: 'open-side-panel', focus: { kind: content.kind, id: content.id } }).catch(
      () => undefined,
    );
  });
  trackHover(document, highlighter, card, (kind, id) => describe(scanner.current, index, kind, id), signal);
  answerFocusRequests(highlighter, signal);
  await scanner.scan();
  if (document.body) watchMutations(document.body, () => void scanner.scan(), signal);
  const stopWatching = watchSettings((next) => {
    settings = next;
    redraw();
  });
  signal.addEventListener('abort', stopWatching, { once: true });
}

async function main(): Promise<void> {
  let lifecycle: AbortController | null = null;
  const run = (settings: Settings): void => {
    const current = createLifecycle();
    lifecycle = current;
    current.signal.addEventListener('abort', () => clearHighlights(), { once: true });
    start(current.signal, settings).catch(() => {
      // The extension was reloaded mid-scan: this copy is orphaned, clean up quietly.
      if (!contextIsAlive()) current.abort();
    });
  };
  const initial = await readSettings();
  if (isActive(initial)) run(initial);
  // Turning Parallax off (or pausing this site) stops everything at once; turning it on starts again.
  watchSettings((next) => {
    if (!isActive(next)) lifecycle?.abort();
    else if (!lifecycle || lifecycle.signal.aborted) run(next);
  });
}

void main();
