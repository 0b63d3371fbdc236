/** A date as people read it ("12 Mar 2026, 14:05"); the value as it is when it is not a date. */
export function formatDate(value: string | number): string {
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return String(value);
  return date.toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'short' });
}
