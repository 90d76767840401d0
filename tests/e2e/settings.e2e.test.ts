/** Settings take effect at once on open pages: highlights off, Parallax off, paused on a site. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openSession, waitFor, type E2ESession } from './session';

let session: E2ESession;

beforeAll(async () => {
  session = await openSession();
});

afterAll(async () => {
  await session?.close();
});

const parallaxHighlights = (page: Page) =>
  page.evaluate(() =>
    [...CSS.highlights.entries()]
      .filter(([name]) => String(name).startsWith('parallax-'))
      .reduce((sum, [, highlight]) => sum + highlight.size, 0),
  );

async function setSettings(patch: Record<string, unknown>): Promise<void> {
  const options = await session.browser.openExtensionPage('options.html');
  await options.evaluate(async (next) => {
    const current = (await chrome.storage.local.get('settings')).settings ?? {};
    await chrome.storage.local.set({ settings: { ...current, ...next } });
  }, patch);
  await options.close();
}

describe('settings', () => {
  it('turning highlights off clears them at once, and back on redraws them', async () => {
    const page = await session.browser.context.newPage();
    await page.goto(session.server.url('dagens-hamas-moscow.html'));
    await waitFor(
      () => parallaxHighlights(page),
      (n) => n > 0,
    );
    await setSettings({ highlights: false });
    expect(
      await waitFor(
        () => parallaxHighlights(page),
        (n) => n === 0,
      ),
    ).toBe(0);
    await setSettings({ highlights: true });
    expect(
      await waitFor(
        () => parallaxHighlights(page),
        (n) => n > 0,
      ),
    ).toBeGreaterThan(0);
    await page.close();
  });

  it('turning Parallax off stops it on open pages; pausing a site keeps it off there', async () => {
    const page = await session.browser.context.newPage();
    await page.goto(session.server.url('dagens-hamas-moscow.html'));
    await waitFor(
      () => parallaxHighlights(page),
      (n) => n > 0,
    );
    await setSettings({ enabled: false });
    expect(
      await waitFor(
        () => parallaxHighlights(page),
        (n) => n === 0,
      ),
    ).toBe(0);
    await setSettings({ enabled: true, pausedSites: ['127.0.0.1'] });
    await page.reload();
    await page.waitForTimeout(800);
    expect(await parallaxHighlights(page)).toBe(0);
    await setSettings({ pausedSites: [] });
    expect(
      await waitFor(
        () => parallaxHighlights(page),
        (n) => n > 0,
      ),
    ).toBeGreaterThan(0);
    await page.close();
  });

  it('no extension context made any network request', () => {
    expect(session.network.offenders).toEqual([]);
  });
});
