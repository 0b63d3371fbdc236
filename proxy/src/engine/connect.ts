import { lookup as dnsLookup } from 'node:dns/promises';
import net from 'node:net';
import tls from 'node:tls';
import type { CertificateInfo, ProxyError, TlsInfo } from '@playground/shared';
import { EngineFailure, networkFailure, timeoutFailure, tlsFailure } from './errors.ts';
import { certificateChain, tlsInfo } from './tls-details.ts';

export interface ResolvedAddress {
  address: string;
  family: 4 | 6;
}

/** Resolves a host name to every address it has, in the resolver's order. */
export type Resolver = (hostname: string) => Promise<ResolvedAddress[]>;

/**
 * Decides whether the proxy may connect to one resolved address. It runs after DNS, for every
 * address and on every redirect hop, and the address it approves is the one connected to, so DNS
 * tricks cannot slip past it. Returns the refusal to show, or null to allow.
 */
export type ConnectPolicy = (candidate: {
  hostname: string;
  address: string;
  family: 4 | 6;
  port: number;
}) => ProxyError | null;

export interface ConnectTarget {
  protocol: 'http:' | 'https:';
  /** Without IPv6 brackets. */
  hostname: string;
  port: number;
}

/**
 * Answers some targets without any network connection (a shared playground's own practice server,
 * the practice HTTPS endpoints, which also do their TLS handshake there); returns null for every
 * other target. It runs before DNS and the policy: nothing is connected to.
 */
export type InProcessConnector = (target: ConnectTarget) => Connection | Promise<Connection> | null;

export interface ConnectOptions {
  connectTimeoutMs: number;
  signal: AbortSignal;
  policy?: ConnectPolicy | undefined;
  resolver?: Resolver | undefined;
  inProcess?: InProcessConnector | undefined;
  /** Extra trusted CA certificates (PEM) added to Node's own trust store. */
  extraCA?: string[] | undefined;
}

export interface Connection {
  socket: net.Socket;
  remoteAddress: string;
  remotePort: number;
  timings: { dns: number | null; connect: number; tls: number | null };
  tls: TlsInfo | null;
}

/** RFC 6761: `localhost` and every name under it are this computer, whatever a DNS server says. */
export function isLocalhostName(hostname: string): boolean {
  const name = hostname.toLowerCase().replace(/\.$/, '');
  return name === 'localhost' || name.endsWith('.localhost');
}

const LOOPBACK_ADDRESSES: ResolvedAddress[] = [
  { address: '127.0.0.1', family: 4 },
  { address: '::1', family: 6 },
];

export const systemResolver: Resolver = async (hostname) => {
  const answers = await dnsLookup(hostname, { all: true, verbatim: true });
  return answers.map((a) => ({ address: a.address, family: a.family === 6 ? 6 : 4 }));
};

export function abortError(): Error {
  return new DOMException('The request was cancelled.', 'AbortError');
}

/**
 * Runs `work` under the connect timeout and the abort signal. A connection that `work` finishes
 * after the deadline is closed rather than leaked.
 */
function bounded(
  options: ConnectOptions,
  where: string,
  work: (track: (socket: net.Socket) => void) => Promise<Connection>,
): Promise<Connection> {
  let current: net.Socket | undefined;
  let settled = false;
  const track = (socket: net.Socket) => {
    current = socket;
    if (settled) socket.destroy();
  };
  return new Promise<Connection>((resolve, reject) => {
    const stop = (error: unknown) => {
      settled = true;
      current?.destroy();
      reject(error);
    };
    const timer = setTimeout(
      () => stop(timeoutFailure('connect', options.connectTimeoutMs, where)),
      options.connectTimeoutMs,
    );
    const onAbort = () => stop(options.signal.reason ?? abortError());
    if (options.signal.aborted) {
      onAbort();
      return;
    }
    options.signal.addEventListener('abort', onAbort, { once: true });
    work(track).then(
      (connection) => {
        clearTimeout(timer);
        options.signal.removeEventListener('abort', onAbort);
        if (settled) connection.socket.destroy();
        settled = true;
        resolve(connection);
      },
      (error: unknown) => {
        clearTimeout(timer);
        options.signal.removeEventListener('abort', onAbort);
        settled = true;
        reject(error);
      },
    );
  });
}

function tcpConnect(address: ResolvedAddress, port: number): Promise<net.Socket> & { socket: net.Socket } {
  const socket = net.connect({ host: address.address, port, family: address.family, noDelay: true });
  const promise = new Promise<net.Socket>((resolve, reject) => {
    socket.once('connect', () => {
      socket.removeListener('error', reject);
      resolve(socket);
    });
    socket.once('error', reject);
  });
  return Object.assign(promise, { socket });
}

