import type { EndEvent, ExchangeSnapshot, HistoryEntry, ResponseEvent, SavedDraft } from '@playground/shared';
import { emptyRequestHistory } from '@playground/shared';
import { describe, expect, it } from 'vitest';
import { addHistoryEntry, buildHistoryEntry, filesNotKept, setHistoryLimit } from './history-entry.ts';

const draft = (url = 'http://x/get?a=1'): SavedDraft => ({
  method: 'get',
  url,
  params: [],
  pathVariables: [],
  headers: [],
  body: { kind: 'none', text: '', textContentType: 'text/plain', fields: [], parts: [], file: null },
  auth: { type: 'none' },
  followRedirects: true,
  timeoutMs: 30_000,
});

const snapshot = (change: Partial<ExchangeSnapshot>): ExchangeSnapshot => ({
  phase: 'sending',
  hops: [],
  response: undefined,
  chunks: [],
  bodyBytes: 0,
  end: undefined,
  failure: undefined,
  cookies: undefined,
  version: 1,
  ...change,
});

const sent = { id: 'h1', sentAt: 1000, draft: draft() };
const timings = { dns: null, connect: null, tls: null, firstByte: null, download: null, total: 12 };

describe('buildHistoryEntry', () => {
  it('waits while the run is still going', () => {
    expect(buildHistoryEntry(sent, snapshot({ phase: 'receiving' }))).toBeNull();
  });

  it('records the status, total time and body size of a finished run', () => {
    const entry = buildHistoryEntry(
      sent,
      snapshot({
        phase: 'done',
        response: { status: 404, statusText: 'Not Found' } as ResponseEvent,
        end: { timings, sizes: { bodyBytes: 230 } } as EndEvent,
      }),
    );
    expect(entry).toMatchObject({
      id: 'h1',
      sentAt: 1000,
      method: 'GET',
      url: 'http://x/get?a=1',
      outcome: { kind: 'response', status: 404, statusText: 'Not Found' },
      totalMs: 12,
      bodyBytes: 230,
    });
  });

  it('records the failure title when no response came', () => {
    const failure = {
      type: 'error' as const,
      error: { kind: 'dns', title: 'Name not found', message: '', hint: '' },
      timings: { ...timings, total: 40 },
    };
    const entry = buildHistoryEntry(
      sent,
      snapshot({ phase: 'failed', failure } as Partial<ExchangeSnapshot>),
    );
    expect(entry).toMatchObject({
      outcome: { kind: 'failed', title: 'Name not found' },
      totalMs: 40,
      bodyBytes: null,
    });
  });

  it('records a cancelled run', () => {
    expect(buildHistoryEntry(sent, snapshot({ phase: 'cancelled' }))?.outcome).toEqual({ kind: 'cancelled' });
  });
});

const entry = (id: string): HistoryEntry => ({
  id,
  sentAt: 0,
  method: 'GET',
  url: `http://x/${id}`,
  outcome: { kind: 'cancelled' },
  totalMs: null,
  bodyBytes: null,
  draft: draft(),
});

describe('the cap', () => {
  it('puts the newest entry first and drops the oldest beyond the cap', () => {
    let history = { ...emptyRequestHistory(), limit: 2 };
    for (const id of ['a', 'b', 'c']) history = addHistoryEntry(history, entry(id));
    expect(history.entries.map((e) => e.id)).toEqual(['c', 'b']);
  });

  it('trims at once when the cap is lowered', () => {
    const history = { v: 1 as const, limit: 5, entries: ['e', 'd', 'c', 'b', 'a'].map(entry) };
    const trimmed = setHistoryLimit(history, 2);
    expect(trimmed.limit).toBe(2);
    expect(trimmed.entries.map((e) => e.id)).toEqual(['e', 'd']);
  });
});

describe('filesNotKept', () => {
  it('names the files kept by name only', () => {
    const withFiles = draft();
    withFiles.body.file = { missing: true, name: 'big.iso', size: 5_000_000, type: '' };
    withFiles.body.parts = [
      { name: 'a', value: '', enabled: true, kind: 'file', file: new File(['x'], 'small.txt') },
    ];
    expect(filesNotKept(withFiles)).toEqual(['big.iso']);
    expect(filesNotKept(draft())).toEqual([]);
  });
});
