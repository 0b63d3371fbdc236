/** Browsers (Chrome, Firefox) refuse a cookie whose name and value together pass this many bytes. */
export const MAX_COOKIE_BYTES = 4096;

const SAMPLE_CHARS = 80;

function sample(text: string): string {
  return text.length > SAMPLE_CHARS ? `${text.slice(0, SAMPLE_CHARS)}…` : text;
}

/**
 * Why the jar refused a `Set-Cookie`, in words a learner can act on, from tough-cookie's message.
 * `host` is the host name that answered; `domain` the Domain the cookie asked for, if any.
 *
 * @example
 * refusalReason(new Error("Cookie not in this host's domain. ..."), { host: '127.0.0.1', domain: 'example.org', header })
 * // 'the server tried to set a cookie for example.org from 127.0.0.1: …'
 */
export function refusalReason(
  error: unknown,
  context: { host: string; domain: string | null; header: string },
): string {
  const message = error instanceof Error ? error.message : String(error);
  if (message.startsWith('Cookie failed to parse')) {
    return `"${sample(context.header)}" is not a cookie: a Set-Cookie header starts with name=value.`;
  }
  if (message.startsWith("Cookie not in this host's domain")) {
    return `the server tried to set a cookie for ${context.domain} from ${context.host}: a site may only set cookies for its own host name or a domain it is part of.`;
  }
  if (message.includes('public suffix')) {
    return `the server tried to set a cookie for all of "${context.domain}", a suffix that unrelated sites share (like com or co.uk), which browsers refuse too.`;
  }
  if (message.startsWith('Cookie is Secure but this is not a secure connection')) {
    return 'the cookie is marked Secure, so it may only travel over https, but it came over plain http (a browser refuses it too, except on localhost).';
  }
  if (message.startsWith('Cookie has __Secure prefix')) {
    return 'a cookie whose name starts with __Secure- must be marked Secure and come over https.';
  }
  if (message.startsWith('Cookie has __Host prefix')) {
    return 'a cookie whose name starts with __Host- must be marked Secure, come over https, have Path=/ and no Domain.';
  }
  return `the cookie jar refused it (${message}).`;
}

/** The refusal for a cookie too large to keep, or null when it fits. */
export function sizeRefusal(name: string, value: string): string | null {
  const bytes = Buffer.byteLength(name, 'latin1') + Buffer.byteLength(value, 'latin1');
  if (bytes <= MAX_COOKIE_BYTES) return null;
  return `its name and value take ${bytes} bytes; browsers refuse cookies over ${MAX_COOKIE_BYTES} bytes, and so does the jar.`;
}
