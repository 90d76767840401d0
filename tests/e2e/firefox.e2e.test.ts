/**
 * The Firefox build (`dist-firefox/`) in real Firefox: installed as a temporary add-on, it finds
 * and highlights the corpus on a fixture page, its real sidebar (sidebar_action) opens on the
 * page's results, and the same panel UI shows fact cards that match the shipped corpus.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildShippedPack } from '../../src/cli/shipped-pack';
import type { CorpusPack } from '../../src/core/pack-schema';
import { DIST_FIREFOX, launchFirefox, type Firefox } from './firefox';
import { waitFor } from './session';
import { startFixtureServer, type FixtureServer } from './fixture-server';

const SHOTS = 'test-results/screenshots';
const ADDON_ID = 'parallax@parallax.example';
let firefox: Firefox;
let server: FixtureServer;
let pack: CorpusPack;

/** Firefox's id for an add-on's sidebar: the add-on id with non-alphanumerics as "_". */
function sidebarId(): string {
  const manifest = JSON.parse(readFileSync(join(DIST_FIREFOX, 'manifest.json'), 'utf8')) as {
    browser_specific_settings: { gecko: { id: string } };
  };
  return `${manifest.browser_specific_settings.gecko.id.toLowerCase().replace(/[^a-z0-9_-]/g, '_')}-sidebar-action`;
}

/** Reads until `probe` gives a value (not null, false or ''), for up to 20 s. */
const pollUntilSet = <T>(probe: () => Promise<T>): Promise<T> => waitFor(probe, Boolean, 20_000);

async function screenshot(name: string): Promise<void> {
  const shot = await firefox.command('WebDriver:TakeScreenshot', { full: false, hash: false });
  writeFileSync(join(SHOTS, name), Buffer.from(String(shot.value), 'base64'));
}

/** Hovers the first highlighted fact and clicks the hover card's "Compare sources" button. */
async function clickCompareSources(): Promise<void> {
  const pointer = (steps: unknown[]) =>
    firefox.command('WebDriver:PerformActions', {
      actions: [{ type: 'pointer', id: 'mouse', parameters: { pointerType: 'mouse' }, actions: steps }],
    });
  await firefox.command('WebDriver:ReleaseActions');
  const point = await pollUntilSet(() =>
    firefox.run<{ x: number; y: number } | null>(
      `const range = [...CSS.highlights.get('parallax-fact')][0];
       const rect = range && range.getClientRects()[0];
       return rect ? { x: Math.round(rect.left + Math.min(rect.width / 2, 40)), y: Math.round(rect.top + rect.height / 2) } : null;`,
    ),
  );
  expect(point).not.toBeNull();
  if (!point) return;
  await pointer([{ type: 'pointerMove', x: point.x, y: point.y, origin: 'viewport' }]);
  const box = await pollUntilSet(() =>
    firefox.run<{ left: number; bottom: number } | null>(
      `const card = document.querySelector('parallax-hover-card');
       const rect = card && card.getBoundingClientRect();
       return rect && rect.height > 0 ? { left: rect.left, bottom: rect.bottom } : null;`,
    ),
  );
  expect(box).not.toBeNull();
  if (!box) return;
  // The card's content is in a closed shadow root: click where its button is (bottom left).
  const x = Math.round(box.left + 20);
  const y = Math.round(box.bottom - 16);
  await pointer([
    { type: 'pointerMove', x, y, origin: 'viewport' },
    { type: 'pointerDown', button: 0 },
    { type: 'pointerUp', button: 0 },
  ]);
}

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  pack = buildShippedPack();
  server = await startFixtureServer();
  firefox = await launchFirefox();
  const installed = await firefox.command('Addon:Install', { path: DIST_FIREFOX, temporary: true });
  expect(installed.value).toBe(ADDON_ID);
  await firefox.command('WebDriver:Navigate', { url: server.url('event-new-words.html') });
});

afterAll(async () => {
  await firefox?.close();
  await server?.close();
});

