import { Readable } from 'node:stream';
import type { CookiesEvent, RequestSpecInput, StoredCookie } from '@playground/shared';
import { LESSONS, type LessonPlace, type LessonRequest, lessonUrl } from '@playground/shared/lessons';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ConnectPolicy, InProcessConnector } from '../engine/connect.ts';
import { InProcessServer, inProcessConnector } from '../engine/in-process.ts';
import { practiceRoutes } from '../routes/practice.ts';
import { run, testBlobs } from '../testing/run.ts';
import { startTlsPractice, type TlsPractice } from './tls-practice/tls-practice-server.ts';

// Every step of every lesson, sent through the real engine to the real practice server, in the
// order a learner takes them, with one cookie jar throughout (the app's scratch jar). Nothing goes
// over the network: the page's origin and the HTTPS endpoints answer in process, and any attempt
// to connect anywhere is refused by the policy below.

const ORIGIN = 'http://127.0.0.1:8787';

const noNetwork: ConnectPolicy = (candidate) => ({
  kind: 'blocked',
  title: 'Not in a lesson',
  message: `A lesson step tried to connect to ${candidate.hostname} (${candidate.address}).`,
  hint: 'Lessons use the practice server only.',
  code: 'LESSON_OFFLINE',
});

let tls: TlsPractice;
let inProcess: InProcessConnector;
let place: LessonPlace;

beforeAll(async () => {
  tls = await startTlsPractice({ port: 0 });
  const practice = inProcessConnector(new InProcessServer(practiceRoutes()), [ORIGIN]);
  inProcess = (target) => tls.connector(target) ?? practice(target);
  place = { origin: ORIGIN, tlsPort: tls.info.port };
});
afterAll(() => tls.close());

/** What the web app sends for a step: the request as the editor shows it, files uploaded first. */
async function specOf(request: LessonRequest, jar: StoredCookie[]): Promise<RequestSpecInput> {
  const blobs = await testBlobs();
  let body: RequestSpecInput['body'] = { kind: 'none' };
  const lessonBody = request.body;
  if (lessonBody?.kind === 'json' || lessonBody?.kind === 'text') body = lessonBody;
  if (lessonBody?.kind === 'form-urlencoded') {
    body = { kind: 'form-urlencoded', fields: lessonBody.fields.map(([name, value]) => ({ name, value })) };
  }
  if (lessonBody?.kind === 'multipart') {
    const parts = [];
    for (const part of lessonBody.parts) {
      if (!('file' in part)) {
        parts.push({ kind: 'text' as const, ...part });
        continue;
      }
      const { blobId, size } = await blobs.put(Readable.from([Buffer.from(part.file.content)]), 1024 * 1024);
      const file = { blobId, size, fileName: part.file.name, contentType: part.file.type };
      parts.push({ kind: 'file' as const, name: part.name, file });
    }
    body = { kind: 'multipart', parts };
  }
  return {
    method: request.method,
    url: lessonUrl(request, place) ?? '',
    pathVariables: Object.entries(request.pathVariables ?? {}).map(([name, value]) => ({ name, value })),
    headers: (request.headers ?? []).map(([name, value]) => ({ name, value })),
    body,
    auth: request.auth ?? { type: 'none' },
    options: { followRedirects: request.followRedirects ?? true },
    cookieJar: jar,
  };
}

describe('every lesson step gets what its lesson says, with no network', () => {
  let jar: StoredCookie[] = [];

  for (const lesson of LESSONS) {
    it(`${lesson.id}: ${lesson.steps.map((step) => step.id).join(', ')}`, async () => {
      for (const step of lesson.steps) {
        const result = await run(await specOf(step.request, jar), { inProcess, policy: noNetwork });
        const cookies = result.events.find((e): e is CookiesEvent => e.type === 'cookies');
        if (cookies) jar = cookies.jar;
        const where = `${lesson.id}/${step.id}`;
        if ('status' in step.expect) {
          expect(result.error, where).toBeUndefined();
          expect(result.response?.status, where).toBe(step.expect.status);
        } else {
          expect(result.response, where).toBeUndefined();
          expect(result.error?.kind, where).toBe(step.expect.failure);
        }
      }
    });
  }
});

// A few of the things the notices tell the learner to look at, checked where they are easy to miss.
describe('what the lessons say to notice is there', () => {
  const send = async (lessonId: string, stepId: string, jar: StoredCookie[] = []) => {
    const step = LESSONS.find((l) => l.id === lessonId)?.steps.find((s) => s.id === stepId);
    if (!step) throw new Error(`no step ${lessonId}/${stepId}`);
    return run(await specOf(step.request, jar), { inProcess, policy: noNetwork });
  };
  const header = (pairs: readonly (readonly [string, string])[] | undefined, name: string) =>
    pairs?.find(([n]) => n.toLowerCase() === name)?.[1];

  it('REST create answers 201 with the new todo\u2019s Location', async () => {
    await send('rest', 'reset');
    const created = await send('rest', 'create');
    expect(header(created.response?.headers, 'location')).toBe('/practice/todos/5');
    await send('rest', 'delete');
  });

  it('the cookie is set on the first hop and sent back by the jar', async () => {
    const set = await send('cookies', 'set');
    const redirect = set.events.find((e) => e.type === 'redirect');
    expect(redirect?.type === 'redirect' && header(redirect.headers, 'set-cookie')).toMatch(
      /^flavour=oatmeal/,
    );
    const jar = set.events.find((e): e is CookiesEvent => e.type === 'cookies')?.jar ?? [];
    const again = await send('cookies', 'sent-back', jar);
    expect(JSON.parse(again.body.toString())).toEqual({ cookies: { flavour: 'oatmeal' } });
  });

  it('303 turns the POST into a GET; 307 keeps it and its body', async () => {
    const seeOther = JSON.parse((await send('redirects', 'see-other')).body.toString());
    expect(seeOther).toMatchObject({ method: 'GET', json: null });
    const temporary = JSON.parse((await send('redirects', 'temporary')).body.toString());
    expect(temporary).toMatchObject({ method: 'POST', json: { order: 42 } });
  });

  it('OPTIONS lists the methods; 405 says which would work', async () => {
    expect(header((await send('methods', 'options')).response?.headers, 'allow')).toBe(
      'GET, HEAD, POST, OPTIONS',
    );
    expect(header((await send('methods', 'not-allowed')).response?.headers, 'allow')).toMatch(/GET/);
  });

  it('the wrong-host step names the one name its certificate is for', async () => {
    const result = await send('https', 'wrong-host');
    expect(result.error?.validNames).toEqual(['other-site.practice.localhost']);
  });
});
