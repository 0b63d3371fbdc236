import { ApiErrorBody, BlobReceipt } from '@playground/shared';
import { proxyFetch } from '@/lib/proxy-fetch.ts';
import { ProxyRequestError } from '@/lib/proxy-request-error.ts';

/** A file picked once is uploaded once, however often the request is sent. */
const receipts = new WeakMap<File, Promise<BlobReceipt>>();

async function put(file: File): Promise<BlobReceipt> {
  const response = await proxyFetch('/api/blobs', {
    method: 'PUT',
    headers: { 'Content-Type': 'application/octet-stream' },
    body: file,
  });
  const json: unknown = await response.json();
  if (!response.ok) {
    const parsed = ApiErrorBody.safeParse(json);
    throw new ProxyRequestError(
      parsed.success
        ? parsed.data.error
        : {
            kind: 'internal',
            title: 'Upload failed',
            message: `The proxy refused the file "${file.name}".`,
            hint: 'Try again.',
          },
    );
  }
  return BlobReceipt.parse(json);
}

/** Uploads a file for a request body to the proxy (streamed to its disk) and returns its id. */
export function uploadFile(file: File): Promise<BlobReceipt> {
  let receipt = receipts.get(file);
  if (!receipt) {
    receipt = put(file);
    // A failed upload is tried again next time.
    receipt.catch(() => receipts.delete(file));
    receipts.set(file, receipt);
  }
  return receipt;
}
