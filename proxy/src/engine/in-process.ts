import http from 'node:http';
import type net from 'node:net';
import { Duplex } from 'node:stream';
import { getRequestListener } from '@hono/node-server';
import type { Connection, ConnectTarget, InProcessConnector } from './connect.ts';

/**
 * One end of a connection held in memory: what one end writes, the other reads, with backpressure;
 * destroying either end closes both, as a reset would.
 */
class MemoryEnd extends Duplex {
  peer: MemoryEnd | undefined;
  // The socket-like surface Node's HTTP client and server touch; there is no real socket to tune.
  remoteAddress: string | undefined = undefined;
  setTimeout(): this {
    return this;
  }
  setNoDelay(): this {
    return this;
  }
  setKeepAlive(): this {
    return this;
  }
  #resumeWriter: (() => void) | undefined;

  override _read(): void {
    const peer = this.peer;
    if (!peer) return;
    const resume = peer.#resumeWriter;
    peer.#resumeWriter = undefined;
    resume?.();
  }

  override _write(chunk: Buffer, _encoding: BufferEncoding, done: (error?: Error | null) => void): void {
    if (!this.peer || this.peer.destroyed) {
      done(new Error('the other end is closed'));
      return;
    }
    if (this.peer.push(chunk)) done();
    else this.#resumeWriter = () => done();
  }

  override _final(done: (error?: Error | null) => void): void {
    this.peer?.push(null);
    done();
  }

  override _destroy(error: Error | null, done: (error?: Error | null) => void): void {
    const peer = this.peer;
    this.peer = undefined;
    if (peer && !peer.destroyed) peer.destroy();
    done(error);
  }
}

/** Two connected in-memory ends, like the two sides of a TCP connection. */
export function memoryPair(): [net.Socket, net.Socket] {
  const a = new MemoryEnd();
  const b = new MemoryEnd();
  a.peer = b;
  b.peer = a;
  return [a as unknown as net.Socket, b as unknown as net.Socket];
}

/** Who answers in process: anything with a fetch handler, e.g. a Hono app. */
export interface FetchHandler {
  fetch: (request: Request, env: never) => Response | Promise<Response>;
}

/**
 * A server with no listening socket: each `connect()` hands it one end of an in-memory connection,
 * and Node's own HTTP server parses what arrives, so the engine sees exactly what a real connection
 * would carry (status line, raw headers, chunked bodies), with no address to connect to.
 */
export class InProcessServer {
  readonly #server: http.Server;

  constructor(app: FetchHandler) {
    this.#server = http.createServer(
      getRequestListener(app.fetch as Parameters<typeof getRequestListener>[0]),
    );
  }

  connect(): net.Socket {
    const [client, server] = memoryPair();
    this.#server.emit('connection', server);
    return client;
  }
}

/** `http://host:port` with default ports left out, as `URL.origin` writes it. */
function originOf(target: ConnectTarget): string {
  const host = target.hostname.includes(':') ? `[${target.hostname}]` : target.hostname;
  return new URL(`${target.protocol}//${host}:${target.port}`).origin;
}

/**
 * Answers requests aimed at the playground's own origins in process: a shared playground serves
 * its practice server this way without ever connecting to itself (its own address is loopback or
 * private, which the policy refuses). Every other target gets null and goes to the network.
 *
 * @example
 * const inProcess = inProcessConnector(practice, ['https://playground.example.org']);
 */
export function inProcessConnector(server: InProcessServer, origins: Iterable<string>): InProcessConnector {
  const own = new Set(origins);
  return (target): Connection | null => {
    if (!own.has(originOf(target))) return null;
    return {
      socket: server.connect(),
      remoteAddress: 'in-process',
      remotePort: target.port,
      timings: { dns: null, connect: 0, tls: null },
      tls: null,
    };
  };
}
