import { formatSize, IMPORT_LIMITS, type ImportResult, readImportFile } from '@playground/shared';

/**
 * Reads a picked or dropped file for import. Its size is checked before a byte is read, so a huge
 * file is refused at once instead of freezing the page while it loads.
 */
export async function readPickedFile(file: File): Promise<ImportResult> {
  if (file.size > IMPORT_LIMITS.maxBytes) {
    return {
      ok: false,
      problem: `“${file.name}” is ${formatSize(file.size)}; HTTP Playground reads files up to ${formatSize(IMPORT_LIMITS.maxBytes)}. Split the collection into smaller ones and import them one by one.`,
    };
  }
  let text: string;
  try {
    text = await file.text();
  } catch {
    return { ok: false, problem: `“${file.name}” could not be read: the browser refused to open it.` };
  }
  return readImportFile(text, file.name);
}
