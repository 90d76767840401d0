/**
 * Network silence check, two nets:
 * 1. Chromium is started with this process as its HTTP proxy for every request, loopback included,
 *    so any request of the browser is seen here. Requests to the fixture server are passed on;
 *    anything else is recorded and refused. Chromium's own housekeeping (component updater,
 *    account check) cannot come from an extension context and has no initiator we could see here,
 *    so those hosts alone are tolerated at this level...
 * 2. ...and caught at the second: every request Playwright sees from a page, extension page or
 *    service worker of the context, which must go to the fixture server or chrome-extension://.
 */
import { createServer, request as httpRequest, type Server } from 'node:http';
import type { Socket } from 'node:net';

/**
 * Hosts Chromium itself calls at start-up even with background networking disabled (once seen:
 * android.clients.google.com, its cloud-messaging channel, on a run that was otherwise silent).
 */
const BROWSER_HOUSEKEEPING_HOSTS = [
  'accounts.google.com',
  'update.googleapis.com',
  'clients2.google.com',
  'android.clients.google.com',
];

function isHousekeeping(target: string): boolean {
  const host = target.startsWith('http') ? new URL(target).hostname : target.replace(/:\d+$/, '');
  return BROWSER_HOUSEKEEPING_HOSTS.includes(host);
}

export interface NetworkWatch {
  proxy: string;
  /** Every request that was not to an allowed origin, as "METHOD url". */
  offenders: string[];
  close: () => Promise<void>;
}

export async function startNetworkWatch(allowedOrigins: () => string[]): Promise<NetworkWatch> {
  const offenders: string[] = [];
  const sockets = new Set<Socket>();
  const server: Server = createServer((clientRequest, clientResponse) => {
    const target = clientRequest.url ?? '';
    let origin = '';
    try {
      origin = new URL(target).origin;
    } catch {
      // not an absolute URL: not a proxied request
    }
    if (!allowedOrigins().includes(origin)) {
      if (!isHousekeeping(target)) offenders.push(`${clientRequest.method ?? 'GET'} ${target}`);
      clientResponse.writeHead(403).end();
      return;
    }
    const upstream = httpRequest(
      target,
      { method: clientRequest.method, headers: clientRequest.headers },
      (res) => {
        clientResponse.writeHead(res.statusCode ?? 502, res.headers);
        // A page closed mid-response resets its connections: end quietly, never as an uncaught error.
        res.on('error', () => clientResponse.destroy());
        res.pipe(clientResponse);
      },
    );
    upstream.on('error', () => {
      if (!clientResponse.headersSent) clientResponse.writeHead(502);
      clientResponse.end();
    });
    clientRequest.on('error', () => upstream.destroy());
    clientResponse.on('error', () => upstream.destroy());
    clientRequest.pipe(upstream);
  });
  server.on('clientError', (_error, socket) => socket.destroy());
  server.on('connect', (request, socket: Socket) => {
    if (!isHousekeeping(request.url ?? '')) offenders.push(`CONNECT ${request.url ?? ''}`);
    socket.end('HTTP/1.1 403 Forbidden\r\n\r\n');
  });
  server.on('connection', (socket: Socket) => {
    sockets.add(socket);
    socket.on('error', () => socket.destroy());
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    proxy: `http://127.0.0.1:${port}`,
    offenders,
    close: () =>
      new Promise((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
