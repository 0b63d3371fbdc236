/**
 * A small multipart/form-data reader. The platform's `Request.formData()` would do, except that it
 * lower-cases each part's Content-Type, invents `text/plain` for parts without one and throws on
 * slightly malformed bodies, while httpbin echoes the type as sent (data URLs show it) and falls back
 * to application/octet-stream. Learners upload odd things, so this one is lenient like Werkzeug.
 */
export interface MultipartPart {
  name: string;
  /** Present (possibly empty) for file parts, absent for plain fields. */
  filename?: string;
  contentType?: string;
  body: Uint8Array;
}

export function parseMultipart(body: Uint8Array, contentType: string): MultipartPart[] {
  const boundary = /boundary=(?:"([^"]+)"|([^;\s]+))/i.exec(contentType);
  const marker = boundary?.[1] ?? boundary?.[2];
  if (!marker) return [];
  const delimiter = Buffer.from(`--${marker}`);
  const data = Buffer.from(body.buffer, body.byteOffset, body.byteLength);
  const parts: MultipartPart[] = [];

  let start = data.indexOf(delimiter);
  while (start !== -1) {
    let partStart = start + delimiter.length;
    if (data[partStart] === 0x2d && data[partStart + 1] === 0x2d) break; // closing "--"
    partStart = skipLineBreak(data, partStart);
    const next = data.indexOf(delimiter, partStart);
    if (next === -1) break;
    // The CRLF before the next delimiter belongs to the delimiter, not to the content.
    let partEnd = next;
    if (data[partEnd - 1] === 0x0a) partEnd -= data[partEnd - 2] === 0x0d ? 2 : 1;
    const part = readPart(data.subarray(partStart, Math.max(partStart, partEnd)));
    if (part) parts.push(part);
    start = next;
  }
  return parts;
}

function skipLineBreak(data: Buffer, at: number): number {
  if (data[at] === 0x0d && data[at + 1] === 0x0a) return at + 2;
  return data[at] === 0x0a ? at + 1 : at;
}

function readPart(raw: Buffer): MultipartPart | undefined {
  let headerEnd = raw.indexOf('\r\n\r\n');
  let bodyStart = headerEnd + 4;
  if (headerEnd === -1) {
    headerEnd = raw.indexOf('\n\n');
    bodyStart = headerEnd + 2;
  }
  if (headerEnd === -1) return undefined;
  const headers = new Map<string, string>();
  for (const line of raw.subarray(0, headerEnd).toString('utf8').split(/\r?\n/)) {
    const colon = line.indexOf(':');
    if (colon > 0) headers.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim());
  }
  const disposition = headers.get('content-disposition') ?? '';
  const name = dispositionParam(disposition, 'name');
  if (name === undefined) return undefined;
  const filename = dispositionParam(disposition, 'filename');
  const contentType = headers.get('content-type');
  return {
    name,
    body: new Uint8Array(raw.subarray(bodyStart)),
    ...(filename === undefined ? {} : { filename }),
    ...(contentType === undefined ? {} : { contentType }),
  };
}

function dispositionParam(header: string, key: string): string | undefined {
  const match = new RegExp(`(?:^|;)\\s*${key}\\s*=\\s*(?:"((?:[^"\\\\]|\\\\.)*)"|([^;]*))`, 'i').exec(header);
  if (!match) return undefined;
  return match[1] !== undefined ? match[1].replace(/\\(.)/g, '$1') : (match[2] ?? '').trim();
}
