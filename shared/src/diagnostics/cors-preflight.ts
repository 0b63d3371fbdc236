import type { RequestSentEvent } from '../schemas/proxy-event.ts';
import { allowsCredentials, listHeader, readAllowOrigin } from './cors-response.ts';
import { type DiagnosticsInput, evidenceOf, type Finding, headerValue } from './finding.ts';

const SAFELISTED_METHODS = new Set(['GET', 'HEAD', 'POST']);
// Chromium keeps a preflight answer at most two hours, and 5 seconds when the server says nothing.
const CHROMIUM_MAX_AGE = 7200;

/** Each check a browser makes on a preflight's answer, in its order: the first failure decides. */
function checks(
  input: DiagnosticsInput,
  method: string,
  requested: string[],
  origin: string | undefined,
): string[] {
  const { headers, status } = input.response;
  const failures: string[] = [];
  if (status < 200 || status > 299)
    failures.push(`the answer is ${status}, and a preflight must get a success (2xx) answer`);
  const allow = readAllowOrigin(headers);
  if (allow.kind === 'absent') failures.push('the answer has no Access-Control-Allow-Origin');
  else if (allow.kind === 'invalid') failures.push(`Access-Control-Allow-Origin ${allow.why}`);
  else if (allow.kind === 'origin' && origin !== undefined && allow.origin !== origin)
    failures.push(`Access-Control-Allow-Origin is ${allow.origin}, not your Origin ${origin}`);
  else if (allow.kind === 'null' && origin !== 'null') failures.push('Access-Control-Allow-Origin is null');
  const methods = listHeader(headers, 'access-control-allow-methods');
  if (!SAFELISTED_METHODS.has(method) && !methods.includes(method) && !methods.includes('*')) {
    const caseOnly = methods.some((other) => other.toUpperCase() === method);
    failures.push(
      caseOnly
        ? `Access-Control-Allow-Methods lists ${method} in other letters, and methods are compared exactly`
        : `Access-Control-Allow-Methods does not list ${method}`,
    );
  }
  const allowed = new Set(
    listHeader(headers, 'access-control-allow-headers').map((name) => name.toLowerCase()),
  );
  const missing = requested.filter(
    (name) => !allowed.has(name) && !(allowed.has('*') && name !== 'authorization'),
  );
  if (missing.length > 0)
    failures.push(
      `Access-Control-Allow-Headers does not list ${missing.join(', ')}${missing.includes('authorization') && allowed.has('*') ? ' (* never covers Authorization)' : ''}`,
    );
  return failures;
}

function maxAgeWords(value: string | undefined): string {
  if (value === undefined)
    return 'It says no Access-Control-Max-Age, so the browser asks again after 5 seconds.';
  const seconds = Number(value);
  if (!Number.isInteger(seconds) || seconds < 0)
    return `Access-Control-Max-Age "${value}" is not a number of seconds.`;
  const kept = Math.min(seconds, CHROMIUM_MAX_AGE);
  return `The browser remembers this answer for ${kept} seconds${seconds > CHROMIUM_MAX_AGE ? ' (Chromium keeps it two hours at most)' : ''} and does not ask again for the same request meanwhile.`;
}

/**
 * The request is a preflight (OPTIONS with Access-Control-Request-Method): would a browser go on
 * and send the real request after this answer? Checked as browsers do: a 2xx, the origin, the
 * method, every requested header, and how long the answer is remembered.
 */
export function preflightAnswerFindings(input: DiagnosticsInput, request: RequestSentEvent): Finding[] {
  const sent = request.headers.map((header): [string, string] => [header.name, header.value]);
  const method = headerValue(sent, 'access-control-request-method')!.trim().toUpperCase();
  const requested = (headerValue(sent, 'access-control-request-headers') ?? '')
    .split(',')
    .map((name) => name.trim().toLowerCase())
    .filter(Boolean);
  const origin = headerValue(sent, 'origin');
  const failures = checks(input, method, requested, origin);
  const { headers } = input.response;
  const evidence = [
    ...(origin === undefined ? [] : [{ name: 'Origin (sent)', value: origin }]),
    { name: 'Access-Control-Request-Method (sent)', value: method },
    ...(requested.length > 0
      ? [{ name: 'Access-Control-Request-Headers (sent)', value: requested.join(', ') }]
      : []),
    ...[
      'access-control-allow-origin',
      'access-control-allow-methods',
      'access-control-allow-headers',
      'access-control-allow-credentials',
      'access-control-max-age',
    ].flatMap((name) => evidenceOf(headers, name)),
  ];
  const credentials = allowsCredentials(headers)
    ? ' It also allows credentials, so the real request may carry cookies.'
    : ' It does not allow credentials (Access-Control-Allow-Credentials: true), so the real request must go without cookies.';
  const ok = failures.length === 0;
  return [
    {
      id: 'cors/preflight-answer',
      topic: 'cors',
      severity: ok ? 'info' : 'warning',
      title: `This is a preflight. Would the browser go on with the ${method}? ${ok ? 'Yes' : 'No'}.`,
      explanation: ok
        ? `The answer allows ${origin ?? 'the page'} to send ${method}${requested.length > 0 ? ` with ${requested.join(', ')}` : ''}.${credentials} ${maxAgeWords(headerValue(headers, 'access-control-max-age'))}`
        : `The browser would stop here, and never send the real ${method}, because ${failures.join('; and ')}.`,
      ...(ok || origin !== undefined
        ? {}
        : { hint: 'A browser always sends an Origin with a preflight: add one, as a page would.' }),
      evidence,
    },
  ];
}
