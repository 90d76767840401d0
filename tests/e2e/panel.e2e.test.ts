/**
 * The side panel against real detection and the real IndexedDB: cards checked against the corpus,
 * "Not the same fact" kept after a reload, following tab switches, evidence shown in the page,
 * and screenshots at the real panel width (360 px) and projected in a tab (1280 px).
 */
import { mkdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildShippedPack } from '../../src/cli/shipped-pack';
import type { CorpusPack } from '../../src/core/pack-schema';
import { openSession, waitFor, type E2ESession } from './session';

const SHOTS = 'test-results/screenshots';
let session: E2ESession;
let pack: CorpusPack;

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  pack = buildShippedPack();
  session = await openSession();
});

afterAll(async () => {
  await session?.close();
});

describe('side panel', () => {
  it('shows each other source’s verbatim passage, outlets and the discrepancy, checked against the corpus', async () => {
    const page = await session.browser.context.newPage();
    await page.goto(session.server.url('event-new-words.html'));
    const tabId = await session.browser.tabIdOf(page);
    const panel = await session.browser.openExtensionPage(`sidepanel.html?tab=${tabId}`);
    await panel.setViewportSize({ width: 360, height: 900 });
    await expect.poll(() => panel.getByTestId('fact-card').count()).toBeGreaterThan(0);
    const cards = await panel.getByTestId('fact-card').evaluateAll((elements) =>
      elements.map((element) => ({
        id: element.getAttribute('data-fact') ?? '',
        passages: [...element.querySelectorAll('[data-testid="source-passage"] blockquote')].map(
          (q) => q.textContent ?? '',
        ),
        text: element.textContent ?? '',
      })),
    );
    for (const card of cards) {
      const fact = pack.facts.find((item) => item.id === card.id);
      expect(fact, card.id).toBeDefined();
      if (!fact) continue;
      // Every passage shown is verbatim one of the fact's mentions, and all of them are shown.
      expect(card.passages.sort()).toEqual(fact.mentions.map((mention) => mention.text).sort());
      for (const mention of fact.mentions) {
        const outlet = pack.sources.find((source) => source.id === mention.source)?.outlet ?? '?';
        expect(card.text).toContain(outlet);
      }
      for (const discrepancy of pack.discrepancies.filter((item) => item.fact === fact.id)) {
        expect(card.text).toContain(discrepancy.summary);
      }
    }
    await panel.screenshot({ path: `${SHOTS}/panel-360.png` });
    await panel.setViewportSize({ width: 1280, height: 900 });
    await panel.screenshot({ path: `${SHOTS}/panel-1280.png` });
    await panel.close();
    await page.close();
  });

  it('keeps a "Not the same fact" dismissal for that page after a reload', async () => {
    const page = await session.browser.context.newPage();
    await page.goto(session.server.url('event-new-words.html'));
    const tabId = await session.browser.tabIdOf(page);
    const panel = await session.browser.openExtensionPage(`sidepanel.html?tab=${tabId}`);
    await expect.poll(() => panel.getByTestId('fact-card').count()).toBeGreaterThan(0);
    const before = await panel.getByTestId('fact-card').count();
    const dismissed = await panel.getByTestId('fact-card').first().getAttribute('data-fact');
    await panel.getByTestId('fact-card').first().getByRole('button', { name: 'Not the same fact' }).click();
    await expect.poll(() => panel.getByTestId('fact-card').count()).toBe(before - 1);
    // The badge follows at once, before any re-scan.
    await expect.poll(() => session.browser.badgeText(tabId)).toBe(String(before - 1));
    await page.reload();
    await waitFor(
      () => session.browser.badgeText(tabId),
      (text) => text === String(before - 1),
    );
    expect(await session.browser.badgeText(tabId)).toBe(String(before - 1));
    await expect.poll(() => panel.getByTestId('fact-card').count()).toBe(before - 1);
    expect(await panel.locator(`[data-fact="${dismissed ?? ''}"]`).count()).toBe(0);
    await panel.close();
    await page.close();
  });

  it('follows the active tab and shows evidence in the page when asked', async () => {
    const first = await session.browser.context.newPage();
    await first.goto(session.server.url('seed-orla-expulsion.html'));
    await session.browser.tabIdOf(first);
    const second = await session.browser.context.newPage();
    await second.goto(session.server.url('nothing-recipe.html'));
    await session.browser.tabIdOf(second);
    // The panel without ?tab follows the active tab of its window.
    const panel = await session.browser.openExtensionPage('sidepanel.html');
    await first.bringToFront();
    await expect
      .poll(() => panel.getByTestId('page-status').textContent(), { timeout: 10_000 })
      .toMatch(/\d+ facts? and/);
    await expect
      .poll(() => panel.getByTestId('page-status').textContent())
      .toContain('one of the corpus sources');
    await second.bringToFront();
    await expect.poll(() => panel.getByTestId('page-status').textContent()).toContain('0 facts');
    await first.bringToFront();
    await expect.poll(() => panel.getByTestId('fact-card').count()).toBeGreaterThan(0);
    await panel.getByTestId('fact-card').first().locator('button.evidence').first().click();
    const focused = await waitFor(
      () => first.evaluate(() => CSS.highlights.get('parallax-focus')?.size ?? 0),
      (size) => size > 0,
    );
    expect(focused).toBe(1);
    await panel.close();
    await first.close();
    await second.close();
  });

  it('follows only the tabs of its own window', async () => {
    const first = await session.browser.context.newPage();
    await first.goto(session.server.url('seed-orla-expulsion.html'));
    await session.browser.tabIdOf(first);
    const panel = await session.browser.openExtensionPage('sidepanel.html');
    await first.bringToFront();
    await expect
      .poll(() => panel.getByTestId('page-status').textContent(), { timeout: 10_000 })
      .toContain('one of the corpus sources');
    // Another window, whose active tab is a page with nothing from the corpus.
    const opened = session.browser.context.waitForEvent('page');
    await panel.evaluate(
      (url) => chrome.windows.create({ url, focused: true }).then(() => undefined),
      session.server.url('nothing-recipe.html'),
    );
    const other = await opened;
    await other.waitForLoadState();
    await other.bringToFront();
    await waitFor(
      () => other.evaluate(() => performance.getEntriesByName('parallax:scan', 'measure').length),
      (passes) => passes > 0,
    );
    await new Promise((settle) => setTimeout(settle, 500));
    expect(await panel.getByTestId('page-status').textContent()).toContain('one of the corpus sources');
    // A tab switch in its own window is followed.
    const added = session.browser.context.waitForEvent('page');
    await panel.evaluate(async (url) => {
      const own = await chrome.windows.getCurrent();
      await chrome.tabs.create({ url, windowId: own.id, active: true });
    }, session.server.url('nothing-recipe.html'));
    const second = await added;
    await expect
      .poll(() => panel.getByTestId('page-status').textContent(), { timeout: 10_000 })
      .toContain('0 facts');
    await Promise.all([panel.close(), first.close(), second.close(), other.close()]);
  });

  it('no extension context made any network request', () => {
    expect(session.network.offenders).toEqual([]);
  });
});
