import CachePolicy from 'http-cache-semantics';
import type { HeaderPair } from '../schemas/proxy-event.ts';
import { cacheDirectives, duration } from './cache-directives.ts';
import { listHeader } from './cors-response.ts';
import {
  type DiagnosticsInput,
  evidenceOf,
  type Finding,
  finalRequest,
  headerValue,
  type Point,
} from './finding.ts';

const topic = 'caching';
const CACHING_HEADERS = ['cache-control', 'expires', 'etag', 'last-modified', 'age', 'vary', 'pragma'];

/** Headers as http-cache-semantics reads them: lower-case names, repeated ones joined. */
function headerObject(headers: readonly HeaderPair[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of headers) {
    const key = name.toLowerCase();
    out[key] = out[key] === undefined ? value : `${out[key]}, ${value}`;
  }
  return out;
}

/** What each caching header present says here, beside Cache-Control (which gets its own finding). */
function headerPoints(headers: readonly HeaderPair[], policy: CachePolicy): Point[] {
  const points: Point[] = [];
  const etag = headerValue(headers, 'etag');
  const lastModified = headerValue(headers, 'last-modified');
  const expires = headerValue(headers, 'expires');
  const age = headerValue(headers, 'age');
  const vary = listHeader(headers, 'vary');
  const maxAgeSaid = /max-age/i.test(headerValue(headers, 'cache-control') ?? '');
  if (etag)
    points.push({
      term: `ETag: ${etag}`,
      meaning:
        'A tag for this version of the resource. A cache sends it back as If-None-Match; if the version has not changed, the server answers 304 Not Modified, with no body.',
    });
  if (lastModified)
    points.push({
      term: `Last-Modified: ${lastModified}`,
      meaning:
        'When the resource last changed. A cache can send it back as If-Modified-Since, and may get 304 Not Modified.',
    });
  if (expires) {
    const when = Date.parse(expires);
    const meaning = maxAgeSaid
      ? 'Ignored here: max-age in Cache-Control wins over Expires.'
      : Number.isNaN(when)
        ? 'Not a date, so caches treat the answer as already expired (servers send "0" or "-1" to mean that).'
        : when <= policy.date()
          ? 'Already in the past when the answer was sent: stale at once.'
          : `Fresh until then: ${duration((when - policy.date()) / 1000)} after the answer's Date.`;
    points.push({ term: `Expires: ${expires}`, meaning });
  }
  if (age)
    points.push({
      term: `Age: ${age}`,
      meaning: `A cache on the way already held this answer for ${duration(Number(age) || 0)}; that time counts against its freshness.`,
    });
  if (vary.includes('*'))
    points.push({
      term: 'Vary: *',
      meaning: 'The answer depends on things caches cannot see: it is never reused.',
    });
  else if (vary.length > 0)
    points.push({
      term: `Vary: ${vary.join(', ')}`,
      meaning: `A cache keeps one copy per value of ${vary.join(' and ')} in the request, and reuses a copy only for a request that sends the same.`,
    });
  return points;
}

/** The verdict for a browser's cache, in one line and a few sentences. */
function verdict(
  policy: CachePolicy,
  request: CachePolicy.HttpRequest,
  headers: readonly HeaderPair[],
  status: number,
): { title: string; explanation: string } {
  const cc = headerValue(headers, 'cache-control') ?? '';
  const lifetime = policy.maxAge();
  const explicit = /max-age/i.test(cc) || headerValue(headers, 'expires') !== undefined;
  const age = Number(headerValue(headers, 'age')) || 0;
  const revalidation = policy.revalidationHeaders(request);
  const conditional = Object.entries(revalidation)
    .filter(([name]) => name.startsWith('if-'))
    .map(([name, value]) => `${name === 'if-none-match' ? 'If-None-Match' : 'If-Modified-Since'}: ${value}`);
  const then =
    conditional.length > 0
      ? `it asks the server with ${conditional.join(' and ')}, and gets 304 Not Modified (no body) if nothing changed.`
      : 'it downloads it again in full: there is no ETag or Last-Modified to check with.';
  if (/no-store/i.test(cc))
    return {
      title: 'A browser must not keep a copy of this',
      explanation:
        'Cache-Control: no-store. Every time it is needed, the browser asks for it again in full: right for private or always-changing data.',
    };
  if (!policy.storable())
    return {
      title: 'Browsers will not reuse this answer',
      explanation: `A ${status} answer is kept only when the server says so explicitly (max-age or Expires), and this one does not.`,
    };
  if (listHeader(headers, 'vary').includes('*'))
    return {
      title: 'Browsers will not reuse this answer',
      explanation: 'Vary: * says the answer depends on things caches cannot see.',
    };
  // Under a second is nothing a person could use (a Last-Modified of the same second gives 0.1 s).
  if (lifetime < 1)
    return conditional.length > 0
      ? {
          title: 'A browser may keep a copy, but must check with the server before each use',
          explanation: `Nothing lets it reuse the copy without asking, so each time ${then}`,
        }
      : {
          title: 'Nothing says this may be reused',
          explanation: `No Cache-Control, Expires, ETag or Last-Modified ${cc ? 'allows it' : 'is here'}: each time it is needed, ${then}`,
        };
  const left = lifetime - age;
  if (left < 1)
    return {
      title: 'Already stale when it arrived',
      explanation: `It was fresh for ${duration(lifetime)}, but a cache on the way had held it for ${duration(age)} (Age). So ${then}`,
    };
  const guess = explicit
    ? ''
    : ' That is a guess: no Cache-Control or Expires says how long, so browsers take a tenth of the time since Last-Modified.';
  const immutable = /immutable/i.test(cc) ? ' It is immutable, so not even a reload checks it.' : '';
  return {
    title: `A browser may reuse this for ${duration(left)} without asking again`,
    explanation: `During that time it uses its copy without contacting the server.${immutable}${guess} After that, ${then}`,
  };
}

