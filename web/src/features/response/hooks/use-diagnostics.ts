import { concatChunks, type ExchangeSnapshot, type ResponseEvent } from '@playground/shared';
import type { Finding } from '@playground/shared/diagnostics';
import { useMemo, useSyncExternalStore } from 'react';

type Diagnostics = typeof import('@playground/shared/diagnostics');

// The checks and their parsers are a chunk of their own, fetched once the first response is on
// screen, so the first load of the page does not carry them.
let loaded: Diagnostics | null = null;
let loading: Promise<void> | null = null;
const listeners = new Set<() => void>();

function load(): Promise<void> {
  loading ??= import('@playground/shared/diagnostics').then(
    (module) => {
      loaded = module;
      for (const notify of listeners) notify();
    },
    () => {
      // A chunk that failed to load (the proxy restarted with a new build): try again next time.
      loading = null;
    },
  );
  return loading;
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  void load();
  return () => listeners.delete(listener);
}

// A browser sniffs at most this many bytes (WHATWG MIME Sniffing): enough while a body streams in.
const SNIFF_BYTES = 1445;

/**
 * The plain-words checks on this response, or null while they load. While the body streams in,
 * only its first bytes are looked at; once it has all arrived, the whole of it (up to the checks'
 * limit), so a JSON syntax error is found wherever it is.
 */
export function useDiagnostics(exchange: ExchangeSnapshot, response: ResponseEvent): Finding[] | null {
  const diagnostics = useSyncExternalStore(subscribe, () => loaded);
  const settled = exchange.phase !== 'receiving' && exchange.phase !== 'sending';
  const complete = exchange.phase === 'done' && !exchange.end?.truncated;
  // The chunk list grows in place, so the byte count (capped while streaming) says when to look again.
  const seen = settled ? exchange.bodyBytes : Math.min(exchange.bodyBytes, SNIFF_BYTES);
  const { hops, chunks } = exchange;
  // biome-ignore lint/correctness/useExhaustiveDependencies: `chunks` keeps its identity as it grows; `seen` stands for it.
  return useMemo(() => {
    if (!diagnostics) return null;
    const limit = settled ? diagnostics.DIAGNOSTICS_BODY_LIMIT : SNIFF_BYTES;
    return diagnostics.diagnose({
      hops,
      response,
      body: concatChunks(chunks, limit),
      bodyComplete: complete && seen <= diagnostics.DIAGNOSTICS_BODY_LIMIT,
    });
  }, [diagnostics, hops, response, settled, complete, seen]);
}