describe('Firefox build', () => {
  it('highlights the corpus’s actors and facts on a page', async () => {
    const sizes = await pollUntilSet(() =>
      firefox.run<{ fact: number; actor: number } | null>(
        `const fact = CSS.highlights.get('parallax-fact'); const actor = CSS.highlights.get('parallax-actor');
         return fact && actor && fact.size > 0 ? { fact: fact.size, actor: actor.size } : null;`,
      ),
    );
    expect(sizes?.fact).toBeGreaterThan(0);
    expect(sizes?.actor).toBeGreaterThan(0);
    // Highlights never change the page's DOM.
    const marks = await firefox.run<number>(
      `return document.querySelectorAll('mark, [data-parallax]').length;`,
    );
    expect(marks).toBe(0);
  });

  it('opens its real sidebar on the page’s results', async () => {
    await firefox.setContext('chrome');
    try {
      const id = sidebarId();
      const known = await firefox.run<string[]>(`return [...window.SidebarController.sidebars.keys()];`);
      expect(known).toContain(id);
      await firefox.command('WebDriver:ExecuteAsyncScript', {
        script: `const done = arguments[arguments.length - 1];
                 window.SidebarController.show(arguments[0]).then(() => done(true), () => done(false));`,
        args: [id],
      });
      const url = await pollUntilSet(() =>
        firefox.run<string | null>(
          `const outer = document.getElementById('sidebar');
           const inner = outer && outer.contentDocument && outer.contentDocument.querySelector('browser');
           const url = inner ? inner.currentURI.spec : '';
           return url.startsWith('moz-extension:') ? url : null;`,
        ),
      );
      expect(url).toMatch(/^moz-extension:\/\/[^/]+\/sidepanel\.html$/);
      await new Promise((wait) => setTimeout(wait, 1500)); // let the panel paint for the picture
      await screenshot('firefox-sidebar.png');
    } finally {
      await firefox.setContext('content');
    }
  });

  it('its keyboard shortcut toggles the sidebar, even with the background suspended', async () => {
    // Firefox suspends an idle MV3 background; a toolbar click that must wake it reaches
    // sidebarAction.toggle() too late to count as user input. The shortcut is Firefox's own
    // (_execute_sidebar_action): no background is involved.
    await firefox.setContext('chrome');
    try {
      const id = sidebarId();
      await firefox.command('WebDriver:ExecuteAsyncScript', {
        script: `const done = arguments[arguments.length - 1];
                 const { ExtensionParent } = ChromeUtils.importESModule('resource://gre/modules/ExtensionParent.sys.mjs');
                 ExtensionParent.GlobalManager.getExtension(arguments[0]).terminateBackground().then(() => done(true), () => done(false));`,
        args: [ADDON_ID],
      });
      const isOpen = () =>
        firefox.run<boolean>(
          `return window.SidebarController.isOpen && window.SidebarController.currentID === arguments[0];`,
          [id],
        );
      const pressShortcut = () =>
        firefox.run<number>(
          `const keys = [...document.querySelectorAll('key[id^="ext-key-id-"]')].filter((key) => key.id.includes('sidebar'));
           for (const key of keys) key.dispatchEvent(new window.Event('command'));
           return keys.length;`,
        );
      const before = await isOpen();
      expect(await pressShortcut()).toBe(1);
      await waitFor(isOpen, (open) => open !== before, 10_000);
      expect(await pressShortcut()).toBe(1);
      await waitFor(isOpen, (open) => open === before, 10_000);
    } finally {
      await firefox.setContext('content');
    }
  });

  it('the hover card’s button (a real click in the page) opens the panel at the item', async () => {
    // Firefox lets only its own UI open the sidebar: with the sidebar closed, the panel opens in a
    // tab beside the page; with it open, the open sidebar shows the item and no tab is added.
    const page = (await firefox.command('WebDriver:GetWindowHandle')).value as string;
    await firefox.setContext('chrome');
    await firefox.run(`window.SidebarController.hide();`);
    await firefox.setContext('content');
    const before = (await firefox.command('WebDriver:GetWindowHandles')) as unknown as string[];
    await clickCompareSources();
    const added = await pollUntilSet(async () => {
      const handles = (await firefox.command('WebDriver:GetWindowHandles')) as unknown as string[];
      return handles.find((handle) => !before.includes(handle)) ?? null;
    });
    expect(added).not.toBeNull();
    await firefox.command('WebDriver:SwitchToWindow', { handle: added, focus: true });
    const url = await pollUntilSet(() =>
      firefox.run<string | null>(
        `return document.querySelector('[data-testid="fact-card"]') ? location.href : null;`,
      ),
    );
    expect(url).toMatch(/^moz-extension:\/\/[^/]+\/sidepanel\.html\?tab=\d+$/);
    await firefox.command('WebDriver:CloseWindow');
    await firefox.command('WebDriver:SwitchToWindow', { handle: page, focus: true });

    await firefox.setContext('chrome');
    await firefox.command('WebDriver:ExecuteAsyncScript', {
      script: `const done = arguments[arguments.length - 1];
               window.SidebarController.show(arguments[0]).then(() => done(true), () => done(false));`,
      args: [sidebarId()],
    });
    await firefox.setContext('content');
    const handles = (await firefox.command('WebDriver:GetWindowHandles')) as unknown as string[];
    await clickCompareSources();
    await new Promise((wait) => setTimeout(wait, 1500));
    expect((await firefox.command('WebDriver:GetWindowHandles')) as unknown as string[]).toEqual(handles);
    await firefox.setContext('chrome');
    try {
      expect(await firefox.run<boolean>(`return window.SidebarController.isOpen;`)).toBe(true);
    } finally {
      await firefox.setContext('content');
    }
  });

  it('shows fact cards for the page that match the corpus (the panel UI in a tab)', async () => {
    // The sidebar's document lives in the add-on's process, out of Marionette's reach; the same
    // page opened in a background tab follows the active tab (the fixture page) just the same.
    const before = (await firefox.command('WebDriver:GetWindowHandles')) as unknown as string[];
    await firefox.setContext('chrome');
    try {
      await firefox.run(
        `const base = WebExtensionPolicy.getByID(arguments[0]).getURL('sidepanel.html');
         gBrowser.addTab(base, { inBackground: true, triggeringPrincipal: Services.scriptSecurityManager.getSystemPrincipal() });`,
        [ADDON_ID],
      );
    } finally {
      await firefox.setContext('content');
    }
    const handles = (await firefox.command('WebDriver:GetWindowHandles')) as unknown as string[];
    const panelHandle = handles.find((handle) => !before.includes(handle));
    expect(panelHandle).toBeDefined();
    await firefox.command('WebDriver:SwitchToWindow', { handle: panelHandle, focus: false });
    const cards = await pollUntilSet(async () => {
      const found = await firefox.run<Array<{ id: string; passages: string[]; text: string }>>(
        `return [...document.querySelectorAll('[data-testid="fact-card"]')].map((card) => ({
           id: card.getAttribute('data-fact') || '',
           passages: [...card.querySelectorAll('[data-testid="source-passage"] blockquote')].map((q) => q.textContent || ''),
           text: card.textContent || '',
         }));`,
      );
      return found.length > 0 ? found : null;
    });
    expect(cards?.length).toBeGreaterThan(0);
    for (const card of cards ?? []) {
      const fact = pack.facts.find((item) => item.id === card.id);
      expect(fact, card.id).toBeDefined();
      if (!fact) continue;
      expect(card.passages.sort()).toEqual(fact.mentions.map((mention) => mention.text).sort());
      const sources = new Set(fact.mentions.map((mention) => mention.source)).size;
      expect(card.text).toContain(`Reported by ${sources} of ${pack.sources.length} sources`);
    }
    const header = await firefox.run<string>(`return document.body.innerText;`);
    expect(header).toMatch(/\d+ facts? and \d+ actors? found/);
  });
});
