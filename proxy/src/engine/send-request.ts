import http from 'node:http';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { SentHeader } from '@playground/shared';
import type { Connection } from './connect.ts';
import { onConnection } from './connection-pool.ts';
import { EngineFailure, networkFailure, protocolFailure, timeoutFailure } from './errors.ts';
import type { PreparedBody } from './request-body.ts';
import { tapWire, type WireTap } from './wire-capture.ts';

export interface Exchange {
  response: http.IncomingMessage;
  sentAt: number;
  responseAt: number;
  /** 101 Switching Protocols or a CONNECT tunnel: no body follows on this connection. */
  tunnel: boolean;
}

export interface SendOptions {
  method: string;
  target: string;
  headers: readonly SentHeader[];
  body: PreparedBody | null;
  where: string;
  firstByteMs: number;
  maxHeaderBytes: number;
  signal: AbortSignal;
  /** Keep the bytes that cross the connection (see `tapWire`). */
  captureWire?: boolean | undefined;
}

/**
 * Writes one request on an open connection. Returns at once with the head exactly as written
 * (start line and headers), a promise of the response head, and, when asked for, the capture of
 * the bytes that cross the connection (stop it when the hop is over).
 */
export function sendRequest(
  connection: Connection,
  options: SendOptions,
): { rawHead: string; exchange: Promise<Exchange>; wire: WireTap | null } {
  let rawHead = '';
  const wire = options.captureWire ? tapWire(connection.socket) : null;
  const exchange = new Promise<Exchange>((resolve, reject) => {
    const request = http.request({
      ...onConnection(connection),
      method: options.method,
      path: options.target,
      // A flat [name, value, ...] list keeps the user's order, case and duplicates.
      headers: options.headers.flatMap((h) => [h.name, h.value]),
      setHost: false,
      maxHeaderSize: options.maxHeaderBytes,
    });
    if (wire) request.once('socket', wire.onSocket);
    let sentAt = performance.now();
    let firstByteTimer: NodeJS.Timeout | undefined;
    const cleanup = () => {
      clearTimeout(firstByteTimer);
      options.signal.removeEventListener('abort', onAbort);
    };
    const onAbort = () => request.destroy(options.signal.reason as Error);
    if (options.signal.aborted) {
      onAbort();
      return;
    }
    options.signal.addEventListener('abort', onAbort, { once: true });

    const settle = (response: http.IncomingMessage, tunnel: boolean) => {
      cleanup();
      resolve({ response, sentAt, responseAt: performance.now(), tunnel });
    };
    request.on('response', (response) => settle(response, false));
    request.on('upgrade', (response) => settle(response, true));
    request.on('connect', (response) => settle(response, true));
    request.on('error', (err: NodeJS.ErrnoException) => {
      cleanup();
      if (err instanceof EngineFailure || err.name === 'AbortError') return reject(err);
      if (err.code?.startsWith('HPE_'))
        return reject(protocolFailure(err, options.where, options.maxHeaderBytes));
      if (err.message === 'socket hang up') {
        return reject(
          networkFailure(Object.assign(err, { code: 'ECONNRESET' }), ...hostAndPort(options.where)),
        );
      }
      reject(networkFailure(err, ...hostAndPort(options.where)));
    });
    request.on('finish', () => {
      // The wait for the first byte starts once the whole request, upload included, is out.
      sentAt = performance.now();
      firstByteTimer = setTimeout(
        () => request.destroy(timeoutFailure('first-byte', options.firstByteMs, options.where)),
        options.firstByteMs,
      );
    });

    request.flushHeaders();
    // Node keeps the head it wrote here; it is the only exact record of what went out.
    rawHead = (request as unknown as { _header?: string })._header ?? '';
    const payload = options.body?.open();
    if (payload === undefined || Buffer.isBuffer(payload)) {
      request.end(payload);
    } else {
      pipeline(payload as Readable, request).catch((err: Error) => request.destroy(err));
    }
  });
  // The caller reports the head before it awaits the answer; a failure meanwhile must not go unhandled.
  exchange.catch(() => {});
  return { rawHead, exchange, wire };
}

function hostAndPort(where: string): [string, number] {
  const colon = where.lastIndexOf(':');
  return [where.slice(0, colon), Number(where.slice(colon + 1))];
}
