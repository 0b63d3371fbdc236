import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseWire, type WireMessage } from './parse-wire.ts';

const bytes = (text: string) => Uint8Array.from(text, (c) => c.charCodeAt(0));

/** Each part as `kind=text`, so a test reads like the message it checks. */
function labelled(message: WireMessage | undefined, text: string): string[] {
  return (message?.parts ?? []).map((p) => `${p.kind}=${text.slice(p.start, p.end)}`);
}

describe('parseWire: a request as sent', () => {
  it('names each part of the start line, the headers, the empty line', () => {
    const text = 'GET /get?a=1 HTTP/1.1\r\nHost: 127.0.0.1:8787\r\nAccept: */*\r\n\r\n';
    const [request, ...rest] = parseWire(bytes(text), { direction: 'sent' });
    expect(rest).toEqual([]);
    expect(labelled(request, text)).toEqual([
      'method=GET',
      'space= ',
      'request-target=/get?a=1',
      'space= ',
      'http-version=HTTP/1.1',
      'line-end=\r\n',
      'field-name=Host',
      'separator=: ',
      'field-value=127.0.0.1:8787',
      'line-end=\r\n',
      'field-name=Accept',
      'separator=: ',
      'field-value=*/*',
      'line-end=\r\n',
      'empty-line=\r\n',
    ]);
    expect(request).toMatchObject({
      kind: 'request',
      framing: 'none',
      complete: true,
      headers: [
        ['Host', '127.0.0.1:8787'],
        ['Accept', '*/*'],
      ],
    });
    expect(request?.parts.map((p) => p.section)).toContain('empty-line');
  });

  it('shows a multipart body: boundaries, part headers, contents, closing boundary', () => {
    const text =
      'POST /post HTTP/1.1\r\nContent-Type: multipart/form-data; boundary=XyZ\r\nContent-Length: 138\r\n\r\n' +
      '--XyZ\r\nContent-Disposition: form-data; name="a"\r\n\r\none\r\n' +
      '--XyZ\r\nContent-Disposition: form-data; name="f"; filename="x.bin"\r\n\r\n\u0000\u0001\r\n--XyZ--\r\n';
    const body = text.slice(text.indexOf('\r\n\r\n') + 4);
    expect(body.length).toBe(138);
    const [request] = parseWire(bytes(text), { direction: 'sent' });
    const bodyParts = labelled(request, text).slice(labelled(request, text).indexOf('empty-line=\r\n') + 1);
    expect(bodyParts).toEqual([
      'boundary=--XyZ',
      'line-end=\r\n',
      'part-field-name=Content-Disposition',
      'separator=: ',
      'part-field-value=form-data; name="a"',
      'line-end=\r\n',
      'part-empty-line=\r\n',
      'part-body=one',
      'line-end=\r\n',
      'boundary=--XyZ',
      'line-end=\r\n',
      'part-field-name=Content-Disposition',
      'separator=: ',
      'part-field-value=form-data; name="f"; filename="x.bin"',
      'line-end=\r\n',
      'part-empty-line=\r\n',
      'part-body=\u0000\u0001',
      'line-end=\r\n',
      'closing-boundary=--XyZ--',
      'line-end=\r\n',
    ]);
    expect(request).toMatchObject({ framing: 'content-length', complete: true });
  });

  it('shows the chunk-size lines of a chunked upload', () => {
    const text = 'PUT /put HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n0\r\n\r\n';
    const [request] = parseWire(bytes(text), { direction: 'sent' });
    expect(labelled(request, text).slice(-7)).toEqual([
      'chunk-size=5',
      'line-end=\r\n',
      'chunk-data=hello',
      'line-end=\r\n',
      'last-chunk=0',
      'line-end=\r\n',
      'chunked-end=\r\n',
    ]);
  });
});

