import { describe, expect, it } from 'vitest';
import { concatChunks, ExchangeRecorder } from './exchange-recorder.ts';

const timings = { dns: null, connect: 1, tls: null, firstByte: 2, download: 1, total: 5 };
const request = {
  type: 'request' as const,
  hop: 0,
  method: 'GET',
  url: 'http://x/',
  target: '/',
  httpVersion: 'HTTP/1.1',
  headers: [],
  bodyBytes: null,
};

describe('ExchangeRecorder', () => {
  it('grows a snapshot as frames arrive and tells subscribers', () => {
    const recorder = new ExchangeRecorder();
    let calls = 0;
    recorder.subscribe(() => {
      calls += 1;
    });
    recorder.apply({ kind: 'event', event: request });
    recorder.apply({
      kind: 'event',
      event: {
        type: 'response',
        hop: 0,
        url: 'http://x/',
        httpVersion: 'HTTP/1.1',
        status: 200,
        statusText: 'OK',
        headers: [],
        remoteAddress: '127.0.0.1',
        remotePort: 80,
        contentEncoding: null,
        contentLength: 5,
      },
    });
    expect(recorder.snapshot().phase).toBe('receiving');
    recorder.apply({ kind: 'body', bytes: new TextEncoder().encode('he') });
    recorder.apply({ kind: 'body', bytes: new TextEncoder().encode('llo') });
    recorder.apply({
      kind: 'event',
      event: { type: 'end', timings, sizes: { headerBytes: 10, bodyWireBytes: 5, bodyBytes: 5 } },
    });
    const snapshot = recorder.snapshot();
    expect(snapshot.phase).toBe('done');
    expect(snapshot.bodyBytes).toBe(5);
    expect(new TextDecoder().decode(concatChunks(snapshot.chunks))).toBe('hello');
    expect(snapshot.hops[0]?.request?.method).toBe('GET');
    expect(calls).toBe(5);
  });

  it('keeps what arrived when cancelled, and does not cancel a finished run', () => {
    const recorder = new ExchangeRecorder();
    recorder.apply({ kind: 'event', event: request });
    recorder.cancel();
    expect(recorder.snapshot().phase).toBe('cancelled');
    expect(recorder.snapshot().hops).toHaveLength(1);
    const failed = new ExchangeRecorder();
    failed.fail({ kind: 'network', title: 't', message: 'm', hint: 'h' });
    failed.cancel();
    expect(failed.snapshot().phase).toBe('failed');
  });

  it('files each hop’s wire bytes with the hop, sent and received apart', () => {
    const recorder = new ExchangeRecorder();
    recorder.apply({ kind: 'event', event: request });
    const wire = (hop: number, direction: 'sent' | 'received') =>
      ({ type: 'wire', hop, direction, bytes: btoa(direction), totalBytes: direction.length }) as const;
    recorder.apply({ kind: 'event', event: wire(0, 'sent') });
    recorder.apply({ kind: 'event', event: wire(0, 'received') });
    recorder.apply({ kind: 'event', event: { ...request, hop: 1 } });
    recorder.apply({ kind: 'event', event: wire(1, 'sent') });
    const { hops } = recorder.snapshot();
    expect(hops[0]?.request).toEqual(request);
    expect(hops[0]?.wireSent?.bytes).toBe(btoa('sent'));
    expect(hops[0]?.wireReceived?.totalBytes).toBe(8);
    expect(hops[1]?.wireSent?.hop).toBe(1);
    expect(hops[1]?.wireReceived).toBeUndefined();
  });

  it('cuts concatenation at a limit', () => {
    const chunks = [new Uint8Array([1, 2, 3]), new Uint8Array([4, 5])];
    expect([...concatChunks(chunks, 4)]).toEqual([1, 2, 3, 4]);
  });
});
