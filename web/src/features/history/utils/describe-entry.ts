import type { HistoryOutcome } from '@playground/shared';

/** The status line, or what happened instead of one. */
export function outcomeLabel(outcome: HistoryOutcome): string {
  switch (outcome.kind) {
    case 'response':
      return `${outcome.status} ${outcome.statusText}`.trim();
    case 'failed':
      return outcome.title;
    case 'cancelled':
      return 'Cancelled';
  }
}

/** How long ago, coarse as people say it: `just now`, `2 min ago`, `3 h ago`, `5 days ago`. */
export function formatAge(sentAt: number, now: number): string {
  const seconds = Math.max(0, Math.round((now - sentAt) / 1000));
  if (seconds < 45) return 'just now';
  const minutes = Math.round(seconds / 60);
  if (minutes < 60) return `${minutes} min ago`;
  const hours = Math.round(minutes / 60);
  if (hours < 24) return `${hours} h ago`;
  const days = Math.round(hours / 24);
  return days === 1 ? '1 day ago' : `${days} days ago`;
}

/** The URL without this page's own origin, so requests to the practice server read `/httpbin/get`. */
export function displayUrl(url: string, origin: string): string {
  return url.startsWith(`${origin}/`) ? url.slice(origin.length) : url;
}
