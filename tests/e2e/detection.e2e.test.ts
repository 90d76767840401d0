/** Detection in real Chromium: dynamic pages, the hover card, and the panel opened from the page. */
import { mkdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { scanFile } from '../../src/cli/scan-command';
import { buildShippedPack } from '../../src/cli/shipped-pack';
import { buildMatcherIndex } from '../../src/core/matcher-index-build';
import { MESSAGE_CHARS } from '../../src/core/page-pieces';
import { FIXTURES_DIR } from './fixture-server';
import { stopServiceWorker } from './browser';
import { openSession, waitFor, type E2ESession } from './session';

const SHOTS = 'test-results/screenshots';
let session: E2ESession;

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  session = await openSession();
});

afterAll(async () => {
  await session?.close();
});

const highlightNames = (page: import('playwright-core').Page) =>
  page.evaluate(() => [...CSS.highlights.keys()].map(String).filter((name) => name.startsWith('parallax-')));

/** Elements in the page now, and in its HTML as served (so anything a script added shows). */
const elementCounts = (page: import('playwright-core').Page) =>
  page.evaluate(async () => {
    const served = new DOMParser().parseFromString(await (await fetch(location.href)).text(), 'text/html');
    return {
      served: served.getElementsByTagName('*').length,
      now: document.getElementsByTagName('*').length,
    };
  });

/** A screenshot of the first fact highlight's text, drawn with or without Parallax's highlights. */
async function shotOfFirstFact(page: import('playwright-core').Page, drawn: boolean): Promise<Buffer> {
  const box = await page.evaluate((show) => {
    const registry = CSS.highlights as unknown as Map<string, Highlight> & { saved?: Map<string, Highlight> };
    registry.saved ??= new Map([...registry].filter(([name]) => String(name).startsWith('parallax-')));
    for (const [name, highlight] of registry.saved)
      if (show) registry.set(name, highlight);
      else registry.delete(name);
    const range = [...(registry.saved.get('parallax-fact') ?? [])][0] as Range | undefined;
    const rect = range?.getClientRects()[0];
    return rect ? { x: rect.x, y: rect.y, width: rect.width, height: rect.height + 4 } : null;
  }, drawn);
  if (!box) throw new Error('no fact highlight on the page');
  await page.waitForTimeout(100); // a frame with the change painted
  return page.screenshot({ clip: box });
}

describe('a page that adds text after load', () => {
  it('gets the added paragraph scanned, highlighted and counted', async () => {
    const page = await session.browser.context.newPage();
    await page.goto(session.server.url('dynamic-article.html'));
    const tabId = await session.browser.tabIdOf(page);
    expect(await session.browser.badgeText(tabId)).toBe('');
    await page.waitForSelector('#late-entry');
    const badge = await waitFor(
      () => session.browser.badgeText(tabId),
      (text) => text !== '',
    );
    expect(Number(badge)).toBeGreaterThanOrEqual(1);
    expect(await highlightNames(page)).toContain('parallax-fact');
    const passes = await page.evaluate(() => performance.getEntriesByName('parallax:scan', 'measure').length);
    expect(passes).toBeGreaterThanOrEqual(2);
    await page.close();
  });
});

describe('the extension finds what `parallax scan` finds', () => {
  // Same extraction, same matching: the tab's report must equal the CLI's scan of the same file.
  const index = buildMatcherIndex(buildShippedPack());
  it.each([
    'dagens-hamas-moscow',
    'event-new-words',
    'event-german',
    'event-chinese',
    'event-persian',
    'unrelated-putin-grain',
    'unrelated-related-links',
    // Over MESSAGE_CHARS of text: sent to the background in two messages, its facts in both.
    'long-liveblog',
    // Dated only by its metadata (May 2024): no fact, as long as the page's date reaches detection.
    'nearmiss7-english-peskov-hostages-2024',
    // Inline "Also read" links and a tags row, which are not read.
    'event9-english-israeli',
  ])('%s', async (name) => {
    const cli = scanFile(join(FIXTURES_DIR, `${name}.html`), index).detection;
    const page = await session.browser.context.newPage();
    await page.goto(session.server.url(`${name}.html`));
    const tabId = await session.browser.tabIdOf(page);
    const report = await waitFor(
      () =>
        session.browser.worker.evaluate(
          async (id) =>
            (await chrome.storage.session.get(`tab-report:${id}`))[`tab-report:${id}`] as
              | { facts: Array<{ id: string }>; actors: Array<{ id: string }>; selfSource: string | null }
              | undefined,
          tabId,
        ),
      (stored) => stored !== undefined,
    );
    expect(report?.selfSource).toBe(cli.selfSource);
    expect(report?.facts.map((fact) => fact.id).sort()).toEqual(cli.facts.map((fact) => fact.id).sort());
    expect(report?.actors.map((actor) => actor.id).sort()).toEqual(
      cli.actors.map((actor) => actor.id).sort(),
    );
    await page.close();
  });
});

describe('a page longer than one message', () => {
  it('has facts in its first and its last part, so the parity test above reads both', () => {
    const index = buildMatcherIndex(buildShippedPack());
    const { detection } = scanFile(join(FIXTURES_DIR, 'long-liveblog.html'), index);
    const starts = detection.facts.flatMap((fact) => fact.evidence.map((evidence) => evidence.start));
    expect(Math.min(...starts)).toBeLessThan(MESSAGE_CHARS);
    expect(Math.max(...starts)).toBeGreaterThan(MESSAGE_CHARS + 8_000);
  });
});

