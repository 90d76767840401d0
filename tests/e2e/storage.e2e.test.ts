/**
 * The real IndexedDB in Chromium: seeded on install, kept when the service worker stops, user data
 * kept across an extension reload, and a corpus imported through the options page matched on a page.
 */
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchWithExtension, stopServiceWorker } from './browser';
import { openSession, waitFor, type E2ESession } from './session';

const STRIKE_DIR = new URL('../fixtures/corpora/harbour-strike', import.meta.url).pathname;
let session: E2ESession;

beforeAll(async () => {
  session = await openSession();
});

afterAll(async () => {
  await session?.close();
});

/** Counts rows of an object store of Parallax's database, read from an extension page. */
function countRows(page: Page, store: string): Promise<number> {
  return page.evaluate(
    (name) =>
      new Promise<number>((resolve, reject) => {
        const open = indexedDB.open('parallax');
        open.onerror = () => reject(new Error(String(open.error)));
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains(name)) {
            db.close();
            resolve(-1);
            return;
          }
          const request = db.transaction(name).objectStore(name).count();
          request.onsuccess = () => {
            db.close();
            resolve(request.result);
          };
          request.onerror = () => reject(new Error(String(request.error)));
        };
      }),
    store,
  );
}

describe('storage in the real IndexedDB', () => {
  it('seeds the shipped corpus on install', async () => {
    const options = await session.browser.openExtensionPage('options.html');
    expect(
      await waitFor(
        () => countRows(options, 'facts'),
        (n) => n > 20,
      ),
    ).toBeGreaterThan(20);
    expect(await countRows(options, 'sources')).toBe(5);
    expect(await countRows(options, 'actors')).toBeGreaterThan(20);
    await options.close();
  });

  it('keeps its data and keeps working after the service worker is stopped', async () => {
    const options = await session.browser.openExtensionPage('options.html');
    const facts = await countRows(options, 'facts');
    await stopServiceWorker(options);
    const page = await session.browser.context.newPage();
    await page.goto(session.server.url('dagens-hamas-moscow.html'));
    const tabId = await session.browser.tabIdOf(page); // the worker woke up and stored the report
    // The badge follows the stored report (the restarted worker may be in a warm-up run between).
    const badge = await waitFor(
      () => session.browser.badgeText(tabId),
      (text) => text !== '',
    );
    expect(Number(badge)).toBeGreaterThan(0);
    expect(await countRows(options, 'facts')).toBe(facts);
    await page.close();
    await options.close();
  });

  it('imports a corpus through the options page and matches it on a page, without highlighting it', async () => {
    const options = await session.browser.openExtensionPage('options.html');
    await options.getByLabel('Corpus name').fill('Harbour strike');
    const files = readdirSync(STRIKE_DIR).map((name) => join(STRIKE_DIR, name));
    await options.getByTestId('article-files').setInputFiles(files);
    await options.getByRole('button', { name: 'Import articles' }).click();
    await expect
      .poll(() => options.getByTestId('import-status').textContent(), { timeout: 20_000 })
      .toMatch(/Imported 4 articles/);
    await expect.poll(() => options.getByTestId('corpora').textContent()).toContain('Harbour strike');

    const page = await session.browser.context.newPage();
    await page.goto(session.server.url('harbour-strike-wire.html'));
    const tabId = await session.browser.tabIdOf(page);
    const report = await waitFor(
      () =>
        session.browser.worker.evaluate(
          async (id) =>
            (await chrome.storage.session.get(`tab-report:${id}`))[`tab-report:${id}`] as {
              facts: Array<{ id: string }>;
              actors: Array<{ name: string }>;
            },
          tabId,
        ),
      (value) => (value?.facts.length ?? 0) > 0,
    );
    expect(report.actors.map((actor) => actor.name)).toContain('Tomas Okafor');
    expect(report.facts.every((fact) => fact.id.startsWith('corpus:'))).toBe(true);
    // The badge is set just after the report is stored.
    await expect.poll(() => session.browser.badgeText(tabId)).toBe(String(report.facts.length));
    // User corpora are not highlighted unless the user turns that on: page scripts can read highlights.
    const drawn = await page.evaluate(() =>
      [...CSS.highlights.entries()]
        .filter(([name]) => String(name).startsWith('parallax-'))
        .reduce((n, [, h]) => n + h.size, 0),
    );
    expect(drawn).toBe(0);
    await page.close();
    await options.close();
  });

  it('keeps user data when the extension is unloaded and loaded again (browser restart, same profile)', async () => {
    const profile = mkdtempSync(join(tmpdir(), 'parallax-profile-'));
    const first = await launchWithExtension({ userDataDir: profile, proxy: session.network.proxy });
    const options = await first.openExtensionPage('options.html');
    await waitFor(
      () => countRows(options, 'facts'),
      (n) => n > 0,
    );
    await options.evaluate(
      () =>
        new Promise<void>((resolve, reject) => {
          const open = indexedDB.open('parallax');
          open.onsuccess = () => {
            const tx = open.result.transaction('notes', 'readwrite');
            tx.objectStore('notes').put({
              id: 'note:e2e',
              target: { kind: 'fact', id: 'fact:x' },
              text: 'Compare the hedges with the class.',
              createdAt: 1,
              updatedAt: 1,
              lastOpenedAt: 1,
            });
            tx.oncomplete = () => {
              open.result.close();
              resolve();
            };
            tx.onerror = () => reject(new Error(String(tx.error)));
          };
        }),
    );
    const facts = await countRows(options, 'facts');
    await first.context.close();
    const second = await launchWithExtension({ userDataDir: profile, proxy: session.network.proxy });
    try {
      const reopened = await second.openExtensionPage('options.html');
      expect(
        await waitFor(
          () => countRows(reopened, 'notes'),
          (n) => n === 1,
        ),
      ).toBe(1);
      expect(await countRows(reopened, 'facts')).toBe(facts);
    } finally {
      await second.context.close();
      rmSync(profile, { recursive: true, force: true });
    }
  });

  it('no extension context made any network request', () => {
    expect(session.network.offenders).toEqual([]);
  });
});
