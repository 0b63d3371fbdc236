import parseShell from 'shell-quote/parse';

/** The words of a command line as a POSIX shell would pass them to the program, plus what was left out. */
export interface ShellWords {
  words: string[];
  /** What a shell would not have passed to the program (a pipe, a redirect...), in plain words. */
  notes: string[];
}

// Variables are kept as written: the playground has no environment to expand them from, and the
// user can see and edit `$TOKEN` where it landed.
const keepVariable = (name: string) => `$${name}`;

/**
 * Splits a command line into words with shell-quote: single and double quotes, backslash escapes,
 * bash's `$'…'` strings, and line continuations (`\` at the end of a line). The command ends at the
 * first control operator (`|`, `;`, `&&`, `>`…), as it would in a shell.
 *
 * @example shellWords(`curl -H 'A: b' \\\n  https://x.test`).words // ['curl', '-H', 'A: b', 'https://x.test']
 */
export function shellWords(command: string): ShellWords {
  // shell-quote reads `\` + newline as an empty word; a shell removes both characters.
  const joined = command.replace(/\\\r?\n/g, '');
  const words: string[] = [];
  const notes: string[] = [];
  for (const entry of parseShell(joined, keepVariable)) {
    if (typeof entry === 'string') {
      // A lone space is what a line continuation leaves once the line breaks are lost (pasted
      // into a one-line box): `\ ` then the next line's indentation.
      if (entry !== ' ') words.push(entry);
      continue;
    }
    if ('comment' in entry) break;
    if (entry.op === 'glob') {
      // `?` and `*` in an unquoted URL: a shell would try to match files, curl gets the text.
      words.push(entry.pattern);
      continue;
    }
    // `2>&1` leaves its file descriptor as a word of its own.
    if (/^[0-9]$/.test(words.at(-1) ?? '') && entry.op.includes('>')) words.pop();
    notes.push(
      entry.op === '&'
        ? 'The command ended at an unquoted "&", as it would in a shell: put the URL in quotes to keep what follows.'
        : `Everything from "${entry.op}" on was left out: it is for the shell, not for curl.`,
    );
    break;
  }
  return { words, notes };
}
