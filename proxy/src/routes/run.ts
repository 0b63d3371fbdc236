import type { HttpBindings } from '@hono/node-server';
import { RESPONSE_ALREADY_SENT } from '@hono/node-server/utils/response';
import { type ApiErrorBody, type ProxyError, RequestSpec } from '@playground/shared';
import { type Context, Hono } from 'hono';
import type { ProxyConfig } from '../config.ts';
import type { BlobStore } from '../engine/blob-store.ts';
import { abortError, type ConnectPolicy, type InProcessConnector, type Resolver } from '../engine/connect.ts';
import { ConnectionPool } from '../engine/connection-pool.ts';
import { type InProcessServer, inProcessConnector } from '../engine/in-process.ts';
import { type EngineDeps, runRequest } from '../engine/run-request.ts';
import type { Site } from '../security/site.ts';
import { readBodyText } from './body-text.ts';
import { FRAMES_HEADERS, framesOf, writeFrames } from './frame-writer.ts';

export interface RunRouteDeps {
  config: ProxyConfig;
  logger: import('pino').Logger;
  blobs: BlobStore;
  policy: ConnectPolicy | undefined;
  resolver?: Resolver | undefined;
  extraCA?: string[] | undefined;
  /** The practice server, answering a shared playground's requests to its own origin. */
  practice: InProcessServer;
  /** The practice HTTPS endpoints, answered in process in either mode (see `tlsPracticeConnector`). */
  tlsPractice?: InProcessConnector | undefined;
  site: Site;
}

function invalid(field: string, message: string): ApiErrorBody {
  const error: ProxyError = {
    kind: 'invalid-request',
    title: 'Request not sent',
    message: field === '' ? message : `${field}: ${message}`,
    hint: 'Fix the field named above and send again.',
    field: field === '' ? undefined : field,
  };
  return { error };
}

/** `a.b.0.c` as `a.b[0].c`, the way the fields read in the UI. */
function fieldName(path: PropertyKey[]): string {
  return path.reduce<string>((out, key) => {
    if (typeof key === 'number') return `${out}[${key}]`;
    return out === '' ? String(key) : `${out}.${String(key)}`;
  }, '');
}

/**
 * `POST /api/run`: performs the request described in the JSON body and streams back what
 * happened as frames (see `FrameDecoder` in shared/). Closing the response aborts the upstream
 * request at once.
 */
export function runRoutes(deps: RunRouteDeps) {
  const app = new Hono();
  const { config } = deps;
  // Kept-alive upstream connections, shared by every run of this app, as a browser shares them.
  const pool = new ConnectionPool();

  /**
   * Targets answered in process: the practice HTTPS endpoints in either mode and, in shared mode,
   * the page's own origin. A shared playground cannot connect to itself (its own address is
   * refused like any private one), so its practice server answers there.
   */
  const inProcess = (c: Context): InProcessConnector => {
    const ownOrigin =
      config.mode === 'shared' ? inProcessConnector(deps.practice, deps.site.addressedOrigins(c)) : undefined;
    return (target) => deps.tlsPractice?.(target) ?? ownOrigin?.(target) ?? null;
  };

  /** What the engine needs for one request from the page at `c`. */
  const engineDeps = (c: Context): EngineDeps => ({
    blobs: deps.blobs,
    maxResponseBytes: config.maxResponseBytes,
    truncateResponse: config.responseLimit === 'truncate',
    maxTotalMs: config.maxRequestMs,
    maxResponseHeaderBytes: config.maxResponseHeaderBytes,
    policy: deps.policy,
    resolver: deps.resolver,
    inProcess: inProcess(c),
    extraCA: deps.extraCA,
    pool,
    captureWire: true,
  });

  app.post('/run', async (c) => {
    const read = await readBodyText(c, config.maxSpecBytes);
    if ('tooLarge' in read) {
      return c.json(
        invalid(
          '',
          `The request description is larger than ${config.maxSpecBytes} bytes. Upload large bodies as files.`,
        ),
        413,
      );
    }
    let json: unknown;
    try {
      json = JSON.parse(read.text);
    } catch {
      return c.json(invalid('', 'The request description is not valid JSON.'), 400);
    }
    const parsed = RequestSpec.safeParse(json);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      return c.json(invalid(fieldName(issue.path), issue.message), 400);
    }
    const spec = parsed.data;
    const controller = new AbortController();
    const cancel = () => controller.abort(abortError());
    const started = performance.now();
    let outcome = 'cancelled';
    const watched = (async function* watch() {
      try {
        for await (const item of runRequest(spec, engineDeps(c), controller.signal)) {
          if (!(item instanceof Uint8Array)) {
            if (item.type === 'response') outcome = String(item.status);
            if (item.type === 'error') outcome = item.error.kind;
          }
          yield item;
        }
      } finally {
        // One line per run, when it is over: what was asked, how it ended, how long it took.
        deps.logger.info(
          { method: spec.method, url: spec.url, outcome, ms: Math.round(performance.now() - started) },
          'run',
        );
      }
    })();

    const outgoing = (c.env as Partial<HttpBindings> | undefined)?.outgoing;
    if (outgoing) {
      void writeFrames(watched, outgoing, cancel);
      return RESPONSE_ALREADY_SENT;
    }
    // Without a socket (tests calling `app.request()`), the same frames as a web stream.
    const stream = new ReadableStream<Uint8Array>(
      {
        async pull(output) {
          const next = await watched.next();
          if (next.done) {
            output.close();
            return;
          }
          for (const frame of framesOf(next.value)) output.enqueue(frame);
        },
        async cancel() {
          cancel();
          await watched.return(undefined);
        },
      },
      { highWaterMark: 0 },
    );
    return new Response(stream, { headers: FRAMES_HEADERS });
  });

  return app;
}
