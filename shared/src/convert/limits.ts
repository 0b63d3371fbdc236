import { refuse } from './problems.ts';

/**
 * How much an import (or a share link, or a published snapshot) may hold. Generous for any real
 * collection, and small enough that a hostile file cannot freeze the page or exhaust memory.
 */
export const IMPORT_LIMITS = {
  /** The largest file read, in bytes (UTF-8), checked before parsing. */
  maxBytes: 20 * 1024 * 1024,
  /** Folders inside folders. */
  maxFolderDepth: 32,
  /** Requests in one file. */
  maxRequests: 10_000,
  /** Raw JSON nesting: far beyond what the folder limit needs, far below what would overflow a stack. */
  maxJsonDepth: 200,
} as const;

/**
 * Sizes as people read them.
 *
 * @example formatSize(832_000) // '813 KB'
 * @example formatSize(26_528_000) // '25.3 MB'
 */
export function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1).replace(/\.0$/, '')} MB`;
}

/** UTF-8 size of a text, counted without copying it. */
export function utf8Size(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff) {
      bytes += 4;
      i += 1;
    } else bytes += 3;
  }
  return bytes;
}

/** Refuses a text larger than the limit, saying both sizes. */
export function checkTextSize(text: string, limit: number = IMPORT_LIMITS.maxBytes): void {
  // Every character is at least one byte, so a long text is refused without counting.
  const size = text.length > limit ? text.length : utf8Size(text);
  if (size > limit) {
    refuse(
      `The file is ${formatSize(size)}; HTTP Playground reads files up to ${formatSize(limit)}. ` +
        'Split the collection into smaller ones and import them one by one.',
    );
  }
}

/**
 * Refuses data nested deeper than the limit, walking with an explicit stack so that the check itself
 * cannot overflow. Everything after this check may recurse safely.
 */
export function checkJsonDepth(value: unknown, limit: number = IMPORT_LIMITS.maxJsonDepth): void {
  const stack: [unknown, number][] = [[value, 1]];
  while (stack.length > 0) {
    const [current, depth] = stack.pop()!;
    if (typeof current !== 'object' || current === null) continue;
    if (depth > limit) {
      refuse(
        `The file nests its data more than ${limit} levels deep; no collection needs that many, so it was not read.`,
      );
    }
    const children = Array.isArray(current) ? current : Object.values(current);
    for (const child of children)
      if (typeof child === 'object' && child !== null) stack.push([child, depth + 1]);
  }
}

/** Counts requests as a converter meets them, and folder depth as it descends. */
export class ImportBudget {
  requests = 0;

  addRequest(): void {
    this.requests += 1;
    if (this.requests > IMPORT_LIMITS.maxRequests) {
      refuse(
        `The file holds more than ${IMPORT_LIMITS.maxRequests.toLocaleString('en-US')} requests; HTTP Playground ` +
          'imports at most that many at a time. Split it into smaller collections.',
      );
    }
  }

  checkDepth(depth: number, where: string): void {
    if (depth > IMPORT_LIMITS.maxFolderDepth) {
      refuse(
        `${where}: folders are nested more than ${IMPORT_LIMITS.maxFolderDepth} levels deep; ` +
          `HTTP Playground keeps at most ${IMPORT_LIMITS.maxFolderDepth} levels.`,
      );
    }
  }
}
