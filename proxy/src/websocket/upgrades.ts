import { EventEmitter } from 'node:events';
import type { IncomingMessage } from 'node:http';
import { STATUS_CODES } from 'node:http';
import type { Duplex } from 'node:stream';
import { LAUNCH_TOKEN_HEADER } from '@playground/shared';
import { type WebSocket, WebSocketServer } from 'ws';

/** Takes over a socket the app agreed to upgrade. */
export type UpgradeHandler = (socket: WebSocket) => void;

/**
 * What a route sees in `c.env` during a WebSocket upgrade: the Node request (so the security
 * checks find its socket, as for any call) and `acceptUpgrade`, which a route calls to take the
 * socket. Plain HTTP calls have no `acceptUpgrade`.
 */
export interface UpgradeBindings {
  incoming: IncomingMessage;
  /**
   * Stands for the response: it emits `close` when the socket does (a refusal written, or the
   * conversation over), so the client limits count a WebSocket as running for as long as it lasts.
   */
  outgoing: { readonly closed: boolean; once(event: 'close', listener: () => void): unknown };
  acceptUpgrade?: (handler: UpgradeHandler) => void;
}

type Fetch = (request: Request, env: UpgradeBindings) => Response | Promise<Response>;

/** The largest WebSocket message the playground relays or echoes. */
export const MAX_WS_MESSAGE_BYTES = 16 * 1024 * 1024;

/**
 * Routes WebSocket upgrades through the app like any other call, so an upgrade meets the same
 * Host allow-list, same-origin check, launch key and access code as `POST /api/run`. Browsers
 * cannot set headers on a WebSocket, so the page sends its launch key as the `token` query
 * parameter; it is moved into the launch-key header (and out of the URL, so it is never logged).
 * A route that accepts calls `acceptUpgrade`; any other answer (a 403 refusal, a 404) is written
 * back as plain HTTP and the socket is closed.
 */
export function attachUpgrades(server: NodeJS.EventEmitter, fetch: Fetch): WebSocketServer {
  const wss = new WebSocketServer({
    noServer: true,
    maxPayload: MAX_WS_MESSAGE_BYTES,
    perMessageDeflate: false,
  });
  server.on('upgrade', (req: IncomingMessage, socket: Duplex, head: Buffer) => {
    socket.on('error', () => socket.destroy());
    void handle(req, socket, head);
  });

  async function handle(req: IncomingMessage, socket: Duplex, head: Buffer): Promise<void> {
    const lifetime = Object.assign(new EventEmitter(), { closed: false });
    socket.once('close', () => {
      lifetime.closed = true;
      lifetime.emit('close');
    });
    let accepted = null as UpgradeHandler | null;
    let response: Response;
    try {
      const url = new URL(req.url ?? '/', `http://${req.headers.host ?? 'localhost'}`);
      const headers = new Headers();
      for (const [name, value] of Object.entries(req.headers)) {
        if (Array.isArray(value)) for (const v of value) headers.append(name, v);
        else if (value !== undefined) headers.set(name, value);
      }
      const token = url.searchParams.get('token');
      if (token !== null) {
        headers.set(LAUNCH_TOKEN_HEADER, token);
        url.searchParams.delete('token');
      }
      response = await fetch(new Request(url, { method: req.method ?? 'GET', headers }), {
        incoming: req,
        outgoing: lifetime,
        acceptUpgrade: (handler) => {
          accepted = handler;
        },
      });
    } catch {
      response = new Response('Bad WebSocket upgrade request', { status: 400 });
    }
    const handler: UpgradeHandler | null = accepted;
    if (handler !== null) {
      if (!socket.destroyed) wss.handleUpgrade(req, socket, head, (ws) => handler(ws));
      return;
    }
    const body = Buffer.from(await response.arrayBuffer().catch(() => new ArrayBuffer(0)));
    const type = response.headers.get('content-type') ?? 'text/plain; charset=utf-8';
    socket.end(
      Buffer.concat([
        Buffer.from(
          `HTTP/1.1 ${response.status} ${STATUS_CODES[response.status] ?? ''}\r\n` +
            `Content-Type: ${type}\r\nContent-Length: ${body.length}\r\nConnection: close\r\n\r\n`,
        ),
        body,
      ]),
    );
  }
  return wss;
}
