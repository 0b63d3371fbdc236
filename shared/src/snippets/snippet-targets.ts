/** One language and library the request can be shown in. */
export interface SnippetTarget {
  /** Stable id, kept as the user's choice. */
  id: string;
  /** What the picker shows, e.g. "requests". */
  label: string;
  /** The picker's group, e.g. "Python". */
  group: string;
  /** httpsnippet's target and client that write it. */
  target: string;
  client: string;
  /** Written by us through httpsnippet's client API (the library has no such client). */
  ours?: true;
  /** A comment starts with this in the language, for the notes put above the code. */
  comment: string;
}

const t = (
  id: string,
  group: string,
  label: string,
  target: string,
  client: string,
  comment: string,
  ours?: true,
): SnippetTarget => ({ id, group, label, target, client, comment, ...(ours ? { ours } : {}) });

/**
 * Every language offered, the course's Python libraries first. httpsnippet writes most; httpx,
 * aiohttp and urllib.request (which it lacks) and fetch and Node's http (whose httpsnippet versions
 * lost repeated form fields and file contents, and broke on a quote) are ours, registered as
 * httpsnippet clients. Its axios and XMLHttpRequest clients are not offered: they wrote form
 * fields with `qs` indices (`a%5B0%5D=`) or unescaped quotes.
 */
export const SNIPPET_TARGETS: readonly SnippetTarget[] = [
  t('python-requests', 'Python', 'requests', 'python', 'requests', '#'),
  t('python-httpx', 'Python', 'httpx', 'python', 'httpx', '#', true),
  t('python-httpx-async', 'Python', 'httpx (async)', 'python', 'httpx_async', '#', true),
  t('python-aiohttp', 'Python', 'aiohttp', 'python', 'aiohttp', '#', true),
  t('python-urllib', 'Python', 'urllib.request', 'python', 'urllib', '#', true),
  t('shell-curl', 'Shell', 'curl', 'shell', 'curl', '#'),
  t('shell-httpie', 'Shell', 'HTTPie', 'shell', 'httpie', '#'),
  t('shell-wget', 'Shell', 'Wget', 'shell', 'wget', '#'),
  t('javascript-fetch', 'JavaScript (browser)', 'fetch', 'javascript', 'fetch_playground', '//', true),
  t('node-fetch', 'Node.js', 'fetch', 'node', 'fetch_playground', '//', true),
  t('node-http', 'Node.js', 'http', 'node', 'http_playground', '//', true),
  t('go', 'Go', 'net/http', 'go', 'native', '//'),
  t('php-curl', 'PHP', 'cURL', 'php', 'curl', '//'),
  t('php-guzzle', 'PHP', 'Guzzle', 'php', 'guzzle', '//'),
  t('java-httpclient', 'Java', 'HttpClient', 'java', 'nethttp', '//'),
  t('java-okhttp', 'Java', 'OkHttp', 'java', 'okhttp', '//'),
  t('kotlin-okhttp', 'Kotlin', 'OkHttp', 'kotlin', 'okhttp', '//'),
  t('csharp-httpclient', 'C#', 'HttpClient', 'csharp', 'httpclient', '//'),
  t('csharp-restsharp', 'C#', 'RestSharp', 'csharp', 'restsharp', '//'),
  t('ruby', 'Ruby', 'Net::HTTP', 'ruby', 'native', '#'),
  t('rust-reqwest', 'Rust', 'reqwest', 'rust', 'reqwest', '//'),
  t('swift', 'Swift', 'URLSession', 'swift', 'urlsession', '//'),
  t('powershell', 'PowerShell', 'Invoke-RestMethod', 'powershell', 'restmethod', '#'),
  t('c-libcurl', 'C', 'libcurl', 'c', 'libcurl', '//'),
  t('r-httr', 'R', 'httr', 'r', 'httr', '#'),
];

/** The target with this id, or undefined for an id no longer offered (e.g. a stale saved choice). */
export function snippetTarget(id: string): SnippetTarget | undefined {
  return SNIPPET_TARGETS.find((target) => target.id === id);
}