describe('parseWire: a response as received', () => {
  it('reads the status line and a Content-Length body', () => {
    const text = 'HTTP/1.1 404 Not Found\r\ncontent-length: 5\r\n\r\nnope!';
    const [response] = parseWire(bytes(text), { direction: 'received' });
    expect(labelled(response, text).slice(0, 6)).toEqual([
      'http-version=HTTP/1.1',
      'space= ',
      'status-code=404',
      'space= ',
      'reason-phrase=Not Found',
      'line-end=\r\n',
    ]);
    expect(labelled(response, text).at(-1)).toBe('body=nope!');
    expect(response).toMatchObject({ status: 404, framing: 'content-length', complete: true });
  });

  it('tells chunk sizes in hexadecimal, the last chunk and trailer fields', () => {
    const data = 'x'.repeat(26);
    const text = `HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n1a;note=1\r\n${data}\r\n0\r\nServer-Timing: db;dur=3\r\n\r\n`;
    const [response] = parseWire(bytes(text), { direction: 'received' });
    const size = response?.parts.find((p) => p.kind === 'chunk-size');
    expect(size?.detail).toBe('0x1a = 26 bytes of data follow');
    expect(labelled(response, text).slice(-12)).toEqual([
      'chunk-size=1a',
      'chunk-extension=;note=1',
      'line-end=\r\n',
      `chunk-data=${data}`,
      'line-end=\r\n',
      'last-chunk=0',
      'line-end=\r\n',
      'trailer-field-name=Server-Timing',
      'separator=: ',
      'trailer-field-value=db;dur=3',
      'line-end=\r\n',
      'chunked-end=\r\n',
    ]);
    expect(response).toMatchObject({ framing: 'chunked', complete: true });
  });

  it('marks a message cut off by the end of the capture as incomplete', () => {
    const text = 'HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\nonly part';
    const [response] = parseWire(bytes(text), { direction: 'received' });
    expect(response?.complete).toBe(false);
    expect(labelled(response, text).at(-1)).toBe('body=only part');
    const chunked = 'HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n10\r\nshort';
    expect(parseWire(bytes(chunked), { direction: 'received' })[0]?.complete).toBe(false);
  });

  it('knows which answers have no body, whatever their headers say', () => {
    const head = 'HTTP/1.1 200 OK\r\nContent-Length: 12\r\n\r\n';
    const [toHead] = parseWire(bytes(head), { direction: 'received', requestMethod: 'HEAD' });
    expect(toHead).toMatchObject({ framing: 'none', complete: true });
    const notModified = 'HTTP/1.1 304 Not Modified\r\nETag: "a"\r\n\r\n';
    expect(parseWire(bytes(notModified), { direction: 'received' })[0]?.framing).toBe('none');
  });

  it('reads until the connection closed when nothing announces the length', () => {
    const text = 'HTTP/1.0 200 OK\r\nContent-Type: text/plain\r\n\r\nall of it';
    const [response] = parseWire(bytes(text), { direction: 'received' });
    expect(response?.framing).toBe('until-close');
    expect(labelled(response, text).at(-1)).toBe('body=all of it');
  });

  it('reads interim 1xx answers, then the final one', () => {
    const text = 'HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 201 Created\r\nContent-Length: 2\r\n\r\nok';
    const messages = parseWire(bytes(text), { direction: 'received' });
    expect(messages.map((m) => m.status)).toEqual([100, 201]);
    expect(labelled(messages[1], text).at(-1)).toBe('body=ok');
  });

  it('labels what follows a protocol switch, and bytes after the end of a message', () => {
    const upgrade = 'HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\n\r\n\u0081\u0002hi';
    const [switched] = parseWire(bytes(upgrade), { direction: 'received' });
    expect(switched?.parts.at(-1)).toMatchObject({ kind: 'switched-protocol', section: 'after' });
    const junk = 'HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nokJUNK';
    expect(labelled(parseWire(bytes(junk), { direction: 'received' })[0], junk).at(-1)).toBe('extra=JUNK');
  });

  it('labels lines that break the syntax instead of failing', () => {
    const text = 'HTTP/1.1 200 OK\r\nno colon here\r\nX-Ok: yes\n\r\n';
    const [response] = parseWire(bytes(text), { direction: 'received' });
    expect(response?.parts.find((p) => p.kind === 'unparsed')).toMatchObject({
      detail: 'a header line needs a name and a colon',
    });
    expect(response?.headers).toEqual([['X-Ok', 'yes']]);
    const bare = response?.parts.filter((p) => p.kind === 'line-end' && p.end - p.start === 1);
    expect(bare?.[0]?.detail).toBe('a bare LF: HTTP asks for CR LF');
    expect(parseWire(bytes('garbage'), { direction: 'received' })[0]?.parts[0]?.kind).toBe('unparsed');
  });

  it('returns nothing for no bytes', () => {
    expect(parseWire(new Uint8Array(0), { direction: 'received' })).toEqual([]);
  });
});

describe('parseWire on any bytes', () => {
  const http = fc.constantFrom(
    'GET / HTTP/1.1\r\n',
    'HTTP/1.1 200 OK\r\n',
    'Content-Length: 3\r\n',
    'Transfer-Encoding: chunked\r\n',
    'Content-Type: multipart/form-data; boundary=b\r\n',
    '\r\n',
    '--b\r\n',
    '--b--\r\n',
    '5\r\nhello\r\n',
    '0\r\n',
    ':',
    '\n',
    ' ',
  );
  const input = fc.oneof(
    fc.uint8Array({ maxLength: 300 }),
    fc.array(fc.oneof(http, fc.string({ maxLength: 8 })), { maxLength: 20 }).map((p) => bytes(p.join(''))),
  );

  it('never throws, and its parts cover every byte once, in order', () => {
    fc.assert(
      fc.property(
        input,
        fc.constantFrom('sent', 'received') as fc.Arbitrary<'sent' | 'received'>,
        (data, direction) => {
          let at = 0;
          for (const message of parseWire(data, { direction })) {
            for (const part of message.parts) {
              expect(part.start).toBe(at);
              expect(part.end).toBeGreaterThan(part.start);
              at = part.end;
            }
          }
          expect(at).toBe(data.length);
        },
      ),
    );
  });
});