function tlsHandshake(
  socket: net.Socket,
  target: ConnectTarget,
  extraCA: string[] | undefined,
  onChain: (chain: CertificateInfo[]) => void,
): Promise<tls.TLSSocket> & { socket: tls.TLSSocket } {
  const secure = tls.connect({
    socket,
    host: target.hostname,
    servername: net.isIP(target.hostname) ? undefined : target.hostname,
    ca: extraCA && extraCA.length > 0 ? [...tls.rootCertificates, ...extraCA] : undefined,
    ALPNProtocols: ['http/1.1'],
  });
  // Node checks the certificate right after the handshake and destroys the socket on failure,
  // which takes the certificate with it; listening first keeps the chain the server presented,
  // so a learner can see *which* certificate was refused.
  secure.prependListener('secure', () => onChain(certificateChain(secure.getPeerCertificate(true))));
  const promise = new Promise<tls.TLSSocket>((resolve, reject) => {
    secure.once('secureConnect', () => {
      secure.removeListener('error', reject);
      resolve(secure);
    });
    secure.once('error', reject);
  });
  return Object.assign(promise, { socket: secure });
}

const RETRYABLE = new Set(['ECONNREFUSED', 'EHOSTUNREACH', 'ENETUNREACH', 'EADDRNOTAVAIL', 'EAFNOSUPPORT']);

/**
 * Resolves, checks and connects, timing each phase. Tries each resolved address in turn, so
 * `localhost` reaches a server listening on 127.0.0.1 only even when ::1 comes first.
 */
export async function openConnection(target: ConnectTarget, options: ConnectOptions): Promise<Connection> {
  const where = `${target.hostname}:${target.port}`;
  const inProcess = options.inProcess?.(target);
  if (inProcess) return inProcess;
  return bounded(options, where, async (track) => {
    const dnsStarted = performance.now();
    const literalFamily = net.isIP(target.hostname);
    let addresses: ResolvedAddress[];
    let dns: number | null = null;
    if (literalFamily !== 0) {
      addresses = [{ address: target.hostname, family: literalFamily === 6 ? 6 : 4 }];
    } else if (isLocalhostName(target.hostname)) {
      // As browsers do: `foo.localhost` is this computer too (and so refused wherever loopback is).
      addresses = LOOPBACK_ADDRESSES;
    } else {
      try {
        addresses = await (options.resolver ?? systemResolver)(target.hostname);
      } catch (err) {
        throw networkFailure(err as NodeJS.ErrnoException, target.hostname, target.port);
      }
      dns = performance.now() - dnsStarted;
      if (addresses.length === 0) {
        throw networkFailure(
          Object.assign(new Error('no address'), { code: 'ENOTFOUND' }),
          target.hostname,
          target.port,
        );
      }
    }

    // Every address is checked before any is tried: a name that leads into a refused range is
    // refused whole, so the outcome never depends on which of its addresses happens to answer.
    for (const address of addresses) {
      const refusal = options.policy?.({ hostname: target.hostname, ...address, port: target.port });
      if (refusal) throw new EngineFailure(refusal);
    }
    let lastError: NodeJS.ErrnoException | undefined;
    for (const address of addresses) {
      const connectStarted = performance.now();
      const attempt = tcpConnect(address, target.port);
      track(attempt.socket);
      let socket: net.Socket;
      try {
        socket = await attempt;
      } catch (err) {
        lastError = err as NodeJS.ErrnoException;
        if (RETRYABLE.has(lastError.code ?? '')) continue;
        throw networkFailure(lastError, target.hostname, target.port);
      }
      const connect = performance.now() - connectStarted;
      if (target.protocol === 'http:') {
        return {
          socket,
          remoteAddress: address.address,
          remotePort: target.port,
          timings: { dns, connect, tls: null },
          tls: null,
        };
      }
      const tlsStarted = performance.now();
      let chain: CertificateInfo[] = [];
      const handshake = tlsHandshake(socket, target, options.extraCA, (presented) => {
        chain = presented;
      });
      track(handshake.socket);
      try {
        const secure = await handshake;
        return {
          socket: secure,
          remoteAddress: address.address,
          remotePort: target.port,
          timings: { dns, connect, tls: performance.now() - tlsStarted },
          tls: tlsInfo(secure, chain),
        };
      } catch (err) {
        const error = err as NodeJS.ErrnoException;
        if (error.code === 'ECONNRESET' && chain.length === 0)
          throw networkFailure(error, target.hostname, target.port);
        throw tlsFailure(error, { host: target.hostname, certificates: chain });
      }
    }
    throw networkFailure(lastError ?? new Error('connection failed'), target.hostname, target.port);
  });
}
