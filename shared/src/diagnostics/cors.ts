import type { HeaderPair } from '../schemas/proxy-event.ts';
import { preflightAnswerFindings } from './cors-preflight.ts';
import { needsPreflight, type PreflightNeed, preflightNeed } from './cors-request.ts';
import {
  type AllowOrigin,
  allowsCredentials,
  exposedHeaders,
  listHeader,
  readAllowOrigin,
} from './cors-response.ts';
import {
  type DiagnosticsInput,
  type Evidence,
  evidenceOf,
  type Finding,
  finalRequest,
  headerValue,
} from './finding.ts';

const topic = 'cors';
/** The question every CORS finding answers first. */
export const CORS_QUESTION = 'Could a page on another site read this with fetch()?';
/** The origin we suggest adding when the learner sent none (a reserved name: it is nobody's site). */
export const EXAMPLE_ORIGIN = 'https://example.org';

/** Whether one answer in the chain lets the page read it, and why, in words. */
interface HopVerdict {
  ok: boolean;
  answer: string;
  why: string;
  severity: Finding['severity'];
}

function judge(allow: AllowOrigin, headers: readonly HeaderPair[], need: PreflightNeed): HopVerdict {
  const page = need.origin;
  const credentialed = need.cookies;
  switch (allow.kind) {
    case 'absent':
      return {
        ok: false,
        answer: 'No',
        severity: 'info',
        why: "The answer has no Access-Control-Allow-Origin header, so the browser keeps it from the page's script.",
      };
    case 'invalid':
      return {
        ok: false,
        answer: 'No',
        severity: 'warning',
        why: `Access-Control-Allow-Origin ${allow.why}, so the browser refuses it.`,
      };
    case 'any':
      return credentialed
        ? {
            ok: false,
            answer: 'Not with cookies',
            // Without an Origin, a server that echoes it (httpbin does) may have answered * by default.
            severity: page === undefined ? 'info' : 'warning',
            why: "Access-Control-Allow-Origin: * lets any site read answers to requests without cookies. This request carries cookies, so a page would send it with credentials: 'include', and browsers refuse * for such a request: the server must name the page's origin instead.",
          }
        : {
            ok: true,
            answer: 'Yes, any site can (without cookies)',
            severity: 'info',
            why: 'Access-Control-Allow-Origin: * lets a page from any site read it, as long as the request carries no cookies or other credentials.',
          };
    case 'null':
      return {
        ok: page === 'null',
        answer: 'Only pages whose origin is "null"',
        severity: 'warning',
        why: 'Access-Control-Allow-Origin: null lets pages with an opaque origin read it: sandboxed frames and local files. Any site can make such a frame, so this is as open as *, and more dangerous, as it allows cookies too.',
      };
    case 'origin': {
      if (page !== undefined && page !== allow.origin)
        return {
          ok: false,
          answer: `No, only ${allow.origin} can`,
          severity: 'info',
          why: `The server allows ${allow.origin}, and your request said it came from ${page}: browsers compare the two letter for letter.`,
        };
      if (credentialed && !allowsCredentials(headers))
        return {
          ok: false,
          answer: `Not with cookies, even for ${allow.origin}`,
          severity: 'info',
          why: `The server allows ${allow.origin}, but this request carries cookies and the answer lacks Access-Control-Allow-Credentials: true, so the browser hides it from the page.`,
        };
      const who = page === undefined ? `Only a page from ${allow.origin}` : `Yes, ${allow.origin} can`;
      return {
        ok: true,
        answer: who,
        severity: 'info',
        why: `Access-Control-Allow-Origin names ${allow.origin}: pages from that origin may read it${credentialed ? ', cookies included (Access-Control-Allow-Credentials: true)' : ''}, pages from anywhere else may not.`,
      };
    }
  }
}

