import { FrameDecoder, LAUNCH_TOKEN_HEADER, type ProxyEvent } from '@playground/shared';
import pino from 'pino';
import { type AppDeps, createApp } from '../app.ts';
import { configFromEnv, type ProxyConfig } from '../config.ts';
import { testBlobs } from './run.ts';

/** The launch key of every app the tests build. */
export const TEST_TOKEN = 'test-launch-token-0123456789-abcdefghij';

/** Where a local test app believes it listens; requests through `app.request()` use it as their URL. */
export const LOCAL_ORIGIN = 'http://127.0.0.1:8787';

/**
 * The app as `server.ts` builds it, with a known launch key and a quiet log, for `app.request()`.
 *
 * @example
 * const app = await testApp({ mode: 'shared' });
 * await app.request(`${LOCAL_ORIGIN}/api/run`, { method: 'POST', headers: pageHeaders(), body });
 */
export async function testApp(config: Partial<ProxyConfig> = {}, deps: Partial<AppDeps> = {}) {
  return createApp({
    config: configFromEnv({
      host: '127.0.0.1',
      port: 8787,
      mode: 'local',
      launchToken: TEST_TOKEN,
      ...config,
    }),
    logger: pino({ level: 'silent' }),
    blobs: await testBlobs(),
    ...deps,
  });
}

/** The headers the playground's own page sends with an API call, plus `extra`. */
export function pageHeaders(extra: Record<string, string> = {}): Record<string, string> {
  return { [LAUNCH_TOKEN_HEADER]: TEST_TOKEN, ...extra };
}

/** What a `POST /api/run` answer carried: its events in order and the body bytes. */
export async function readRun(response: Response): Promise<{ events: ProxyEvent[]; body: Buffer }> {
  const decoder = new FrameDecoder();
  const events: ProxyEvent[] = [];
  const parts: Uint8Array[] = [];
  for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
    for (const frame of decoder.push(chunk)) {
      if (frame.kind === 'event') events.push(frame.event);
      else parts.push(frame.bytes);
    }
  }
  decoder.finish();
  return { events, body: Buffer.concat(parts) };
}
