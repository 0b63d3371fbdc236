import http from 'node:http';
import type net from 'node:net';
import type { Connection, ConnectTarget } from './connect.ts';

/** How long an idle connection is kept for the next request to the same origin. */
const IDLE_MS = 4_000;
/** Idle connections kept per origin. */
const MAX_IDLE_PER_ORIGIN = 8;

/**
 * Gives Node's HTTP client one connection we opened ourselves, and lets it keep that connection
 * alive after the response: with `keepAlive` set, the client sends `Connection: keep-alive`,
 * detaches the socket when the response has been read and emits `free` on it, instead of closing
 * it. No socket of its own is ever made or pooled here; `ConnectionPool` does the pooling.
 */
class HandOverAgent extends http.Agent {
  constructor() {
    super({ keepAlive: true });
  }

  addRequest(request: http.ClientRequest, options: { connection?: Connection }): void {
    request.onSocket(options.connection!.socket);
  }
}

const handOver = new HandOverAgent();

/** The `http.request` options that send on `connection` and let it be kept alive afterwards. */
export function onConnection(connection: Connection): http.RequestOptions {
  return { agent: handOver, connection } as http.RequestOptions;
}

function keepAliveHintMs(response: http.IncomingMessage | undefined): number {
  const hint = /timeout=(\d+)/i.exec(String(response?.headers['keep-alive'] ?? ''))?.[1];
  // A second less than the server's word, so the server never closes a connection as it is reused.
  return hint === undefined ? IDLE_MS : Math.min(IDLE_MS, Number(hint) * 1000 - 1000);
}

/**
 * Connections kept alive between requests to the same origin, as browsers keep them. A connection
 * enters the pool only when its response was read to the end and neither side asked to close; it
 * leaves when it is reused, closed by the server, or idle for a few seconds. Every new connection
 * still goes through DNS, the connect policy and TLS verification, and a reused one goes only to
 * the address that was checked when it was opened.
 */
export class ConnectionPool {
  #idle = new Map<string, Set<Connection>>();

  static key(target: ConnectTarget, extraCA: readonly string[] | undefined): string {
    return `${target.protocol}//${target.hostname}:${target.port}|${extraCA?.length ?? 0}`;
  }

  /** An idle, still open connection to the origin, if there is one. */
  take(key: string): Connection | null {
    const idle = this.#idle.get(key);
    if (!idle) return null;
    for (const connection of idle) {
      idle.delete(connection);
      this.#unpark(connection.socket);
      if (!connection.socket.destroyed && connection.socket.writable) return connection;
      connection.socket.destroy();
    }
    return null;
  }

  /** Keeps the connection once its request is done with it (when the client frees the socket). */
  offer(key: string, connection: Connection, response: () => http.IncomingMessage | undefined): void {
    const { socket } = connection;
    socket.once('free', () => {
      const idleMs = keepAliveHintMs(response());
      const idle = this.#idle.get(key) ?? new Set<Connection>();
      if (idleMs <= 0 || idle.size >= MAX_IDLE_PER_ORIGIN || socket.destroyed) {
        socket.destroy();
        return;
      }
      idle.add(connection);
      this.#idle.set(key, idle);
      this.#park(
        socket,
        () => {
          idle.delete(connection);
          socket.destroy();
        },
        idleMs,
      );
    });
  }

  /** Closes every idle connection (on shutdown). */
  closeAll(): void {
    for (const idle of this.#idle.values()) for (const connection of idle) connection.socket.destroy();
    this.#idle.clear();
  }

  #park(socket: net.Socket, drop: () => void, idleMs: number): void {
    // An idle connection must neither keep the process alive nor crash it when the server hangs up.
    socket.unref();
    socket.setTimeout(idleMs, drop);
    socket.on('error', drop);
    socket.on('close', drop);
    (socket as net.Socket & { parkedDrop?: () => void }).parkedDrop = drop;
  }

  #unpark(socket: net.Socket): void {
    const parked = socket as net.Socket & { parkedDrop?: () => void };
    if (parked.parkedDrop) {
      socket.setTimeout(0);
      socket.off('timeout', parked.parkedDrop);
      socket.off('error', parked.parkedDrop);
      socket.off('close', parked.parkedDrop);
      parked.parkedDrop = undefined;
    }
    socket.ref();
  }
}