function verdict(input: DiagnosticsInput, need: PreflightNeed): Finding {
  const { response } = input;
  const final = readAllowOrigin(response.headers);
  let result = judge(final, response.headers, need);
  const stoppedAt = input.hops.findIndex(
    (hop) => hop.redirect && !judge(readAllowOrigin(hop.redirect.headers), hop.redirect.headers, need).ok,
  );
  if (stoppedAt >= 0 && result.ok) {
    const redirect = input.hops[stoppedAt]!.redirect!;
    result = {
      ok: false,
      answer: 'No: the browser would stop at a redirect',
      severity: 'info',
      why: `Every answer on the way needs CORS headers, and the ${redirect.status} redirect to ${redirect.location} has no usable Access-Control-Allow-Origin, so the browser stops there.`,
    };
  }
  const sameOrigin = need.origin !== undefined && need.origin === new URL(response.url).origin;
  if (sameOrigin)
    result = {
      ok: true,
      answer: 'It is not another site',
      severity: 'info',
      why: `Your Origin, ${need.origin}, is this address's own origin: pages from the same origin always read its answers, CORS or not.`,
    };
  const evidence: Evidence[] = [
    ...evidenceOf(response.headers, 'access-control-allow-origin'),
    ...evidenceOf(response.headers, 'access-control-allow-credentials'),
  ];
  if (need.origin !== undefined) evidence.unshift({ name: 'Origin (sent)', value: need.origin });
  if (need.cookies)
    evidence.push({ name: 'Cookie (sent)', value: "yes: a page would need credentials: 'include'" });
  if (evidence.length === 0) evidence.push({ name: 'Access-Control-Allow-Origin', value: '(not sent)' });
  const askAgain = need.origin === undefined && !result.ok;
  return {
    id: 'cors/verdict',
    topic,
    severity: result.severity,
    title: `${CORS_QUESTION} ${result.answer}.`,
    explanation: `${result.why} Either way the request itself reaches the server: CORS decides only whether the page's script may read the answer.`,
    ...(askAgain
      ? {
          hint: `A page's fetch() always says where it comes from, in an Origin header, and many servers answer CORS only then. Add Origin: ${EXAMPLE_ORIGIN} and send again to see what this one answers.`,
          tryIt: { label: 'Try again with an Origin', headers: [['Origin', EXAMPLE_ORIGIN]] },
        }
      : {}),
    ...(!result.ok && !askAgain && final.kind !== 'invalid'
      ? {
          hint: `To let pages from ${need.origin ?? 'a site'} read it, the server answers with Access-Control-Allow-Origin: ${need.origin ?? "that site's origin"}${need.cookies ? ' and Access-Control-Allow-Credentials: true' : ' (or * for public data)'}.`,
        }
      : {}),
    evidence,
  };
}

function preflight(need: PreflightNeed, input: DiagnosticsInput): Finding {
  const method = finalRequest(input)!.method;
  const reasons = [
    ...(need.method ? [`the method ${need.method} is not GET, HEAD or POST`] : []),
    ...need.headers.map((header) => `the header ${header.name}: ${header.why}`),
  ];
  const headerNames = need.headers.map((header) => header.name).filter((name) => !name.startsWith('('));
  const asks = [`Access-Control-Allow-Origin naming the page's origin`];
  if (need.method) asks.push(`Access-Control-Allow-Methods listing ${need.method}`);
  if (headerNames.length > 0) asks.push(`Access-Control-Allow-Headers listing ${headerNames.join(', ')}`);
  const origin = need.origin ?? EXAMPLE_ORIGIN;
  return {
    id: 'cors/preflight',
    topic,
    severity: 'info',
    title: 'A page would first ask permission with a preflight (OPTIONS)',
    explanation: `Before sending this request from a page, a browser sends OPTIONS to the same address, because ${reasons.join('; and ')}. Only if the answer to that OPTIONS has ${asks.join(', ')} does the real ${method} go out.`,
    hint: 'Send the preflight yourself to see what the server answers: the same address with OPTIONS, an Origin, and Access-Control-Request-Method.',
    evidence: reasons.map((reason, index) => ({ name: `Reason ${index + 1}`, value: reason })),
    tryIt: {
      label: 'Try the preflight',
      method: 'OPTIONS',
      headers: [
        ['Origin', origin],
        ['Access-Control-Request-Method', method.toUpperCase()],
        ...(headerNames.length > 0
          ? [['Access-Control-Request-Headers', headerNames.join(', ')] as [string, string]]
          : []),
      ],
    },
  };
}

// Headers about the connection or about CORS itself: no page needs to read them.
const NOT_WORTH_EXPOSING =
  /^(access-control-|connection$|keep-alive$|transfer-encoding$|date$|content-security-policy$)/i;

