import type { HttpBindings } from '@hono/node-server';
import type { Context } from 'hono';
import type { ProxyConfig } from '../config.ts';

const LOOPBACK_NAMES = ['localhost', '127.0.0.1', '[::1]'];

/**
 * Where the playground's own page lives, as seen from one request: the `Host` values a local
 * playground answers to and the origins whose pages may call its API.
 */
export class Site {
  constructor(private readonly config: ProxyConfig) {}

  /** The port the request arrived on (the configured one when there is no socket, as in tests). */
  port(c: Context): number {
    const incoming = (c.env as Partial<HttpBindings> | undefined)?.incoming;
    return incoming?.socket?.localPort ?? this.config.port;
  }

  /** The loopback names at this server's port, and at the Vite dev server's in `pnpm dev`. */
  localHosts(c: Context): Set<string> {
    const ports = [this.port(c), ...(this.config.devPort === null ? [] : [this.config.devPort])];
    const hosts = new Set<string>();
    for (const port of ports) {
      for (const name of LOOPBACK_NAMES) {
        hosts.add(`${name}:${port}`);
        if (port === 80) hosts.add(name);
      }
    }
    return hosts;
  }

  /** The request's `Host`, lower-cased, or the URL's host when a test built the request without one. */
  host(c: Context): string {
    return (c.req.header('host') ?? new URL(c.req.url).host).toLowerCase();
  }

  /**
   * The origins of the playground's own page. Local: the loopback names at its port. Shared: the
   * configured public origin, else whatever host the request was addressed to, over either scheme
   * (a TLS-terminating proxy in front may have changed the scheme, never the host).
   */
  origins(c: Context): Set<string> {
    if (this.config.mode === 'local') {
      return new Set([...this.localHosts(c)].map((host) => `http://${host}`));
    }
    if (this.config.publicOrigin !== null) return new Set([this.config.publicOrigin]);
    return this.hostOrigins(c);
  }

  /** The request's host over either scheme. */
  hostOrigins(c: Context): Set<string> {
    const host = this.host(c);
    try {
      return new Set([new URL(`http://${host}`).origin, new URL(`https://${host}`).origin]);
    } catch {
      return new Set(); // not a host name at all: no page can have this origin
    }
  }

  /** Every origin the request may have been addressed to: the page's, and its Host over either scheme. */
  addressedOrigins(c: Context): Set<string> {
    return new Set([...this.origins(c), ...this.hostOrigins(c)]);
  }
}
