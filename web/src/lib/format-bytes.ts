const UNITS = ['B', 'KB', 'MB', 'GB', 'TB'] as const;

/**
 * A byte count for people: binary multiples, one decimal below 100, e.g. `1.2 KB`, `340 B`, `95.4 MB`.
 */
export function formatBytes(bytes: number): string {
  if (!Number.isFinite(bytes) || bytes < 1024) return `${Math.max(0, Math.round(bytes))} B`;
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < UNITS.length - 1) {
    value /= 1024;
    unit += 1;
  }
  const shown = value >= 100 ? String(Math.round(value)) : value.toFixed(1).replace(/\.0$/, '');
  return `${shown} ${UNITS[unit]}`;
}

/** Decoded size, plus the size on the wire when the server compressed: `1.2 KB (340 B gzip)`. */
export function formatBodySize(bodyBytes: number, wireBytes: number | null, encoding: string | null): string {
  const decoded = formatBytes(bodyBytes);
  if (!encoding || wireBytes === null || wireBytes === bodyBytes) return decoded;
  return `${decoded} (${formatBytes(wireBytes)} ${encoding})`;
}