describe('matching in the background worker', () => {
  it('still scans what a page adds after the worker was stopped (the detection port reconnects)', async () => {
    const page = await session.browser.context.newPage();
    await page.goto(session.server.url('unrelated-weather.html'));
    const tabId = await session.browser.tabIdOf(page);
    await page.waitForFunction(() => performance.getEntriesByName('parallax:scan', 'measure').length > 0);
    expect(await session.browser.badgeText(tabId)).toBe('');
    // A page with no match is left exactly as it was: no element added, not even the warm-up's
    // sample article (content/warm-up.ts), which ran once, before the scan pass.
    const before = await elementCounts(page);
    expect(before.now).toBe(before.served);
    const [warmUps, scans] = await page.evaluate(() =>
      ['parallax:warm-up', 'parallax:scan'].map((name) =>
        performance.getEntriesByName(name, 'measure').map((entry) => entry.toJSON() as PerformanceMeasure),
      ),
    );
    expect(warmUps).toHaveLength(1);
    const warmUp = warmUps?.[0];
    const scan = scans?.[0];
    expect(warmUp && scan && warmUp.startTime + warmUp.duration <= scan.startTime).toBe(true);
    // The browser stops an idle worker; the page's port to it closes.
    await stopServiceWorker(page);
    await page.evaluate(() => {
      const entry = document.createElement('p');
      entry.textContent =
        'The Israeli foreign ministry has asked Russia to expel the Hamas delegation led by Mousa Abu Marzouk, calling Hamas "a terrorist organization that is worse than ISIS".';
      (document.querySelector('article') ?? document.body).append(entry);
    });
    const badge = await waitFor(
      () => session.browser.badgeText(tabId),
      (text) => text !== '',
    );
    expect(Number(badge)).toBeGreaterThanOrEqual(1);
    expect(await highlightNames(page)).toContain('parallax-fact');
    // Highlighting adds no element either (the test's own paragraph is the one more), yet the
    // highlight is drawn: its styles come with the content script (extension/highlights.css).
    const after = await elementCounts(page);
    expect(after.now).toBe(after.served + 1);
    await page.evaluate(() => document.querySelector('article p:last-child')?.scrollIntoView());
    const plain = await shotOfFirstFact(page, false);
    const highlighted = await shotOfFirstFact(page, true);
    expect(highlighted.equals(plain)).toBe(false);
    await page.close();
  });
});

describe('waking the worker while the page loads', () => {
  it('a slow page wakes the stopped worker as it starts loading, and the worker warms up before the scan asks', async () => {
    const page = await session.browser.context.newPage();
    await page.goto(session.server.url('unrelated-weather.html'));
    // A flag in the running worker's global scope: gone once the worker has really restarted.
    await session.browser.context
      .serviceWorkers()
      .at(-1)
      ?.evaluate(() => {
        (globalThis as { oldLife?: boolean }).oldLife = true;
      });
    await stopServiceWorker(page);
    // A script served 1.5 s late holds the page's parsing: the scan comes only after it.
    await page.goto(session.server.url('slow-article.html'));
    await page.waitForFunction(() => performance.getEntriesByName('parallax:scan', 'measure').length > 0);
    // The document_start wake script's port, not the scan's own detection port, started it. The
    // worker's handle is looked up on every try: the stopped worker's may linger a moment.
    const warmedBy = await waitFor(
      async () => {
        const worker = session.browser.context.serviceWorkers().at(-1);
        const detail = await worker
          ?.evaluate(
            () =>
              (performance.getEntriesByName('parallax:warm-up')[0] as PerformanceMark | undefined)?.detail,
          )
          .catch(() => undefined);
        return typeof detail === 'string' ? detail : undefined;
      },
      (detail) => detail !== undefined,
    );
    expect(warmedBy).toBe('parallax-wake');
    await page.close();
  });
});

describe('the hover card', () => {
  it('appears over a highlighted fact and its button opens the real side panel at that fact', async () => {
    const page = await session.browser.context.newPage();
    await page.goto(session.server.url('dagens-hamas-moscow.html'));
    const tabId = await session.browser.tabIdOf(page);
    await waitFor(
      () => highlightNames(page),
      (names) => names.includes('parallax-fact'),
    );
    // Hover the middle of the first fact range.
    const point = await page.evaluate(() => {
      const highlight = CSS.highlights.get('parallax-fact');
      const range = highlight ? ([...highlight][0] as Range | undefined) : undefined;
      const rect = range?.getClientRects()[0];
      return rect ? { x: rect.left + Math.min(rect.width / 2, 40), y: rect.top + rect.height / 2 } : null;
    });
    expect(point).not.toBeNull();
    if (!point) return;
    await page.mouse.move(point.x, point.y);
    await page.waitForSelector('parallax-hover-card', { state: 'attached' });
    const box = await page.locator('parallax-hover-card').boundingBox();
    expect(box).not.toBeNull();
    await page.screenshot({ path: `${SHOTS}/hover-card.png` });
    if (!box) return;
    // The card's content is in a closed shadow root: click where its button is (bottom left).
    await page.mouse.move(box.x + 20, box.y + box.height - 16);
    await page.mouse.click(box.x + 20, box.y + box.height - 16);
    const panels = await waitFor(
      () =>
        session.browser.worker.evaluate(() =>
          chrome.runtime.getContexts({ contextTypes: ['SIDE_PANEL' as chrome.runtime.ContextType] }),
        ),
      (contexts) => contexts.some((context) => context.documentUrl?.includes('/sidepanel.html')),
    );
    expect(panels.map((context) => context.documentUrl).join(' ')).toContain('/sidepanel.html');
    const focus = await session.browser.worker.evaluate(
      async (id) => (await chrome.storage.session.get(`panel-focus:${id}`))[`panel-focus:${id}`],
      tabId,
    );
    expect(focus).toMatchObject({ kind: 'fact' });
    await page.close();
  });
});
