import { mkdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { evaluateInSidePanel } from './real-side-panel';
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

describe('the built extension in Chromium', () => {
  it('loads, with its service worker and manifest', async () => {
    expect(session.browser.extensionId).toMatch(/^[a-p]{32}$/);
    const manifest = await session.browser.worker.evaluate(() => chrome.runtime.getManifest());
    expect(manifest.manifest_version).toBe(3);
    expect(manifest.side_panel?.default_path).toBe('sidepanel.html');
    expect(manifest.web_accessible_resources ?? []).toEqual([]);
  });

  it('runs the content script on a fixture page and sets the badge from its report', async () => {
    const page = await session.browser.context.newPage();
    await page.goto(session.server.url('dagens-hamas-moscow.html'));
    const tabId = await session.browser.tabIdOf(page);
    const badge = await waitFor(
      () => session.browser.badgeText(tabId),
      (text) => text !== '',
    );
    const stored = await session.browser.worker.evaluate(
      async (id) =>
        (await chrome.storage.session.get(`tab-report:${id}`))[`tab-report:${id}`] as { facts: unknown[] },
      tabId,
    );
    expect(stored.facts.length).toBeGreaterThan(0);
    expect(badge).toBe(String(stored.facts.length));
    const scanMeasures = await page.evaluate(
      () => performance.getEntriesByName('parallax:scan', 'measure').length,
    );
    expect(scanMeasures).toBeGreaterThanOrEqual(1);
    const highlighted = await page.evaluate(() =>
      [...CSS.highlights.keys()].filter((name) => String(name).startsWith('parallax-')),
    );
    expect(highlighted).toContain('parallax-fact');
    await page.screenshot({ path: `${SHOTS}/foundation-page.png` });

    const panel = await session.browser.openExtensionPage(`sidepanel.html?tab=${tabId}`);
    await expect.poll(() => panel.getByTestId('page-status').textContent()).toContain(`${badge} facts and`);
    await expect.poll(() => panel.getByTestId('fact-card').count()).toBe(Number(badge));
    await panel.screenshot({ path: `${SHOTS}/foundation-panel.png` });
    await panel.close();
    await page.close();
  });

  it('leaves the badge empty on a page with nothing from the corpus', async () => {
    const page = await session.browser.context.newPage();
    await page.goto(session.server.url('unrelated-weather.html'));
    const tabId = await session.browser.tabIdOf(page);
    const panel = await session.browser.openExtensionPage(`sidepanel.html?tab=${tabId}`);
    await expect.poll(() => panel.getByTestId('page-status').textContent()).toContain('0 facts');
    expect(await session.browser.badgeText(tabId)).toBe('');
    await panel.close();
    await page.close();
  });

  it('renders the side panel page with the corpus header', async () => {
    const panel = await session.browser.openExtensionPage('sidepanel.html');
    await expect.poll(() => panel.locator('h1').textContent()).toBe('Parallax');
    await expect.poll(() => panel.locator('header').textContent()).toContain('5 sources');
    await panel.close();
  });

  it('options page shows the settings', async () => {
    const options = await session.browser.openExtensionPage('options.html');
    await expect.poll(() => options.getByRole('checkbox').count()).toBe(3);
    await options.close();
  });
});

describe('the real side panel', () => {
  it('opens for a tab and renders that tab’s results', async () => {
    const page = await session.browser.context.newPage();
    await page.goto(session.server.url('dagens-hamas-moscow.html'));
    const tabId = await session.browser.tabIdOf(page);
    await page.bringToFront();
    const opener = await session.browser.openExtensionPage('options.html');
    await opener.evaluate((id) => chrome.sidePanel.open({ tabId: id }), tabId);
    await page.bringToFront();
    const status = await waitFor(
      () =>
        evaluateInSidePanel(page, "document.querySelector('[data-testid=page-status]')?.textContent ?? ''"),
      (text) => typeof text === 'string' && /\d+ facts? and/.test(text),
    );
    expect(status).toMatch(/[1-9]\d* facts? and \d+ actors? found/);
    await opener.close();
    await page.close();
  });
});

describe('privacy', () => {
  // Last in the file: covers every request made by everything above.
  it('no extension context made any network request during the whole run', () => {
    expect(session.network.offenders).toEqual([]);
  });
});
