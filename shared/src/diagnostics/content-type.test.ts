import { describe, expect, it } from 'vitest';
import { contentFindings } from './content-type.ts';
import { testExchange } from './test-exchange.ts';

const ids = (findings: { id: string }[]) => findings.map((finding) => finding.id);
const PNG = new Uint8Array([
  0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52,
]);

describe('contentFindings: the label against the body', () => {
  it('flags the course\'s Flask view: "Hello" served as text/html', () => {
    const findings = contentFindings(
      testExchange({ headers: [['Content-Type', 'text/html; charset=utf-8']], body: 'Hello' }),
    );
    expect(ids(findings)).toEqual(['content-type/text-labelled-html']);
    expect(findings[0]).toMatchObject({ severity: 'warning', title: 'Plain text served as text/html' });
    expect(findings[0]!.evidence).toContainEqual({ name: 'Body starts with', value: 'Hello' });
  });

  it('leaves real HTML, JSON and text alone when labelled right', () => {
    const right = [
      ['text/html; charset=utf-8', '<p>Hello</p>'],
      ['application/json', '{"a": 1}'],
      ['application/problem+json', '{"title": "Not found"}'],
      ['text/plain; charset=utf-8', 'Hello'],
    ];
    for (const [type, body] of right)
      expect(contentFindings(testExchange({ headers: [['Content-Type', type!]], body }))).toEqual([]);
  });

  it('flags JSON labelled text/html or text/plain', () => {
    const asHtml = contentFindings(
      testExchange({ headers: [['Content-Type', 'text/html; charset=utf-8']], body: '{"a": 1}' }),
    );
    expect(ids(asHtml)).toEqual(['content-type/json-labelled-html']);
    expect(asHtml[0]!.explanation).toMatch(/cross-site scripting/);
    const asText = contentFindings(
      testExchange({ headers: [['Content-Type', 'text/plain; charset=utf-8']], body: '[1, 2]' }),
    );
    expect(ids(asText)).toEqual(['content-type/json-labelled-text']);
  });

  it('flags an HTML error page labelled JSON as a problem, without a second JSON finding', () => {
    const findings = contentFindings(
      testExchange({
        headers: [['Content-Type', 'application/json']],
        body: '<!doctype html><title>502</title>',
      }),
    );
    expect(ids(findings)).toEqual(['content-type/html-labelled-json']);
    expect(findings[0]!.severity).toBe('problem');
  });

  it('flags binary bytes labelled as text, naming what they look like', () => {
    const findings = contentFindings(testExchange({ headers: [['Content-Type', 'text/plain']], body: PNG }));
    expect(ids(findings)).toEqual(['content-type/binary-labelled-text']);
    expect(findings[0]!.evidence).toContainEqual({ name: 'The bytes look like', value: 'image/png' });
  });

  it('says what a browser would guess when Content-Type is missing', () => {
    const findings = contentFindings(
      testExchange({ body: '<h3>Request details:</h3>\n<p>You accessed path: /</p>' }),
    );
    expect(ids(findings)).toEqual(['content-type/missing']);
    expect(findings[0]!.explanation).toMatch(/an HTML page/);
    expect(findings[0]!.hint).toBe(
      'Have the server say what it sends: Content-Type: text/html; charset=utf-8.',
    );
    expect(contentFindings(testExchange({ body: PNG }))[0]!.evidence).toContainEqual({
      name: 'A browser would guess',
      value: 'image/png',
    });
  });

  it('says nothing about a missing Content-Type on an empty body, a HEAD, a 204 or a 304', () => {
    expect(contentFindings(testExchange())).toEqual([]);
    expect(
      contentFindings(testExchange({ method: 'HEAD', headers: [['Content-Type', 'application/json']] })),
    ).toEqual([]);
    expect(
      contentFindings(testExchange({ status: 204, headers: [['Content-Type', 'application/json']] })),
    ).toEqual([]);
    expect(
      contentFindings(testExchange({ status: 304, headers: [['Content-Type', 'application/json']] })),
    ).toEqual([]);
  });

  it('flags a Content-Type that is not a media type, and several of them', () => {
    expect(ids(contentFindings(testExchange({ headers: [['Content-Type', 'json']], body: '{}' })))).toEqual([
      'content-type/invalid',
    ]);
    const two = contentFindings(
      testExchange({
        headers: [
          ['Content-Type', 'text/html'],
          ['Content-Type', 'application/json'],
        ],
        body: '{}',
      }),
    );
    expect(ids(two)).toEqual(['content-type/multiple']);
  });

  it('notes a mislabelled image and text sent as octet-stream as info', () => {
    const gif = contentFindings(testExchange({ headers: [['Content-Type', 'image/gif']], body: PNG }));
    expect(gif.map((f) => [f.id, f.severity])).toEqual([['content-type/image-type-mismatch', 'info']]);
    const bytes = contentFindings(
      testExchange({ headers: [['Content-Type', 'application/octet-stream']], body: '{"a":1}' }),
    );
    expect(bytes.map((f) => [f.id, f.title])).toEqual([
      ['content-type/text-labelled-binary', 'JSON served as application/octet-stream'],
    ]);
  });
});

