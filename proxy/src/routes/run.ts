import {
  type ApiErrorBody,
  bodyFrameHeader,
  encodeEventFrame,
  FRAMES_CONTENT_TYPE,
  type ProxyError,
  RequestSpec,
} from '@playground/shared';
import { type Context, Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { ProxyConfig } from '../config.ts';
import type { BlobStore } from '../engine/blob-store.ts';
import { abortError, type ConnectPolicy, type Resolver } from '../engine/connect.ts';
import { type InProcessServer, inProcessConnector } from '../engine/in-process.ts';
import { type EngineDeps, runRequest } from '../engine/run-request.ts';
import type { Site } from '../security/site.ts';

export interface RunRouteDeps {
  config: ProxyConfig;
  logger: import('pino').Logger;
  blobs: BlobStore;
  policy: ConnectPolicy | undefined;
  resolver?: Resolver | undefined;
  extraCA?: string[] | undefined;
  /** The practice server, answering a shared playground's requests to its own origin. */
  practice: InProcessServer;
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

  /** What the engine needs for one request from the page at `c`. */
  const engineDeps = (c: Context): EngineDeps => ({
    blobs: deps.blobs,
    maxResponseBytes: config.maxResponseBytes,
    truncateResponse: config.responseLimit === 'truncate',
    maxTotalMs: config.maxRequestMs,
    maxResponseHeaderBytes: config.maxResponseHeaderBytes,
    policy: deps.policy,
    resolver: deps.resolver,
    // A shared playground cannot connect to itself (its own address is refused like any private
    // one), so its practice server, addressed as the page's own origin, answers in process.
    inProcess:
      config.mode === 'shared' ? inProcessConnector(deps.practice, deps.site.addressedOrigins(c)) : undefined,
    extraCA: deps.extraCA,
  });

  app.post(
    '/run',
    bodyLimit({
      maxSize: deps.config.maxSpecBytes,
      onError: (c) =>
        c.json(
          invalid(
            '',
            `The request description is larger than ${deps.config.maxSpecBytes} bytes. Upload large bodies as files.`,
          ),
          413,
        ),
    }),
    async (c) => {
      let json: unknown;
      try {
        json = await c.req.json();
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
      const events = runRequest(spec, engineDeps(c), controller.signal);
      const started = performance.now();
      let outcome = 'cancelled';
      const log = () =>
        deps.logger.info(
          { method: spec.method, url: spec.url, outcome, ms: Math.round(performance.now() - started) },
          'upstream',
        );

      const stream = new ReadableStream<Uint8Array>(
        {
          async pull(output) {
            const next = await events.next();
            if (next.done) {
              log();
              output.close();
              return;
            }
            const item = next.value;
            if (item instanceof Uint8Array) {
              output.enqueue(bodyFrameHeader(item.length));
              output.enqueue(item);
              return;
            }
            if (item.type === 'response') outcome = String(item.status);
            if (item.type === 'error') outcome = item.error.kind;
            output.enqueue(encodeEventFrame(item));
          },
          async cancel() {
            controller.abort(abortError());
            await events.return(undefined);
          },
        },
        { highWaterMark: 0 },
      );
      return new Response(stream, {
        headers: {
          'Content-Type': FRAMES_CONTENT_TYPE,
          'Cache-Control': 'no-store',
          'X-Content-Type-Options': 'nosniff',
        },
      });
    },
  );

  return app;
}
