/** Serves fixture pages from 127.0.0.1 (content scripts do not run on data: URLs or setContent). */
import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';

export const FIXTURES_DIR = fileURLToPath(new URL('../fixtures/pages', import.meta.url));

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};

export interface FixtureServer {
  origin: string;
  url: (path: string) => string;
  close: () => Promise<void>;
}

export async function startFixtureServer(root = FIXTURES_DIR): Promise<FixtureServer> {
  const server: Server = createServer((request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname));
    if (path.includes('..')) {
      response.writeHead(400).end();
      return;
    }
    // `?delay=ms` answers late: a slow script holds the page's parsing, as on a busy news site.
    const delay = Math.min(
      Number(new URL(request.url ?? '/', 'http://x').searchParams.get('delay')) || 0,
      5000,
    );
    const read = new Promise((resolve) => setTimeout(resolve, delay)).then(() => readFile(join(root, path)));
    read.then(
      (body) => {
        response.on('error', () => response.destroy());
        response.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream' });
        response.end(body);
      },
      () => response.writeHead(404, { 'content-type': 'text/plain' }).end('not found'),
    );
  });
  // A page closed mid-request resets its connection: drop it, never as an uncaught error.
  server.on('clientError', (_error, socket) => socket.destroy());
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    url: (path) => `${origin}/${path.replace(/^\//, '')}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
