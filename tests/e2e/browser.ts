/** Launches real Chromium with the built extension (settings proven in TOOLCHAIN.md). */
import { mkdtempSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';

export const CHROMIUM = '/usr/bin/chromium';
export const DIST = resolve(import.meta.dirname ?? '.', '../../dist');

export interface ExtensionBrowser {
  context: BrowserContext;
  extensionId: string;
  worker: Worker;
  userDataDir: string;
  /** Opens an extension page (e.g. `sidepanel.html?tab=3`) in a new tab. */
  openExtensionPage: (path: string) => Promise<Page>;
  /** The browser tab id of a page, asked from an extension page. */
  tabIdOf: (page: Page) => Promise<number>;
  badgeText: (tabId: number) => Promise<string>;
  close: () => Promise<void>;
}

export interface LaunchOptions {
  dist?: string;
  headless?: boolean;
  proxy?: string;
  userDataDir?: string;
}

export function chromiumMissingMessage(): string | null {
  return existsSync(CHROMIUM)
    ? null
    : `Chromium is missing at ${CHROMIUM}. Install it with: sudo apt-get update && sudo apt-get install -y chromium`;
}

export async function launchWithExtension(options: LaunchOptions = {}): Promise<ExtensionBrowser> {
  const dist = options.dist ?? DIST;
  const missing = chromiumMissingMessage();
  if (missing) throw new Error(missing);
  const userDataDir = options.userDataDir ?? mkdtempSync(join(tmpdir(), 'parallax-chromium-'));
  const args = [
    `--disable-extensions-except=${dist}`,
    `--load-extension=${dist}`,
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ];
  if (options.proxy) args.push(`--proxy-server=${options.proxy}`, '--proxy-bypass-list=<-loopback>');
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: options.headless ?? true,
    args,
    viewport: { width: 1280, height: 900 },
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  let helperPage: Page | null = null;
  const helper = async (): Promise<Page> => {
    if (!helperPage || helperPage.isClosed()) {
      helperPage = await context.newPage();
      await helperPage.goto(`chrome-extension://${extensionId}/options.html`);
    }
    return helperPage;
  };
  return {
    context,
    extensionId,
    worker,
    userDataDir,
    openExtensionPage: async (path) => {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/${path}`);
      return page;
    },
    tabIdOf: async (page) => {
      // Tabs' URLs need the "tabs" permission, which Parallax does not ask for: find the tab by
      // the report its content script stored (so this also waits for the first report).
      const url = page.url();
      const deadline = Date.now() + 10_000;
      for (;;) {
        const ids = await (
          await helper()
        ).evaluate(async (target) => {
          const all = await chrome.storage.session.get(null);
          return Object.entries(all)
            .filter(
              ([key, value]) => key.startsWith('tab-report:') && (value as { url?: string }).url === target,
            )
            .map(([key]) => Number(key.slice('tab-report:'.length)));
        }, url);
        if (ids.length === 1 && typeof ids[0] === 'number') return ids[0];
        if (Date.now() > deadline)
          throw new Error(`no single scanned tab shows ${url} (found ${ids.length})`);
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    },
    badgeText: async (tabId) =>
      (await helper()).evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId),
    close: async () => {
      await context.close();
      if (!options.userDataDir) rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/** Stops the extension's service worker through `page`'s DevTools session, as the browser does after 30 s idle. */
export async function stopServiceWorker(page: Page): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  await cdp.detach();
}
