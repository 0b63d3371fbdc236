/** One option as curl reads it, with its long name whatever way it was written. */
export interface CurlOption {
  name: string;
  value: string | null;
  /** As the user wrote it, for messages. */
  written: string;
}

/** An option or a plain argument (the URL), in command-line order. */
export type CurlArg = { type: 'option'; option: CurlOption } | { type: 'argument'; value: string };

const SHORT: Record<string, string> = {
  '0': 'http1.0',
  '4': 'ipv4',
  '6': 'ipv6',
  A: 'user-agent',
  b: 'cookie',
  c: 'cookie-jar',
  C: 'continue-at',
  d: 'data',
  D: 'dump-header',
  e: 'referer',
  E: 'cert',
  f: 'fail',
  F: 'form',
  g: 'globoff',
  G: 'get',
  h: 'help',
  H: 'header',
  i: 'include',
  I: 'head',
  j: 'junk-session-cookies',
  J: 'remote-header-name',
  k: 'insecure',
  K: 'config',
  L: 'location',
  m: 'max-time',
  n: 'netrc',
  N: 'no-buffer',
  l: 'list-only',
  o: 'output',
  O: 'remote-name',
  p: 'proxytunnel',
  P: 'ftp-port',
  q: 'disable',
  Q: 'quote',
  R: 'remote-time',
  r: 'range',
  s: 'silent',
  S: 'show-error',
  t: 'telnet-option',
  T: 'upload-file',
  u: 'user',
  U: 'proxy-user',
  v: 'verbose',
  V: 'version',
  w: 'write-out',
  x: 'proxy',
  X: 'request',
  Y: 'speed-limit',
  y: 'speed-time',
  z: 'time-cond',
  Z: 'parallel',
  '#': 'progress-bar',
};

// Options that read the next word as their value; all others are switches. From `curl --help all`,
// the ones people actually paste (an unknown option is taken as a switch and reported).
const TAKES_VALUE = new Set(
  `
  abstract-unix-socket aws-sigv4 cacert capath cert cert-type ciphers config connect-timeout
  connect-to continue-at cookie cookie-jar data data-ascii data-binary data-raw data-urlencode
  dns-servers dump-header expect100-timeout form form-string ftp-port header interface json keepalive-time
  key key-type limit-rate local-port max-filesize max-redirs max-time noproxy oauth2-bearer
  output output-dir pinnedpubkey preproxy proto proto-default proto-redir proxy proxy-header
  proxy-user quote range referer request request-target resolve retry retry-delay retry-max-time
  speed-limit speed-time stderr telnet-option time-cond tls-max trace trace-ascii unix-socket upload-file url
  url-query user user-agent variable write-out
  `
    .trim()
    .split(/\s+/),
);

/** True when curl reads the next word as the value of the option with this long name. */
export function takesValue(name: string): boolean {
  return TAKES_VALUE.has(name);
}

/**
 * Reads curl's command line: `--long value`, `-X POST`, `-XPOST`, bundled switches such as `-sSL`,
 * and `--` ending the options. `problems` collects options missing their value.
 */
export function readCurlArgs(words: readonly string[], problems: string[]): CurlArg[] {
  const args: CurlArg[] = [];
  let optionsEnded = false;
  for (let i = 0; i < words.length; i += 1) {
    const word = words[i]!;
    const next = (written: string): string | null => {
      if (i + 1 < words.length) {
        i += 1;
        return words[i]!;
      }
      problems.push(`${written} needs a value after it; it was left out.`);
      return null;
    };
    if (optionsEnded || !word.startsWith('-') || word === '-') {
      args.push({ type: 'argument', value: word });
    } else if (word === '--') {
      optionsEnded = true;
    } else if (word.startsWith('--')) {
      const name = word.slice(2);
      const value = takesValue(name) ? next(word) : null;
      if (!takesValue(name) || value !== null)
        args.push({ type: 'option', option: { name, value, written: word } });
    } else {
      // A bundle of one-letter options; the first that takes a value eats the rest of the word
      // (`-XPOST`) or, when nothing is left, the next word.
      for (let at = 1; at < word.length; at += 1) {
        const letter = word[at]!;
        const name = SHORT[letter] ?? letter;
        const written = `-${letter}`;
        if (!takesValue(name)) {
          args.push({ type: 'option', option: { name, value: null, written } });
          continue;
        }
        const rest = word.slice(at + 1);
        const value = rest !== '' ? rest : next(written);
        if (value !== null) args.push({ type: 'option', option: { name, value, written } });
        break;
      }
    }
  }
  return args;
}
