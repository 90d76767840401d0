/**
 * One e2e session: fixture server + network watch + Chromium with the extension. Every session
 * asserts at its end that no request left for anywhere but the fixture server.
 */
import { launchWithExtension, type ExtensionBrowser } from './browser';
import { startFixtureServer, type FixtureServer } from './fixture-server';
import { startNetworkWatch, type NetworkWatch } from './network-watch';

export interface E2ESession {
  server: FixtureServer;
  network: NetworkWatch;
  browser: ExtensionBrowser;
  close: () => Promise<void>;
}

export async function openSession(): Promise<E2ESession> {
  const server = await startFixtureServer();
  const network = await startNetworkWatch(() => [server.origin]);
  const browser = await launchWithExtension({ proxy: network.proxy });
  const allowed = (url: string): boolean =>
    url.startsWith(`${server.origin}/`) || url.startsWith('chrome-extension://') || url.startsWith('data:');
  browser.context.on('request', (request) => {
    if (!allowed(request.url()))
      network.offenders.push(`${request.method()} ${request.url()} (seen by Playwright)`);
  });
  return {
    server,
    network,
    browser,
    close: async () => {
      await browser.close();
      await network.close();
      await server.close();
    },
  };
}

/** Polls `read` until `accept` holds or the time runs out; returns the last value read. */
export async function waitFor<T>(
  read: () => Promise<T>,
  accept: (value: T) => boolean,
  timeoutMs = 10_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let value = await read();
  while (!accept(value) && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    value = await read();
  }
  return value;
}
