import { cachingFindings } from './caching.ts';
import { contentFindings } from './content-type.ts';
import { corsFindings } from './cors.ts';
import { type DiagnosticsInput, type Finding, sortFindings } from './finding.ts';
import { securityFindings } from './security.ts';

/** The most of a body the checks read: enough for any JSON a learner reads, cheap to parse. */
export const DIAGNOSTICS_BODY_LIMIT = 4 * 1024 * 1024;

/**
 * Everything worth knowing about one exchange, in plain words: CORS first (could another site's
 * page read this?), then the body against its Content-Type, security on the wire, and caching.
 * Pure: the same exchange always gives the same findings (but for cache ages, read from Date).
 *
 * @example
 * const findings = diagnose({ hops, response, body: concatChunks(chunks, DIAGNOSTICS_BODY_LIMIT), bodyComplete });
 * findings[0].title // 'Could a page on another site read this with fetch()? Yes, any site can (without cookies).'
 */
export function diagnose(input: DiagnosticsInput): Finding[] {
  return sortFindings([
    ...corsFindings(input),
    ...contentFindings(input),
    ...securityFindings(input),
    ...cachingFindings(input),
  ]);
}
