/**
 * A random id for a collection, folder or request. `crypto.randomUUID` exists only on secure
 * pages, and a classroom playground may be served over plain HTTP, so this builds one from
 * `getRandomValues`, which every page has.
 */
export function newId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
}
