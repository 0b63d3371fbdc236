import type {
  ConnectionEvent,
  CookiesEvent,
  EndEvent,
  ErrorEvent,
  ProxyEvent,
  RedirectEvent,
  RequestSentEvent,
  ResponseEvent,
  WireEvent,
} from '../schemas/proxy-event.ts';
import type { Frame } from '../stream/frames.ts';

/** One request on the wire: what was sent, over which connection, and the redirect it got, if any. */
export interface Hop {
  request: RequestSentEvent | undefined;
  connection: ConnectionEvent | undefined;
  redirect: RedirectEvent | undefined;
  /** The hop's bytes as written and as read on its connection, once the hop is over. */
  wireSent?: WireEvent | undefined;
  wireReceived?: WireEvent | undefined;
}

export type ExchangePhase = 'sending' | 'receiving' | 'done' | 'failed' | 'cancelled';

/** Everything known so far about one run, as the response views read it. */
export interface ExchangeSnapshot {
  phase: ExchangePhase;
  hops: readonly Hop[];
  response: ResponseEvent | undefined;
  /** Body chunks as they arrived (never concatenated here, so a huge body costs no copies). */
  chunks: readonly Uint8Array[];
  bodyBytes: number;
  end: EndEvent | undefined;
  failure: ErrorEvent | undefined;
  /** The request's cookie jar as it ended up, when it ran with one. */
  cookies: CookiesEvent | undefined;
  /** Bumps on every change, so views can cheaply tell that something moved. */
  version: number;
}

/**
 * Folds the proxy's frames into one growing snapshot. Framework-free: the web app subscribes to it
 * (e.g. with `useSyncExternalStore`); tests feed it frames directly.
 *
 * @example
 * const recorder = new ExchangeRecorder();
 * recorder.subscribe(() => render(recorder.snapshot()));
 * for (const frame of decoder.push(chunk)) recorder.apply(frame);
 */
export class ExchangeRecorder {
  #hops: Hop[] = [];
  #chunks: Uint8Array[] = [];
  #state: ExchangeSnapshot = {
    phase: 'sending',
    hops: [],
    response: undefined,
    chunks: [],
    bodyBytes: 0,
    end: undefined,
    failure: undefined,
    cookies: undefined,
    version: 0,
  };
  #listeners = new Set<() => void>();

  snapshot(): ExchangeSnapshot {
    return this.#state;
  }

  subscribe(listener: () => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  apply(frame: Frame): void {
    if (frame.kind === 'body') {
      this.#chunks.push(frame.bytes);
      this.#update({ chunks: this.#chunks, bodyBytes: this.#state.bodyBytes + frame.bytes.length });
      return;
    }
    this.#applyEvent(frame.event);
  }

  /** The browser stopped the run (Cancel). Whatever arrived stays visible. */
  cancel(): void {
    if (this.#state.phase === 'sending' || this.#state.phase === 'receiving')
      this.#update({ phase: 'cancelled' });
  }

  /** A failure on the way to the proxy itself, described like any other failure. */
  fail(error: ErrorEvent['error']): void {
    this.#update({ phase: 'failed', failure: { type: 'error', error, timings: null } });
  }

  #hop(index: number): Hop {
    while (this.#hops.length <= index)
      this.#hops.push({ request: undefined, connection: undefined, redirect: undefined });
    return this.#hops[index]!;
  }

  #applyEvent(event: ProxyEvent): void {
    switch (event.type) {
      case 'request':
        this.#hops[event.hop] = { ...this.#hop(event.hop), request: event };
        this.#update({ hops: [...this.#hops] });
        return;
      case 'connection':
        this.#hops[event.hop] = { ...this.#hop(event.hop), connection: event };
        this.#update({ hops: [...this.#hops] });
        return;
      case 'redirect':
        this.#hops[event.hop] = { ...this.#hop(event.hop), redirect: event };
        this.#update({ hops: [...this.#hops] });
        return;
      case 'wire': {
        const side = event.direction === 'sent' ? { wireSent: event } : { wireReceived: event };
        this.#hops[event.hop] = { ...this.#hop(event.hop), ...side };
        this.#update({ hops: [...this.#hops] });
        return;
      }
      case 'response':
        this.#update({ phase: 'receiving', response: event });
        return;
      case 'cookies':
        this.#update({ cookies: event });
        return;
      case 'end':
        this.#update({ phase: 'done', end: event });
        return;
      case 'error':
        this.#update({ phase: 'failed', failure: event });
        return;
    }
  }

  #update(change: Partial<ExchangeSnapshot>): void {
    this.#state = { ...this.#state, ...change, version: this.#state.version + 1 };
    for (const listener of this.#listeners) listener();
  }
}

/** The whole body as one array (for saving or small bodies; views of huge bodies read chunks). */
export function concatChunks(chunks: readonly Uint8Array[], limit = Number.POSITIVE_INFINITY): Uint8Array {
  let total = 0;
  for (const chunk of chunks) total += chunk.length;
  const out = new Uint8Array(Math.min(total, limit));
  let at = 0;
  for (const chunk of chunks) {
    if (at >= out.length) break;
    const part = chunk.subarray(0, out.length - at);
    out.set(part, at);
    at += part.length;
  }
  return out;
}
