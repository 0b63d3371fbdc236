/** Request headers a learner reaches for most, offered as the name column is typed. */
export const COMMON_HEADER_NAMES = [
  'Accept',
  'Accept-Encoding',
  'Accept-Language',
  'Authorization',
  'Cache-Control',
  'Connection',
  'Content-Type',
  'Cookie',
  'DNT',
  'If-Match',
  'If-Modified-Since',
  'If-None-Match',
  'Origin',
  'Pragma',
  'Range',
  'Referer',
  'User-Agent',
  'X-Api-Key',
  'X-Forwarded-For',
  'X-Request-Id',
  'X-Requested-With',
] as const;

const MEDIA_TYPES = [
  'application/json',
  'application/x-www-form-urlencoded',
  'multipart/form-data',
  'text/plain; charset=utf-8',
  'text/html',
  'application/xml',
  'text/csv',
  'application/octet-stream',
];

const VALUES: Record<string, readonly string[]> = {
  accept: ['*/*', 'application/json', 'text/html', 'application/xml', 'text/plain', 'image/*'],
  'accept-encoding': ['gzip, deflate, br', 'gzip', 'identity'],
  'accept-language': ['en-US,en;q=0.9', 'fr-FR,fr;q=0.9', 'de-DE,de;q=0.9', 'ru-RU,ru;q=0.9'],
  authorization: ['Basic ', 'Bearer '],
  'cache-control': ['no-cache', 'no-store', 'max-age=0'],
  connection: ['keep-alive', 'close'],
  'content-type': MEDIA_TYPES,
  dnt: ['1'],
  pragma: ['no-cache'],
  range: ['bytes=0-99', 'bytes=100-'],
  'user-agent': ['Mozilla/5.0', 'curl/8.0', 'python-requests/2.32'],
  'x-requested-with': ['XMLHttpRequest'],
};

/** Header names (lower case) with values to suggest. */
export const HEADERS_WITH_VALUES = Object.keys(VALUES);

/** Common values for a header, by name (any case); empty when there are none to offer. */
export function headerValueSuggestions(name: string): readonly string[] {
  return VALUES[name.trim().toLowerCase()] ?? [];
}

/** Content-Types offered for a plain-text body. */
export const TEXT_CONTENT_TYPES = [
  'text/plain; charset=utf-8',
  'text/csv',
  'application/javascript',
  'application/x-www-form-urlencoded',
  'application/yaml',
];
