import type { IncomingMessage } from 'node:http';
import type { Readable } from 'node:stream';
import { contentCodings, decodeBody } from './decode-body.ts';
import { EngineFailure, fail } from './errors.ts';

/** How much of a body to pass on, and what to do past that. */
export interface BodyLimit {
  maxBytes: number;
  /** Cut the body there and stop reading (true), or fail with `response-too-large` (false). */
  truncate: boolean;
}

/** A response body being read: decoded for display, counted on the wire and after decoding. */
export interface OpenBody {
  /** The codings decoded for display (e.g. `gzip`), or null when the bytes pass as they are. */
  contentEncoding: string | null;
  wireBytes(): number;
  bodyBytes(): number;
  /** Whether `read` stopped at the limit, leaving the rest of the body unread. */
  truncated(): boolean;
  /** Yields decoded chunks as they arrive; failures become learner-facing `EngineFailure`s. */
  read(limit: BodyLimit, aborted: () => boolean): AsyncGenerator<Buffer>;
}

function isDecodeError(error: NodeJS.ErrnoException): boolean {
  return (
    (error.code ?? '').startsWith('Z_') || /decompress|header check|incorrect|invalid/i.test(error.message)
  );
}

export function openBody(response: IncomingMessage, where: string): OpenBody {
  const codings = contentCodings(response.headers['content-encoding']);
  const announced = response.headers['content-length'];
  let wire = 0;
  let decodedBytes = 0;
  let truncated = false;
  response.on('data', (chunk: Buffer) => {
    wire += chunk.length;
  });
  const { stream, decoded } = decodeBody(response, codings);

  async function* read({ maxBytes, truncate }: BodyLimit, aborted: () => boolean): AsyncGenerator<Buffer> {
    try {
      for await (const chunk of stream as Readable) {
        const room = maxBytes - decodedBytes;
        if ((chunk as Buffer).length > room && truncate) {
          // An endless or huge body ends here: what fits is passed on, the connection is cut.
          truncated = true;
          if (room > 0) {
            decodedBytes += room;
            yield (chunk as Buffer).subarray(0, room);
          }
          response.destroy();
          return;
        }
        decodedBytes += (chunk as Buffer).length;
        if (decodedBytes > maxBytes) {
          throw fail(
            'response-too-large',
            'Response too large',
            `The response body is larger than the ${maxBytes} bytes this playground passes on.`,
            'Ask for less data (e.g. a smaller page or range), or run the playground with a higher PLAYGROUND_MAX_RESPONSE_BYTES.',
          );
        }
        yield chunk as Buffer;
      }
    } catch (err) {
      if (err instanceof EngineFailure || aborted()) throw err;
      const error = err as NodeJS.ErrnoException;
      if (error.code === 'ECONNRESET' || error.message === 'aborted') {
        const expected = announced ? ` of the ${announced} bytes announced` : '';
        throw fail(
          'connection-reset',
          'Response cut off',
          `${where} closed the connection after ${wire} bytes of the body${expected}; the response is incomplete.`,
          'The server may have crashed or stopped mid-way. Try again, and check the server if it keeps happening.',
          { code: 'ECONNRESET' },
        );
      }
      if (decoded && isDecodeError(error)) {
        throw fail(
          'body-decode',
          'Could not decode the body',
          `${where} said the body was compressed with ${codings.join(', ')}, but it could not be decompressed (${error.message}).`,
          'The server sends a wrong Content-Encoding header. Send "Accept-Encoding: identity" to ask for an uncompressed body.',
          { code: error.code },
        );
      }
      throw err;
    }
  }

  return {
    contentEncoding: decoded ? codings.join(', ') : null,
    wireBytes: () => wire,
    bodyBytes: () => decodedBytes,
    truncated: () => truncated,
    read,
  };
}
