/**
 * Copies text to the clipboard. The Clipboard API exists only on secure pages (https, localhost);
 * a class playground served at http://192.168.x.y has none, so the old way (select, copy) stands in.
 */
export async function copyText(text: string, field?: HTMLInputElement | null): Promise<boolean> {
  try {
    if (navigator.clipboard) {
      await navigator.clipboard.writeText(text);
      return true;
    }
  } catch {
    // Refused (no permission, page not focused): fall back below.
  }
  if (!field) return false;
  field.select();
  return document.execCommand('copy');
}
