import type { HeaderPair } from '@playground/shared';

/** The first value of a header, matched case-insensitively as HTTP names are; null when absent. */
export function headerValue(headers: readonly HeaderPair[], name: string): string | null {
  const lower = name.toLowerCase();
  return headers.find(([key]) => key.toLowerCase() === lower)?.[1] ?? null;
}
