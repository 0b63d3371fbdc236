/** `HTTP/1.1` whether the proxy reported `1.1` (Node's form) or `HTTP/1.1` (the wire's form). */
export function wireVersion(version: string): string {
  return /^HTTP\//i.test(version) ? version : `HTTP/${version}`;
}
