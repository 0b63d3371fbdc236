import type http from 'node:http';
import https from 'node:https';
import type net from 'node:net';
import tls from 'node:tls';
import {
  DEFAULT_TLS_PRACTICE_PORT,
  type PracticeInfo,
  type TlsPracticeId,
  tlsPracticeUrl,
} from '@playground/shared';
import type { InProcessConnector } from '../../engine/connect.ts';
import { createPracticeCertificates, type PracticeEndpoint } from './practice-certificates.ts';
import { tlsPracticeConnector } from './tls-practice-connector.ts';

/** The practice server's HTTPS endpoints, running. */
export interface TlsPractice {
  /** What `GET /api/practice` tells the page. */
  info: NonNullable<PracticeInfo['tls']>;
  /** Answers the endpoints' addresses in process, for the engine (see `tlsPracticeConnector`). */
  connector: InProcessConnector;
  /** Stops listening and closes every connection. */
  close(): Promise<void>;
}

export interface TlsPracticeOptions {
  /** The port to listen on at 127.0.0.1: 0 for any free one. */
  port?: number;
  /** Told when the port cannot be used (the endpoints then work from the playground only). */
  warn?: (message: string) => void;
}

/** A small JSON answer: which endpoint was reached, and what the connection proved. */
function answer(endpoints: Map<string, PracticeEndpoint>): http.RequestListener {
  return (req, res) => {
    const servername = (req.socket as tls.TLSSocket).servername;
    const reached = typeof servername === 'string' ? endpoints.get(servername.toLowerCase()) : undefined;
    const body = {
      endpoint: reached?.id ?? null,
      certificate: reached?.summary ?? 'No endpoint has this name; the default certificate was sent.',
      // The server cannot tell whether the client checked: `curl -k` reaches every endpoint.
      message:
        reached?.expect === null
          ? "This certificate is valid: it names this host, is in date, and comes from the playground's practice CA, which the playground trusts for these practice names only."
          : 'This certificate has a problem. If you are reading this, your client connected anyway: a careful client stops before sending anything.',
    };
    res.writeHead(200, {
      'Content-Type': 'application/json',
      'Cache-Control': 'no-store',
      'X-Content-Type-Options': 'nosniff',
      'Content-Security-Policy': 'sandbox',
    });
    res.end(`${JSON.stringify(body, null, 2)}\n`);
  };
}

function listen(server: net.Server, port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      server.off('error', reject);
      resolve((server.address() as net.AddressInfo).port);
    });
  });
}

/**
 * Makes the practice certificates and serves one HTTPS server with all of them, choosing the
 * certificate by the name the client asks for (SNI), as real servers do. It listens on 127.0.0.1
 * only, for curl and Python on this computer; the playground itself reaches it in process (see
 * `tlsPracticeConnector`), so it works in shared mode and when the port is taken.
 *
 * @example
 * const practice = await startTlsPractice({ port: 8443, warn: logger.warn });
 * practice.info.endpoints[1].url // 'https://expired.practice.localhost:8443/'
 */
export async function startTlsPractice(options: TlsPracticeOptions = {}): Promise<TlsPractice> {
  const wanted = options.port ?? DEFAULT_TLS_PRACTICE_PORT;
  const { practiceCa, endpoints } = await createPracticeCertificates();
  const byHost = new Map(endpoints.map((e) => [e.host, e]));
  const contexts = new Map(
    endpoints.map((e) => [e.host, tls.createSecureContext({ key: e.key, cert: e.chain })]),
  );
  const fallback = byHost.get('good.practice.localhost') ?? endpoints[0]!;
  const server = https.createServer(
    {
      key: fallback.key,
      cert: fallback.chain,
      SNICallback: (name, done) => done(null, contexts.get(name.toLowerCase())),
    },
    answer(byHost),
  );
  // A client that gives up on a certificate closes the handshake; that is the lesson, not a fault.
  server.on('tlsClientError', () => {});
  const sockets = new Set<net.Socket>();
  server.on('connection', (socket: net.Socket) => {
    sockets.add(socket);
    socket.once('close', () => sockets.delete(socket));
  });

  let port = wanted;
  let listening = false;
  try {
    port = await listen(server, wanted);
    listening = true;
  } catch (err) {
    const reason = (err as NodeJS.ErrnoException).code === 'EADDRINUSE' ? 'is in use' : 'cannot be used';
    options.warn?.(
      `Port ${wanted} ${reason}, so the practice HTTPS endpoints cannot be reached from other programs (curl, Python). ` +
        'The playground still reaches them. Set PLAYGROUND_TLS_PRACTICE_PORT to another port, or 0 for any free one.',
    );
    // With no port of its own, the addresses still need one: the wanted one, or the usual one for "any".
    if (wanted === 0) port = DEFAULT_TLS_PRACTICE_PORT;
  }

  const ids = new Map<string, TlsPracticeId>(endpoints.map((e) => [e.host, e.id]));
  return {
    info: {
      port,
      listening,
      endpoints: endpoints.map(({ id, host, expect, summary }) => ({
        id,
        host,
        url: tlsPracticeUrl(id, port),
        expect,
        summary,
      })),
    },
    connector: tlsPracticeConnector({ server, port, hosts: new Set(ids.keys()), trusted: practiceCa }),
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        if (!server.listening) return resolve();
        server.close(() => resolve());
      }),
  };
}
