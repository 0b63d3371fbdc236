import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { generateSnippet, snippetTarget, toSnippetRequest } from '@playground/shared/snippets';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { draftToSpec } from '../../../web/src/lib/request-draft.ts';
import { prepareSend } from '../../../web/src/lib/send-context.ts';
import { run, testBlobs } from '../testing/run.ts';
import { type CaptureServer, startCaptureServer } from './capture-server.ts';
import { expectSameRequest } from './compare-requests.ts';
import { CASES, contextOf, type RoundTripCase } from './roundtrip-cases.ts';
import { missingTool, RUNNABLE_TARGETS, requotesQuery, runSnippet } from './run-snippet.ts';

let capture: CaptureServer;
let counter = 0;

beforeAll(async () => {
  capture = await startCaptureServer();
});
afterAll(() => capture.close());

/** The request exactly as the playground composes it: variables and session applied, files uploaded. */
function sent(c: RoundTripCase, base: string) {
  return prepareSend(c.draft(base), contextOf(c, base)).draft;
}

async function viaPlayground(c: RoundTripCase, base: string, prefix: string) {
  const blobs = await testBlobs();
  const spec = await draftToSpec(sent(c, base), (file) =>
    blobs.put(Readable.fromWeb(file.stream() as never), 1e9),
  );
  const result = await run({ ...spec, ...(c.cookies ? { cookieJar: c.cookies } : {}) });
  expect(result.error, 'the playground sends the request').toBeUndefined();
  return capture.next(prefix);
}

async function viaSnippet(c: RoundTripCase, targetId: string, base: string, prefix: string) {
  const prepared = toSnippetRequest(sent(c, base), { cookies: c.cookies });
  if (!prepared.ok) throw new Error(prepared.problem);
  const { code } = generateSnippet(prepared.request, targetId);
  const dir = await mkdtemp(path.join(tmpdir(), 'snippet-'));
  try {
    for (const [name, file] of Object.entries(c.files ?? {}))
      await writeFile(path.join(dir, name), file.bytes);
    const arrived = capture.next(prefix);
    const ran = await runSnippet(targetId, code, dir);
    const report = `exit ${ran.exitCode}\n--- code\n${code}\n--- stderr\n${ran.stderr}`;
    expect(ran.exitCode, `the ${targetId} code runs without an error:\n${report}`).toBe(0);
    return { captured: await arrived, report };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

describe.each(RUNNABLE_TARGETS)('the %s code sends what the playground sends', (targetId) => {
  const cases = CASES.filter((c) => !c.except?.includes(targetId));
  it.concurrent.each(cases.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    const missing = missingTool(targetId);
    expect(missing, `${snippetTarget(targetId)?.label}: what is needed to run it is installed`).toBeNull();
    counter += 1;
    const prefix = `/t${counter}`;
    const base = `${capture.url}${prefix}`;
    const playground = await viaPlayground(c, base, `${prefix}/`);
    const { captured, report } = await viaSnippet(c, targetId, base, `${prefix}/`);
    try {
      await expectSameRequest(captured, playground, c, { requotesQuery: requotesQuery(targetId) });
    } catch (error) {
      (error as Error).message += `\n${report}`;
      throw error;
    }
  });
});

describe('requests the generators cannot write', () => {
  it.each(CASES.flatMap((c) => (c.except ?? []).map((t) => [c.name, t, c] as const)))(
    '%s: %s says so beside the code',
    (_name, targetId, c) => {
      const prepared = toSnippetRequest(sent(c, 'http://127.0.0.1:9/x'), { cookies: c.cookies });
      if (!prepared.ok) throw new Error(prepared.problem);
      expect(generateSnippet(prepared.request, targetId).notes.join(' ')).toMatch(
        /cannot read: the code sends no body/,
      );
    },
  );
});
