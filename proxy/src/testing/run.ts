import {
  type EndEvent,
  type ErrorEvent,
  type ProxyEvent,
  RequestSpec,
  type RequestSpecInput,
  type ResponseEvent,
} from '@playground/shared';
import { BlobStore } from '../engine/blob-store.ts';
import { type EngineDeps, runRequest } from '../engine/run-request.ts';

/** Everything one run yielded, split the way tests look at it. */
export interface RunResult {
  events: ProxyEvent[];
  /** The event types in order, body chunks as 'body' (consecutive chunks once). */
  sequence: string[];
  body: Buffer;
  chunks: number;
  response: ResponseEvent | undefined;
  end: EndEvent | undefined;
  error: ErrorEvent['error'] | undefined;
}

let sharedBlobs: Promise<BlobStore> | undefined;

/** A blob store in a temporary folder, shared by the tests of one file. */
export function testBlobs(): Promise<BlobStore> {
  sharedBlobs ??= BlobStore.create();
  return sharedBlobs;
}

/**
 * Runs a request through the engine and collects what it yields. `onEvent` sees each event type as
 * it is yielded, so a test can make a server misbehave at a precise point instead of after a
 * guessed delay.
 *
 * @example
 * const result = await run({ method: 'GET', url: `${server.url}/hello` });
 * expect(result.response?.status).toBe(200);
 */
export async function run(
  input: RequestSpecInput,
  deps: Partial<EngineDeps> = {},
  signal: AbortSignal = new AbortController().signal,
  onEvent: (type: string) => void = () => {},
): Promise<RunResult> {
  const spec = RequestSpec.parse(input);
  const engineDeps: EngineDeps = {
    blobs: await testBlobs(),
    maxResponseBytes: Number.POSITIVE_INFINITY,
    maxResponseHeaderBytes: 256 * 1024,
    ...deps,
  };
  const result: RunResult = {
    events: [],
    sequence: [],
    body: Buffer.alloc(0),
    chunks: 0,
    response: undefined,
    end: undefined,
    error: undefined,
  };
  const parts: Buffer[] = [];
  for await (const item of runRequest(spec, engineDeps, signal)) {
    if (item instanceof Uint8Array) {
      parts.push(Buffer.from(item));
      result.chunks += 1;
      if (result.sequence.at(-1) !== 'body') result.sequence.push('body');
      continue;
    }
    result.events.push(item);
    result.sequence.push(item.type);
    if (item.type === 'response') result.response = item;
    if (item.type === 'end') result.end = item;
    if (item.type === 'error') result.error = item.error;
    onEvent(item.type);
  }
  result.body = Buffer.concat(parts);
  return result;
}

/** The value of the first header with this name (case-insensitive) in name/value pairs. */
export function header(
  pairs: readonly (readonly [string, string])[] | undefined,
  name: string,
): string | undefined {
  return pairs?.find(([n]) => n.toLowerCase() === name.toLowerCase())?.[1];
}