function exposure(input: DiagnosticsInput, need: PreflightNeed): Finding | null {
  const { readable, hidden, never } = exposedHeaders(input.response.headers, need.cookies);
  const worth = hidden.filter((name) => !NOT_WORTH_EXPOSING.test(name));
  if (hidden.length === 0 && never.length === 0) return null;
  const neverWords =
    never.length > 0 ? ` ${never[0]} is never readable by a page's script, CORS or not.` : '';
  return {
    id: 'cors/exposed-headers',
    topic,
    severity: 'info',
    title: `A page's script could read ${readable.length} of the ${readable.length + hidden.length + never.length} response headers`,
    explanation: `Even when a page may read the answer, its script sees only Cache-Control, Content-Language, Content-Length, Content-Type, Expires, Last-Modified and Pragma, plus the headers the server lists in Access-Control-Expose-Headers.${neverWords}`,
    ...(worth.length > 0
      ? {
          hint: `To let pages read more, the server sends Access-Control-Expose-Headers: ${worth.slice(0, 3).join(', ')}${worth.length > 3 ? ', …' : ''}`,
        }
      : {}),
    evidence: [
      ...evidenceOf(input.response.headers, 'access-control-expose-headers'),
      { name: 'Readable', value: readable.join(', ') || '(none)' },
      { name: 'Hidden', value: [...hidden, ...never].join(', ') },
    ],
  };
}

function extras(input: DiagnosticsInput, need: PreflightNeed, allow: AllowOrigin): Finding[] {
  const { headers } = input.response;
  const findings: Finding[] = [];
  if (allow.kind === 'any' && allowsCredentials(headers) && !need.cookies)
    findings.push({
      id: 'cors/wildcard-credentials',
      topic,
      severity: 'info',
      title: 'Access-Control-Allow-Credentials: true has no effect next to *',
      explanation:
        "Browsers never combine * with credentials. A page's fetch() without cookies may read this; the same fetch() with credentials: 'include' (to send cookies) would be refused.",
      hint: "A server that means to allow cookies answers with the page's exact origin instead of *, and Vary: Origin.",
      evidence: [
        ...evidenceOf(headers, 'access-control-allow-origin'),
        ...evidenceOf(headers, 'access-control-allow-credentials'),
      ],
    });
  const vary = listHeader(headers, 'vary').map((name) => name.toLowerCase());
  if (allow.kind === 'origin' && !vary.includes('origin') && !vary.includes('*'))
    findings.push({
      id: 'cors/vary-origin',
      topic,
      severity: 'info',
      title: 'Allows one origin, but does not say Vary: Origin',
      explanation: `If the server picks Access-Control-Allow-Origin from the request's Origin, a cache (the browser's or a CDN's) could hand this answer, made for ${allow.origin}, to a page from another site, which would then be refused.`,
      hint: 'A server that echoes the Origin also sends Vary: Origin.',
      evidence: [...evidenceOf(headers, 'access-control-allow-origin'), ...evidenceOf(headers, 'vary')],
    });
  if (need.forbidden.length > 0)
    findings.push({
      id: 'cors/forbidden-headers',
      topic,
      severity: 'info',
      title: `A page could not set ${need.forbidden.join(', ')} itself`,
      explanation:
        "Browsers own these headers: a page's fetch() cannot set them (they are dropped, or fetch throws). Cookies reach a server from a page only as the browser's own, with credentials: 'include'.",
      evidence: need.forbidden.map((name) => ({ name: `${name} (sent)`, value: 'set in the playground' })),
    });
  return findings;
}

/** Why the playground can do what a page cannot. Said on every response, as it is the surprise. */
function viaProxy(): Finding {
  return {
    id: 'cors/playground',
    topic,
    severity: 'info',
    title: 'The playground itself is never blocked by CORS',
    explanation:
      "CORS is a rule browsers apply to scripts on web pages. Here the proxy on your computer sends the request, like curl or Python's requests would, so it gets every answer whatever the CORS headers say. A page's fetch() would be held to them.",
    evidence: [],
  };
}

/**
 * Could a page on another origin read this answer with fetch(), and why: Access-Control-Allow-
 * Origin (absent, *, one origin, invalid), credentials, the redirects on the way, the preflight a
 * browser would send first and what it must answer, and which headers a script could see. When the
 * request is itself a preflight (OPTIONS with Access-Control-Request-Method), its answer is judged.
 */
export function corsFindings(input: DiagnosticsInput): Finding[] {
  const request = finalRequest(input);
  if (!request) return [];
  const need = preflightNeed(request);
  if (
    request.method.toUpperCase() === 'OPTIONS' &&
    headerValue(
      request.headers.map((h) => [h.name, h.value]),
      'access-control-request-method',
    )
  )
    return [...preflightAnswerFindings(input, request), viaProxy()];
  const allow = readAllowOrigin(input.response.headers);
  const findings = [verdict(input, need)];
  if (needsPreflight(need)) findings.push(preflight(need, input));
  if (allow.kind !== 'absent' && allow.kind !== 'invalid') {
    const exposed = exposure(input, need);
    if (exposed) findings.push(exposed);
  }
  findings.push(...extras(input, need, allow), viaProxy());
  return findings;
}
