import {
  type ProxyError,
  readPortableCollection,
  SHARE_DELETE_TOKEN_HEADER,
  type ShareReceipt,
} from '@playground/shared';
import { type Context, Hono } from 'hono';
import type { Logger } from 'pino';
import type { ProxyConfig } from '../config.ts';
import { clientAddress } from '../middleware/client-limits.ts';
import { refuse } from '../security/refusal.ts';
import { PublishLimiter } from '../share/publish-limiter.ts';
import { isShareId, type ShareStore } from '../share/share-store.ts';
import { readBodyText } from './body-text.ts';

const DAY_MS = 24 * 60 * 60 * 1000;

export interface ShareRouteDeps {
  config: Pick<ProxyConfig, 'shareMaxBytes' | 'shareDays' | 'sharesPerHour' | 'trustProxy'>;
  logger: Logger;
  /** null when the store could not be opened: publishing then answers 503, saying so. */
  store: ShareStore | null;
  now?: () => Date;
}

function megabytes(bytes: number): string {
  if (bytes < 1000) return `${bytes} bytes`;
  if (bytes < 1_000_000) return `${Math.round(bytes / 100) / 10} kB`;
  return `${Math.round(bytes / 100_000) / 10} MB`;
}

const notFound: ProxyError = {
  kind: 'invalid-request',
  title: 'Shared collection not found',
  message: 'This shared collection does not exist, or its publisher deleted it.',
  hint: 'Check that the link was copied whole, or ask whoever sent it for a new one.',
  code: 'SHARE_NOT_FOUND',
};

const unavailable = (doing: string): ProxyError => ({
  kind: 'internal',
  title: 'Published snapshots unavailable',
  message: `This playground could not ${doing}: its share store is not working.`,
  hint: 'Try again later, or send a share link or an exported file instead. Whoever runs the playground finds the reason in its log.',
  code: 'SHARE_STORE_UNAVAILABLE',
});

function invalid(message: string): ProxyError {
  return {
    kind: 'invalid-request',
    title: 'Not a collection the playground can publish',
    message,
    hint: 'Publish from the playground itself, or import the file first and publish it from there.',
  };
}

/**
 * Published snapshots (`/s/<id>` links): `POST /shares` stores a portable collection for
 * `shareDays` and answers its id and delete token (201, `ShareReceipt`); `GET /shares/:id` answers
 * it (`SharedSnapshot`), 404 if there is none and 410 once expired; `DELETE /shares/:id` with the
 * `X-Delete-Token` header removes it (204; 403 for another token). Errors are `ApiErrorBody`.
 */
export function shareRoutes(deps: ShareRouteDeps): Hono {
  const { config, store, logger } = deps;
  const now = deps.now ?? (() => new Date());
  const limiter = new PublishLimiter(config.sharesPerHour, () => now().getTime());
  const app = new Hono();

  app.post('/shares', async (c) => {
    const read = await readBodyText(c, config.shareMaxBytes);
    if ('tooLarge' in read) return refuse(c, 413, tooLarge(read.declared, config.shareMaxBytes));
    let json: unknown;
    try {
      json = JSON.parse(read.text);
    } catch {
      return refuse(c, 400, invalid('The snapshot is not valid JSON.'));
    }
    // The same checks as importing a file: shape, folder depth, request count, JSON nesting.
    const parsed = readPortableCollection(json);
    if (!parsed.ok) return refuse(c, 400, invalid(parsed.problem));
    if (!store) return refuse(c, 503, unavailable('publish the snapshot'));
    const admission = limiter.admit(clientAddress(c, config.trustProxy));
    if (!admission.ok) {
      c.header('Retry-After', String(admission.retryAfterSeconds));
      return refuse(c, 429, admission.error);
    }
    const expiresAt = new Date(now().getTime() + config.shareDays * DAY_MS);
    try {
      // What is stored is what was checked: unknown fields (and any `__proto__`) are left out.
      const { id, deleteToken } = await store.put(JSON.stringify(parsed.portable), expiresAt);
      c.header('Cache-Control', 'no-store');
      return c.json({ id, deleteToken, expiresAt: expiresAt.toISOString() } satisfies ShareReceipt, 201);
    } catch (err) {
      admission.refund();
      logger.error({ err }, 'the share store could not store a snapshot');
      return refuse(c, 503, unavailable('publish the snapshot'));
    }
  });

  app.get('/shares/:id', async (c) => {
    const id = c.req.param('id');
    if (!isShareId(id)) return refuse(c, 404, notFound);
    if (!store) return refuse(c, 503, unavailable('open the shared collection'));
    const found = await lookup(c, () => store.get(id));
    if (found instanceof Response) return found;
    if (found === null) return refuse(c, 404, notFound);
    if (found === 'expired') return refuse(c, 410, expired(config.shareDays));
    c.header('Cache-Control', 'no-store');
    c.header('Content-Type', 'application/json; charset=utf-8');
    // The stored text is the checked collection's JSON already: no need to parse it to send it.
    const dates = `"createdAt":"${found.createdAt.toISOString()}","expiresAt":"${found.expiresAt.toISOString()}"`;
    return c.body(`{"snapshot":${found.json},${dates}}`, 200);
  });

  app.delete('/shares/:id', async (c) => {
    const id = c.req.param('id');
    if (!isShareId(id)) return refuse(c, 404, notFound);
    const token = c.req.header(SHARE_DELETE_TOKEN_HEADER) ?? '';
    if (token === '') return refuse(c, 403, wrongToken('No delete key came with the request'));
    if (!store) return refuse(c, 503, unavailable('delete the shared collection'));
    const outcome = await lookup(c, () => store.delete(id, token));
    if (outcome instanceof Response) return outcome;
    if (outcome === 'not-found') return refuse(c, 404, notFound);
    if (outcome === 'wrong-token') return refuse(c, 403, wrongToken('The delete key does not match'));
    return c.body(null, 204);
  });

  /** Runs a store call; a store that fails answers 503 in words instead of a bare 500. */
  async function lookup<T>(c: Context, call: () => Promise<T>): Promise<T | Response> {
    try {
      return await call();
    } catch (err) {
      logger.error({ err }, 'the share store failed');
      return refuse(c, 503, unavailable('reach the shared collection'));
    }
  }

  return app;
}

function tooLarge(declared: number | null, limit: number): ProxyError {
  const size = declared === null ? `larger than ${megabytes(limit)}` : megabytes(declared);
  return {
    kind: 'invalid-request',
    title: 'Collection too large to publish',
    message: `The collection is ${size}, and this playground publishes snapshots of up to ${megabytes(limit)}.`,
    hint: 'Split it into smaller collections (move some folders into a new one) and publish each, or export it as a file.',
    code: 'SHARE_TOO_LARGE',
  };
}

function expired(days: number): ProxyError {
  return {
    kind: 'invalid-request',
    title: 'Shared collection expired',
    message: `This shared collection has expired: this playground keeps published snapshots for ${days} days.`,
    hint: 'Ask whoever sent the link to publish the collection again.',
    code: 'SHARE_EXPIRED',
  };
}

function wrongToken(what: string): ProxyError {
  return {
    kind: 'invalid-request',
    title: 'Not deleted',
    message: `${what}, so the shared collection was not deleted.`,
    hint: 'Only the browser that published a snapshot holds its delete key: delete it from "My published snapshots" there.',
    code: 'SHARE_WRONG_TOKEN',
  };
}
