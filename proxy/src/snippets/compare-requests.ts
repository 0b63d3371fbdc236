import { createHash } from 'node:crypto';
import { expect } from 'vitest';
import type { Captured } from './capture-server.ts';
import type { RoundTripCase } from './roundtrip-cases.ts';

type Part =
  | { name: string; value: string }
  | { name: string; fileName: string; type: string; sha256: string; size: number };

/** The parts of a multipart body, read with the platform's own parser, in a stable order. */
async function multipartParts(captured: Captured): Promise<Part[]> {
  const form = await new Request('http://capture.invalid/', {
    method: 'POST',
    headers: { 'content-type': String(captured.headers['content-type']) },
    body: captured.body,
  }).formData();
  const parts: Part[] = [];
  for (const [name, value] of form.entries()) {
    if (typeof value === 'string') parts.push({ name, value });
    else {
      const bytes = Buffer.from(await value.arrayBuffer());
      const sha256 = createHash('sha256').update(bytes).digest('hex');
      parts.push({ name, fileName: value.name, type: value.type, sha256, size: bytes.length });
    }
  }
  // Libraries put text fields before files whatever the order typed; a server reads them by name.
  return parts.sort((a, b) => a.name.localeCompare(b.name));
}

/** The path exactly, and the query as the name/value pairs a server decodes from it. */
function decodedTarget(target: string) {
  const at = target.indexOf('?');
  if (at === -1) return { path: target, query: [] };
  return { path: target.slice(0, at), query: [...new URLSearchParams(target.slice(at + 1))] };
}

const mediaType = (value: string | string[] | undefined) =>
  String(value ?? '')
    .split(';')[0]!
    .trim();

/**
 * Checks that the snippet's request is the playground's: method, request target, the headers
 * that matter, and the body (JSON by value, multipart by fields and file bytes, others byte for byte).
 */
export async function expectSameRequest(
  snippet: Captured,
  playground: Captured,
  c: RoundTripCase,
  options: { requotesQuery: boolean },
) {
  expect(snippet.method, 'method').toBe(playground.method);
  if (options.requotesQuery) {
    expect(decodedTarget(snippet.target), 'path, and the query as a server decodes it').toEqual(
      decodedTarget(playground.target),
    );
  } else {
    expect(snippet.target, 'path and query, byte for byte').toBe(playground.target);
  }
  for (const name of ['authorization', 'cookie', ...(c.headers ?? [])]) {
    expect(snippet.headers[name], `header ${name}`).toEqual(playground.headers[name]);
  }
  if (c.body === 'multipart') {
    expect(mediaType(snippet.headers['content-type']), 'Content-Type').toBe('multipart/form-data');
    expect(String(snippet.headers['content-type']), 'multipart boundary').toMatch(/boundary=/);
    expect(await multipartParts(snippet), 'multipart fields and files').toEqual(
      await multipartParts(playground),
    );
    return;
  }
  expect(snippet.headers['content-type'], 'Content-Type').toEqual(playground.headers['content-type']);
  if (c.body === 'json') {
    expect(JSON.parse(snippet.body.toString('utf8')), 'JSON body').toEqual(
      JSON.parse(playground.body.toString('utf8')),
    );
  } else {
    expect(snippet.body.toString('latin1'), 'body bytes').toBe(playground.body.toString('latin1'));
  }
}
