// httpbin reads numbers from paths and queries with Python's int() and float(); a learner's
// " 2", "1_000" or "inf" should mean the same here.

/** Python's int(): surrounding spaces, a sign and digit-separating underscores are fine. */
export function parsePythonInt(text: string): number | undefined {
  const trimmed = text.trim();
  if (!/^[+-]?\d+(_\d+)*$/.test(trimmed)) return undefined;
  return Number(trimmed.replaceAll('_', ''));
}

/** Python's float() for the plain forms a learner types (also inf and nan). */
export function parsePythonFloat(text: string): number | undefined {
  const trimmed = text.trim().toLowerCase();
  if (/^[+-]?(inf|infinity)$/.test(trimmed)) return trimmed.startsWith('-') ? -Infinity : Infinity;
  if (/^[+-]?nan$/.test(trimmed)) return Number.NaN;
  if (!/^[+-]?(\d+(_\d+)*(\.(\d+(_\d+)*)?)?|\.\d+(_\d+)*)(e[+-]?\d+)?$/.test(trimmed)) return undefined;
  return Number(trimmed.replaceAll('_', ''));
}
