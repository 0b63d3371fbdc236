import type https from 'node:https';
import tls from 'node:tls';
import type { CertificateInfo } from '@playground/shared';
import type { Connection, ConnectTarget, InProcessConnector } from '../../engine/connect.ts';
import { timeoutFailure, tlsFailure } from '../../engine/errors.ts';
import { memoryPair } from '../../engine/in-process.ts';
import { certificateChain, tlsInfo } from '../../engine/tls-details.ts';

export interface TlsPracticeTarget {
  /** The practice HTTPS server; each connection reaches it in memory. */
  server: https.Server;
  /** The port its addresses name. */
  port: number;
  /** Its names, lower case: `expired.practice.localhost`, ... */
  hosts: ReadonlySet<string>;
  /** The practice CA (PEM): the only authority these handshakes trust. */
  trusted: string;
}

/** An in-memory handshake has no network to wait for; this only guards against a bug hanging a run. */
const HANDSHAKE_LIMIT_MS = 10_000;

function practiceHost(target: ConnectTarget, practice: TlsPracticeTarget): string | null {
  if (target.protocol !== 'https:' || target.port !== practice.port) return null;
  const host = target.hostname.toLowerCase().replace(/\.$/, '');
  return practice.hosts.has(host) ? host : null;
}

/**
 * Answers `https://<id>.practice.localhost:<port>` without any network connection: the TLS
 * handshake runs over an in-memory connection to the practice server, with every check Node makes
 * (chain, dates, name), exactly as for any server, and fails in the same classified words. The one
 * authority trusted is the practice CA, and only here: no other target's handshake ever sees it.
 * Since these names are not connected to, shared playgrounds (which refuse loopback) reach them too.
 */
export function tlsPracticeConnector(practice: TlsPracticeTarget): InProcessConnector {
  return (target) => {
    const host = practiceHost(target, practice);
    if (host === null) return null;
    return new Promise<Connection>((resolve, reject) => {
      const started = performance.now();
      const [client, server] = memoryPair();
      practice.server.emit('connection', server);
      let chain: CertificateInfo[] = [];
      const secure = tls.connect({
        socket: client,
        host,
        servername: host,
        ca: [practice.trusted],
        ALPNProtocols: ['http/1.1'],
      });
      const timer = setTimeout(() => {
        secure.destroy();
        reject(timeoutFailure('connect', HANDSHAKE_LIMIT_MS, `${host}:${target.port}`));
      }, HANDSHAKE_LIMIT_MS);
      // As in the engine's own handshake: keep the chain before Node destroys a refused socket.
      secure.prependListener('secure', () => {
        chain = certificateChain(secure.getPeerCertificate(true));
      });
      const onError = (err: NodeJS.ErrnoException) => {
        clearTimeout(timer);
        reject(tlsFailure(err, { host, certificates: chain }));
      };
      secure.once('error', onError);
      secure.once('secureConnect', () => {
        clearTimeout(timer);
        secure.removeListener('error', onError);
        resolve({
          socket: secure,
          remoteAddress: 'in-process',
          remotePort: target.port,
          timings: { dns: null, connect: 0, tls: performance.now() - started },
          tls: tlsInfo(secure, chain),
        });
      });
    });
  };
}
