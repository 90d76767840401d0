/**
 * Real Firefox (Debian's firefox-esr) driven over Marionette, its own WebDriver protocol: a
 * length-prefixed JSON stream on a loopback port. Marionette, unlike WebDriver BiDi, can run
 * scripts in the browser's own window ("chrome" context), which is where the real sidebar lives,
 * and can install the built add-on as a temporary one (unsigned).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { connect, createServer, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const FIREFOX = '/usr/bin/firefox-esr';
export const DIST_FIREFOX = resolve(import.meta.dirname ?? '.', '../../dist-firefox');

export function firefoxMissingMessage(): string | null {
  return existsSync(FIREFOX)
    ? null
    : `Firefox is missing at ${FIREFOX}. Install it with: sudo apt-get update && sudo apt-get install -y firefox-esr`;
}

type Reply = [1, number, { error: string; message: string } | null, { value?: unknown } | null];

export interface Firefox {
  /** Sends one Marionette command; throws with Firefox's message on an error reply. */
  command: (name: string, params?: Record<string, unknown>) => Promise<{ value?: unknown }>;
  /** Runs `script` (a function body; `arguments` holds `args`) in the current context. */
  run: <T>(script: string, args?: unknown[]) => Promise<T>;
  /** "chrome" = the browser's own window (sidebar, tabs); "content" = the selected page. */
  setContext: (context: 'chrome' | 'content') => Promise<void>;
  close: () => Promise<void>;
}

function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolvePort(port));
    });
    server.on('error', reject);
  });
}

async function connectWithRetry(port: number, deadline: number): Promise<Socket> {
  for (;;) {
    try {
      return await new Promise<Socket>((resolveSocket, reject) => {
        const socket = connect(port, '127.0.0.1', () => resolveSocket(socket));
        socket.once('error', reject);
      });
    } catch (error) {
      if (Date.now() > deadline)
        throw new Error(`Firefox's Marionette port ${port} never opened`, { cause: error });
      await new Promise((wait) => setTimeout(wait, 200));
    }
  }
}

export async function launchFirefox(): Promise<Firefox> {
  const missing = firefoxMissingMessage();
  if (missing) throw new Error(missing);
  const port = await freePort();
  const profile = mkdtempSync(join(tmpdir(), 'parallax-firefox-'));
  // No update checks or telemetry on a machine without network; Marionette on our own port.
  writeFileSync(
    join(profile, 'user.js'),
    [
      `user_pref("marionette.port", ${port});`,
      'user_pref("app.update.enabled", false);',
      'user_pref("datareporting.policy.dataSubmissionEnabled", false);',
      'user_pref("toolkit.telemetry.enabled", false);',
      'user_pref("browser.shell.checkDefaultBrowser", false);',
    ].join('\n'),
  );
  const child: ChildProcess = spawn(
    FIREFOX,
    ['--headless', '--marionette', '-remote-allow-system-access', '--no-remote', '--profile', profile],
    { stdio: 'ignore', env: { ...process.env, MOZ_HEADLESS_WIDTH: '1280', MOZ_HEADLESS_HEIGHT: '900' } },
  );
  const socket = await connectWithRetry(port, Date.now() + 30_000);
  // Firefox may reset the connection as it quits: not an error of the test.
  socket.on('error', () => socket.destroy());
  const pending = new Map<number, (reply: Reply) => void>();
  let buffer = Buffer.alloc(0);
  socket.on('data', (chunk: Buffer) => {
    buffer = Buffer.concat([buffer, chunk]);
    for (;;) {
      const colon = buffer.indexOf(':');
      if (colon < 0) return;
      const length = Number(buffer.subarray(0, colon).toString());
      if (buffer.length < colon + 1 + length) return;
      const message = JSON.parse(buffer.subarray(colon + 1, colon + 1 + length).toString('utf8')) as unknown;
      buffer = buffer.subarray(colon + 1 + length);
      // The first message is Marionette's greeting (an object); replies are arrays.
      if (Array.isArray(message)) pending.get(message[1] as number)?.(message as Reply);
    }
  });
  let nextId = 0;
  const command = (name: string, params: Record<string, unknown> = {}) =>
    new Promise<{ value?: unknown }>((resolveReply, reject) => {
      const id = ++nextId;
      pending.set(id, ([, , error, result]) => {
        pending.delete(id);
        if (error) reject(new Error(`${name}: ${error.error}: ${error.message}`));
        else resolveReply(result ?? {});
      });
      const body = Buffer.from(JSON.stringify([0, id, name, params]), 'utf8');
      socket.write(`${body.length}:`);
      socket.write(body);
    });
  await command('WebDriver:NewSession', { capabilities: {} });
  return {
    command,
    run: async <T>(script: string, args: unknown[] = []) =>
      (await command('WebDriver:ExecuteScript', { script, args })).value as T,
    setContext: async (context) => {
      await command('Marionette:SetContext', { value: context });
    },
    close: async () => {
      await command('WebDriver:DeleteSession').catch(() => undefined);
      socket.destroy();
      child.kill();
      await new Promise((done) => (child.exitCode === null ? child.once('exit', done) : done(null)));
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