describe('contentFindings: JSON that does not parse', () => {
  it('says where, in line and column', () => {
    const findings = contentFindings(
      testExchange({
        headers: [['Content-Type', 'application/json']],
        body: '{\n  "name": "Ada",\n  "age": 36,\n}\n',
      }),
    );
    expect(ids(findings)).toEqual(['json/invalid']);
    expect(findings[0]).toMatchObject({
      severity: 'problem',
      title: 'Labelled JSON, but not valid JSON (line 4, column 1)',
    });
    expect(findings[0]!.evidence).toContainEqual({ name: 'Line 4', value: '}' });
  });

  it('waits for the whole body before judging its syntax', () => {
    const cut = testExchange({
      headers: [['Content-Type', 'application/json']],
      body: '{"items": [1, 2',
      bodyComplete: false,
    });
    expect(contentFindings(cut)).toEqual([]);
  });

  it('flags an empty body labelled JSON', () => {
    expect(ids(contentFindings(testExchange({ headers: [['Content-Type', 'application/json']] })))).toEqual([
      'json/empty',
    ]);
  });
});

describe('contentFindings: charset', () => {
  it('notes text without a charset: info while ASCII, a warning once it is not', () => {
    const ascii = contentFindings(testExchange({ headers: [['Content-Type', 'text/plain']], body: 'Hello' }));
    expect(ascii.map((f) => [f.id, f.severity])).toEqual([['charset/missing', 'info']]);
    const accents = contentFindings(
      testExchange({ headers: [['Content-Type', 'text/plain']], body: 'Café' }),
    );
    expect(accents.map((f) => [f.id, f.severity])).toEqual([['charset/missing', 'warning']]);
    expect(accents[0]!.explanation).toMatch(/ISO-8859-1/);
  });

  it('does not ask JSON or XML for a charset', () => {
    expect(
      contentFindings(testExchange({ headers: [['Content-Type', 'application/json']], body: '{"a":"é"}' })),
    ).toEqual([]);
    expect(
      contentFindings(
        testExchange({ headers: [['Content-Type', 'text/xml']], body: '<?xml version="1.0"?><a/>' }),
      ),
    ).toEqual([]);
  });

  it('credits a <meta charset> in the page but says the header should carry it', () => {
    const findings = contentFindings(
      testExchange({
        headers: [['Content-Type', 'text/html']],
        body: '<!doctype html><meta charset="utf-8"><p>é</p>',
      }),
    );
    expect(findings.map((f) => [f.id, f.severity])).toEqual([['charset/in-page-only', 'info']]);
  });

  it('flags an unknown charset and bytes that are not the UTF-8 they claim', () => {
    expect(
      ids(
        contentFindings(
          testExchange({ headers: [['Content-Type', 'text/plain; charset=klingon']], body: 'x' }),
        ),
      ),
    ).toEqual(['charset/unknown']);
    const latin1 = new Uint8Array([0x43, 0x61, 0x66, 0xe9]);
    expect(
      ids(
        contentFindings(
          testExchange({ headers: [['Content-Type', 'text/plain; charset=utf-8']], body: latin1 }),
        ),
      ),
    ).toEqual(['charset/not-utf-8']);
  });
});
