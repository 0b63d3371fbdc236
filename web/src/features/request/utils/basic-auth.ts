/**
 * The `Authorization` value Basic auth sends: `Basic ` and base64 of the UTF-8 bytes of
 * `user:password` (RFC 7617), exactly as the proxy computes it.
 *
 * @example basicAuthValue('user', 'passwd') // 'Basic dXNlcjpwYXNzd2Q='
 */
export function basicAuthValue(username: string, password: string): string {
  const bytes = new TextEncoder().encode(`${username}:${password}`);
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return `Basic ${btoa(binary)}`;
}