function quoted(etag: string): boolean {
  return /^(W\/)?"[^"]*"$/.test(etag.trim());
}

/**
 * What Cache-Control, ETag, Last-Modified, Expires, Age and Vary mean for this response, seen from
 * a browser's own cache (http-cache-semantics does the arithmetic of RFC 9111), with a conditional
 * request to try when there is a validator.
 */
export function cachingFindings(input: DiagnosticsInput): Finding[] {
  const request = finalRequest(input);
  const { headers, status, url } = input.response;
  if (!request) return [];
  const method = request.method.toUpperCase();
  const evidence = CACHING_HEADERS.flatMap((name) => evidenceOf(headers, name));
  const sent = request.headers.map((h): [string, string] => [h.name, h.value]);
  const findings: Finding[] = [];
  if (status === 304)
    findings.push({
      id: 'caching/not-modified',
      topic,
      severity: 'info',
      title: '304 Not Modified: the copy you have is still good',
      explanation:
        'The request said which version it already had (If-None-Match or If-Modified-Since), and the server answers that it has not changed, so it sends no body. A browser would now use its cached copy; the playground keeps none, so the body here is empty.',
      evidence: [...evidenceOf(sent, 'if-none-match'), ...evidenceOf(sent, 'if-modified-since'), ...evidence],
    });
  else if (method !== 'GET' && method !== 'HEAD') {
    if (evidence.length > 0)
      findings.push({
        id: 'caching/not-reused',
        topic,
        severity: 'info',
        title: `Browsers do not reuse answers to ${method}`,
        explanation: `Caches keep answers to GET (and HEAD). A ${method} changes something on the server, so it always goes to the server; its caching headers matter little.`,
        evidence,
      });
  } else {
    // A browser's own cache: `private` answers count, s-maxage does not.
    const asked = { method, url, headers: headerObject(sent) };
    const policy = new CachePolicy(asked, { status, headers: headerObject(headers) }, { shared: false });
    const { title, explanation } = verdict(policy, asked, headers, status);
    const etag = headerValue(headers, 'etag');
    const lastModified = headerValue(headers, 'last-modified');
    const retry: [string, string] | null = etag
      ? ['If-None-Match', etag]
      : lastModified
        ? ['If-Modified-Since', lastModified]
        : null;
    findings.push({
      id: 'caching/summary',
      topic,
      severity: 'info',
      title,
      explanation,
      ...(retry && status === 200
        ? {
            hint: `See it for yourself: send the request again with ${retry[0]}: ${retry[1]}. If the server supports it, the answer is 304 Not Modified with no body.`,
            tryIt: { label: `Try again with ${retry[0]}`, headers: [retry] },
          }
        : {}),
      evidence: evidence.length > 0 ? evidence : [{ name: 'Cache-Control', value: '(not sent)' }],
      points: headerPoints(headers, policy),
    });
  }
  const cc = headerValue(headers, 'cache-control');
  if (cc)
    findings.push({
      id: 'caching/directives',
      topic,
      severity: 'info',
      title: `Cache-Control: ${cc}, directive by directive`,
      explanation:
        "Cache-Control tells every cache on the way (the browser's, a CDN's, a company proxy's) whether and how long it may keep this answer.",
      evidence: evidenceOf(headers, 'cache-control'),
      points: cacheDirectives(cc),
    });
  const etag = headerValue(headers, 'etag');
  if (etag && !quoted(etag))
    findings.push({
      id: 'caching/etag-unquoted',
      topic,
      severity: 'warning',
      title: 'The ETag is not in double quotes',
      explanation: `An entity tag is written in double quotes: "${etag}", or W/"${etag}" for a weak one (RFC 9110 §8.8.3). Browsers send back whatever they got, but strict caches and libraries may ignore an ETag without quotes, or never match it.`,
      hint: `Send ETag: "${etag.replaceAll('"', '')}".`,
      evidence: evidenceOf(headers, 'etag'),
    });
  return findings;
}
