import type { Collection, CookieJarContents, Environment, StoredCookie } from '@playground/shared';
import { defaultSession } from '@playground/shared';
import { newDraft, newPartRow, newRow, type RequestDraft } from '../../../web/src/lib/request-draft.ts';
import type { SendContext } from '../../../web/src/lib/send-context.ts';

/** One request composed in the playground, sent both by the proxy and by each generated snippet. */
export interface RoundTripCase {
  name: string;
  /** The request as composed; `base` is the capture server's address with the test's own prefix. */
  draft: (base: string) => RequestDraft;
  /** The collection and environment it is sent in. */
  context?: (base: string) => SendContext;
  cookies?: CookieJarContents;
  /** Files the request reads, by name: given to the proxy as uploads, put beside the code for the snippet. */
  files?: Record<string, { bytes: Uint8Array; type: string }>;
  /** How the bodies are compared: JSON by value (libraries lay JSON out their own way), others byte for byte. */
  body: 'none' | 'json' | 'bytes' | 'multipart';
  /** Headers compared, beyond Content-Type, Authorization and Cookie. */
  headers?: string[];
  /** Generators that cannot write this request, and say so in a note beside the code. */
  except?: string[];
}

const NO_CONTEXT: SendContext = { collection: null, environment: null };
export const contextOf = (c: RoundTripCase, base: string): SendContext => c.context?.(base) ?? NO_CONTEXT;

/** Every byte value, so that no encoding step can pass unnoticed. */
const BYTES = Uint8Array.from({ length: 600 }, (_, i) => (i * 7) % 256);

function draft(method: string, url: string, change: (d: RequestDraft) => RequestDraft = (d) => d) {
  return change(newDraft(method, url));
}

const cookie = (name: string, value: string, extra: Partial<StoredCookie> = {}): StoredCookie => ({
  name,
  value,
  domain: '127.0.0.1',
  path: '/',
  expires: null,
  hostOnly: true,
  secure: false,
  httpOnly: false,
  sameSite: null,
  created: '2026-01-01T00:00:00.000Z',
  ...extra,
});

const variable = (name: string, value: string, secret = false) => ({ name, value, enabled: true, secret });

export const CASES: RoundTripCase[] = [
  {
    name: 'GET with a query (brackets, spaces, accents, a repeated name), headers and a Bearer token',
    draft: (base) =>
      draft('GET', `${base}/search?ram[from]=8&q=café au lait&tag=a&tag=b`, (d) => ({
        ...d,
        headers: [newRow('Accept', 'application/json'), newRow('X-Trace', 'abc-123')],
        auth: { type: 'bearer', token: 'tok.en-42' },
      })),
    body: 'none',
    headers: ['accept', 'x-trace'],
  },
  {
    name: 'POST JSON with Basic auth (a non-ASCII password)',
    draft: (base) =>
      draft('POST', `${base}/users`, (d) => ({
        ...d,
        body: {
          ...d.body,
          kind: 'json',
          text: '{"name": "Ada", "langs": ["en", "fr"], "admin": false, "score": 9.5, "nested": {"x": null}}',
        },
        auth: { type: 'basic', username: 'ada', password: 'pässword' },
      })),
    body: 'json',
  },
  {
    name: 'PUT UTF-8 text with its own Content-Type',
    draft: (base) =>
      draft('PUT', `${base}/notes/1`, (d) => ({
        ...d,
        body: {
          ...d.body,
          kind: 'text',
          text: 'héllo wörld ✓\nline "two"',
          textContentType: 'text/plain; charset=utf-8',
        },
      })),
    body: 'bytes',
  },
  {
    name: 'POST a form (spaces, & and =, accents, a repeated name)',
    draft: (base) =>
      draft('POST', `${base}/form`, (d) => ({
        ...d,
        body: {
          ...d.body,
          kind: 'form-urlencoded',
          fields: [
            newRow('name', 'Ada Lovelace'),
            newRow('note', 'a&b=c'),
            newRow('city', 'Zürich'),
            newRow('tag', 'x'),
            newRow('tag', 'y'),
            newRow('off', 'not sent', false),
          ],
        },
      })),
    body: 'bytes',
  },
  {
    name: 'POST multipart: a text field and a file read by name',
    draft: (base) =>
      draft('POST', `${base}/upload`, (d) => ({
        ...d,
        body: {
          ...d.body,
          kind: 'multipart',
          parts: [
            newPartRow('text', 'title', 'A cat'),
            { ...newPartRow('file', 'photo'), file: new File([BYTES], 'cat.png', { type: 'image/png' }) },
          ],
        },
      })),
    files: { 'cat.png': { bytes: BYTES, type: 'image/png' } },
    body: 'multipart',
  },
  {
    name: 'PATCH in a collection session: variables, base URL, default header and the cookie jar',
    context: (base) => ({
      collection: {
        id: 'c1',
        name: 'Shop',
        description: '',
        items: [],
        variables: [variable('id', '7')],
        session: { ...defaultSession(), baseUrl: '{{base}}', headers: [newRow('X-Session', '{{token}}')] },
      } satisfies Collection,
      environment: {
        id: 'e1',
        name: 'Local',
        variables: [variable('base', base), variable('token', 's3cret', true)],
      } satisfies Environment,
    }),
    draft: () =>
      draft('PATCH', '/items/{{id}}?fields=name', (d) => ({
        ...d,
        headers: [newRow('Cookie', 'theme=dark')],
        body: { ...d.body, kind: 'json', text: '{"name":"{{id}} apples"}' },
      })),
    cookies: [
      cookie('session', 'abc123'),
      cookie('theme', 'light'), // the Cookie header the user typed wins
      cookie('scoped', 'no', { path: '/elsewhere' }),
      cookie('secure', 'no', { secure: true }),
      cookie('old', 'no', { expires: '2000-01-01T00:00:00.000Z' }),
      cookie('other', 'no', { domain: 'example.com' }),
    ],
    body: 'json',
    headers: ['x-session'],
  },
  {
    name: 'POST a whole file as the body',
    draft: (base) =>
      draft('POST', `${base}/raw`, (d) => ({
        ...d,
        body: {
          ...d.body,
          kind: 'binary',
          file: new File([BYTES], 'data.bin', { type: 'application/x-test' }),
        },
      })),
    files: { 'data.bin': { bytes: BYTES, type: 'application/x-test' } },
    body: 'bytes',
    except: ['python-requests'],
  },
  {
    name: 'DELETE with path variables and no body',
    draft: (base) =>
      draft('DELETE', `${base}/todos/:id`, (d) => ({
        ...d,
        pathVariables: d.pathVariables.map((v) => ({ ...v, value: '42' })),
      })),
    body: 'none',
  },
];
