/**
 * Saves text as a file through the browser's own download (a Blob behind an object URL): works
 * offline, needs no server round trip, and the URL is revoked once the download has started.
 */
export function downloadText(text: string, fileName: string, type = 'application/json'): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked on the next task: Chromium starts the download from the click, not synchronously.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/** A file name from a collection's name: letters, digits, dashes; never empty. */
export function fileNameFor(name: string, suffix: string): string {
  const base = name
    .normalize('NFKD')
    .replace(/[^\w\s-]/g, '')
    .trim()
    .replace(/\s+/g, '-')
    .slice(0, 60);
  return `${base || 'collection'}${suffix}`;
}
