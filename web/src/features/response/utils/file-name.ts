import { mediaType } from './body-kind.ts';

const EXTENSIONS: Record<string, string> = {
  'application/json': 'json',
  'application/xml': 'xml',
  'text/xml': 'xml',
  'text/html': 'html',
  'text/plain': 'txt',
  'text/css': 'css',
  'text/csv': 'csv',
  'text/javascript': 'js',
  'application/javascript': 'js',
  'application/pdf': 'pdf',
  'application/zip': 'zip',
  'application/gzip': 'gz',
  'image/png': 'png',
  'image/jpeg': 'jpg',
  'image/gif': 'gif',
  'image/webp': 'webp',
  'image/avif': 'avif',
  'image/svg+xml': 'svg',
  'image/x-icon': 'ico',
  'application/octet-stream': 'bin',
};

function extensionFor(contentType: string | null | undefined): string {
  const type = mediaType(contentType);
  if (EXTENSIONS[type]) return EXTENSIONS[type];
  if (type.endsWith('+json')) return 'json';
  if (type.endsWith('+xml')) return 'xml';
  return type.startsWith('text/') ? 'txt' : 'bin';
}

/** The file name a Content-Disposition suggests; RFC 6266's `filename*` wins over `filename`. */
export function dispositionFileName(disposition: string | null | undefined): string | null {
  if (!disposition) return null;
  const extended = /filename\*\s*=\s*([\w-]+)'[^']*'([^;]+)/i.exec(disposition);
  if (extended) {
    try {
      return decodeURIComponent(extended[2]!.trim());
    } catch {
      // A broken percent-encoding: the plain filename below is the next best thing.
    }
  }
  const plain = /filename\s*=\s*(?:"((?:\\.|[^"])*)"|([^;]+))/i.exec(disposition);
  if (!plain) return null;
  return (plain[1]?.replace(/\\(.)/g, '$1') ?? plain[2]!).trim();
}

// A server picks the name, so nothing in it may point outside the download folder or upset a file system.
function sanitize(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? '';
  return (
    base
      // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are exactly what must go.
      .replace(/[\u0000-\u001f<>:"|?*]/g, '_')
      .replace(/^\.+/, '')
      .slice(0, 200)
  );
}

/**
 * A name for "Save to file": Content-Disposition's, else the URL's last path segment, with an
 * extension from the Content-Type when it has none.
 *
 * @example saveFileName(null, 'https://x.test/api/users?page=2', 'application/json') // 'users.json'
 */
export function saveFileName(
  disposition: string | null | undefined,
  url: string,
  contentType: string | null | undefined,
): string {
  const suggested = sanitize(dispositionFileName(disposition) ?? '');
  if (suggested) return suggested;
  let segment = '';
  try {
    segment = decodeURIComponent(new URL(url).pathname.split('/').pop() ?? '');
  } catch {
    segment = '';
  }
  const name = sanitize(segment) || 'response';
  return /\.[a-z0-9]{1,8}$/i.test(name) ? name : `${name}.${extensionFor(contentType)}`;
}
