import { cookieFindings } from './cookies.ts';
import { type DiagnosticsInput, evidenceOf, type Finding, headerValue } from './finding.ts';
import { isLoopbackHost } from './loopback.ts';

const topic = 'security';

function urlsOnTheWay(input: DiagnosticsInput): URL[] {
  const urls = input.hops.flatMap((hop) => (hop.request ? [hop.request.url] : []));
  if (urls.at(-1) !== input.response.url) urls.push(input.response.url);
  return urls.flatMap((url) => {
    try {
      return [new URL(url)];
    } catch {
      return [];
    }
  });
}

function plainHttp(input: DiagnosticsInput): Finding | null {
  const urls = urlsOnTheWay(input);
  const plain = urls.filter((url) => url.protocol === 'http:');
  if (plain.length === 0) return null;
  const final = urls.at(-1)!;
  const evidence = plain.map((url, index) => ({
    name: index === 0 ? 'Sent over http' : 'Also over http',
    value: url.href,
  }));
  if (final.protocol === 'https:')
    return {
      id: 'security/http-before-https',
      topic,
      severity: plain.every((url) => isLoopbackHost(url.hostname)) ? 'info' : 'warning',
      title: 'The first request went over plain http, before the redirect to https',
      explanation:
        'The redirect to https came back over an unencrypted connection, and the first request (its address, headers and any cookies) traveled unencrypted too: anyone on the network could read or change it.',
      hint: 'Type https:// yourself. Servers protect returning visitors with Strict-Transport-Security, which makes browsers go straight to https.',
      evidence,
    };
  if (plain.every((url) => isLoopbackHost(url.hostname)))
    return {
      id: 'security/plain-http-local',
      topic,
      severity: 'info',
      title: 'Plain http, on your own computer: fine for learning',
      explanation: `${final.hostname} is this computer, so nothing crossed a network. For any other server, use https://: with plain http, anyone on the way (the café's Wi-Fi, a provider) can read and change the request and the answer.`,
      evidence,
    };
  return {
    id: 'security/plain-http',
    topic,
    severity: 'warning',
    title: 'Sent over plain http, not https',
    explanation:
      'Nothing here was encrypted: anyone on the network path (a shared Wi-Fi, a provider) could read the request and the answer, passwords and cookies included, and change them on the way. The course says it too: default to HTTPS.',
    hint: `Try https://${final.host}${final.pathname}${final.search}; most servers answer on both.`,
    evidence,
  };
}

function downgrades(input: DiagnosticsInput): Finding[] {
  return input.hops.flatMap((hop) => {
    const from = hop.request?.url;
    const to = hop.redirect?.nextUrl;
    if (!from || !to || !from.startsWith('https:') || !to.startsWith('http:')) return [];
    const local = isLoopbackHost(new URL(to).hostname);
    return [
      {
        id: `security/downgrade:${hop.redirect!.hop}`,
        topic,
        severity: local ? 'warning' : 'problem',
        title: 'A redirect took the request from https down to plain http',
        explanation: `The ${hop.redirect!.status} answer from ${new URL(from).host} sent the request on to an http:// address, so the next request, and any cookies not marked Secure, traveled unencrypted. Browsers warn about this; some clients refuse it.`,
        hint: 'The server should redirect to an https:// address.',
        evidence: [
          { name: 'From', value: from },
          { name: 'Location', value: hop.redirect!.location },
          { name: 'To', value: to },
        ],
      } satisfies Finding,
    ];
  });
}

function hsts(input: DiagnosticsInput): Finding | null {
  const url = new URL(input.response.url);
  const sts = headerValue(input.response.headers, 'strict-transport-security');
  if (url.protocol === 'https:' && sts === undefined && !isLoopbackHost(url.hostname))
    return {
      id: 'security/no-hsts',
      topic,
      severity: 'info',
      title: 'No Strict-Transport-Security',
      explanation:
        'This answer came over https, but does not tell browsers to always use https for this site. Someone who later types the address without https:// makes a first request over plain http, which an attacker on the network could answer instead of the site.',
      hint: 'Sites served only over https send Strict-Transport-Security: max-age=31536000 (one year).',
      evidence: [{ name: 'Strict-Transport-Security', value: '(not sent)' }],
    };
  if (url.protocol === 'http:' && sts !== undefined)
    return {
      id: 'security/hsts-over-http',
      topic,
      severity: 'info',
      title: 'Strict-Transport-Security over http is ignored',
      explanation:
        'Browsers take this header only from an https answer: over http anyone could have added or removed it.',
      evidence: evidenceOf(input.response.headers, 'strict-transport-security'),
    };
  return null;
}

/**
 * Is the exchange protected on the wire? Plain http (a warning, but only a note on this computer,
 * where it is fine for learning), a redirect from https down to http, Strict-Transport-Security,
 * and the flags of every cookie set on the way.
 */
export function securityFindings(input: DiagnosticsInput): Finding[] {
  const findings: Finding[] = [];
  const plain = plainHttp(input);
  if (plain) findings.push(plain);
  findings.push(...downgrades(input));
  const strict = hsts(input);
  if (strict) findings.push(strict);
  findings.push(...cookieFindings(input));
  return findings;
}
