/**
 * How much of a body the views hold as text. A 10 MB JSON fits whole; a 100 MB download shows its
 * start (Save to file still writes every byte), so the tab never holds several copies of a huge body.
 */
export const DISPLAY_LIMIT_BYTES = 16 * 1024 * 1024;

/**
 * Past this many characters the Pretty view skips Monaco and shows the formatted text in the plain,
 * windowed view instead. Measured in Chromium: a 650 KB document held the main thread for about a
 * second while Monaco laid it out, a 2 MB one for over two; below this size it stays in the range
 * of Monaco's own first load.
 */
export const EDITOR_LIMIT_CHARS = 256 * 1024;

/** The hex view starts with this many bytes and doubles on "Show more". */
export const HEX_FIRST_BYTES = 64 * 1024;
