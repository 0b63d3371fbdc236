import { type BodyShape, bodyShape, bodyStart, bodyText, sniffedType } from './body-shape.ts';
import { charsetFindings } from './charset.ts';
import { type DiagnosticsInput, type Evidence, type Finding, finalRequest, headerValues } from './finding.ts';
import { jsonSyntaxError } from './json-syntax.ts';
import { type MediaType, parseMediaType, suggestedType } from './media-type.ts';

const topic = 'content';

function shapeWords(shape: BodyShape): string {
  switch (shape.kind) {
    case 'json':
      return 'JSON';
    case 'html':
      return 'an HTML page';
    case 'xml':
      return 'XML';
    case 'text':
      return 'plain text';
    case 'binary':
      return shape.sniffed === 'application/octet-stream'
        ? 'binary data'
        : `binary data (it starts like ${shape.sniffed})`;
    default:
      return 'empty';
  }
}

/** No Content-Type at all, or one that is not a media type: the client is left guessing. */
function unlabelled(input: DiagnosticsInput, values: string[], shape: BodyShape): Finding {
  const guess = sniffedType(input.body);
  const suggestion = suggestedType(shape.kind === 'binary' ? shape.sniffed : shape.kind);
  const evidence: Evidence[] = [
    ...values.map((value) => ({ name: 'Content-Type', value })),
    { name: 'Body starts with', value: bodyStart(input.body) },
    { name: 'A browser would guess', value: guess },
  ];
  if (values.length === 0)
    return {
      id: 'content-type/missing',
      topic,
      severity: 'warning',
      title: 'No Content-Type: clients have to guess what this body is',
      explanation: `The response has a body but no Content-Type header, so every client guesses. A browser sniffs the first bytes and would treat this as ${guess}; other clients may treat it as raw bytes, or decode it with the wrong charset. The body looks like ${shapeWords(shape)}.`,
      hint: `Have the server say what it sends: Content-Type: ${suggestion}.`,
      evidence,
    };
  return {
    id: 'content-type/invalid',
    topic,
    severity: 'warning',
    title: `Content-Type "${values[0]}" is not a media type`,
    explanation: `A media type has two parts, type/subtype, such as application/json or text/html. Clients cannot read this one, so they fall back to guessing (a browser would guess ${guess}).`,
    hint: `Send Content-Type: ${suggestion}.`,
    evidence,
  };
}

function mismatch(
  id: string,
  title: string,
  explanation: string,
  hint: string,
  type: MediaType,
  raw: string,
  input: DiagnosticsInput,
  severity: Finding['severity'] = 'warning',
): Finding {
  return {
    id: `content-type/${id}`,
    topic,
    severity,
    title,
    explanation,
    hint,
    evidence: [
      { name: 'Content-Type', value: raw },
      { name: 'Body starts with', value: bodyStart(input.body) },
      ...(type.declared === 'binary' || id === 'binary-labelled-text'
        ? [{ name: 'The bytes look like', value: sniffedType(input.body) }]
        : []),
    ],
  };
}

/** The label and the body disagree: which way, and what it costs. */
function contradiction(
  input: DiagnosticsInput,
  type: MediaType,
  raw: string,
  shape: BodyShape,
): Finding | null {
  const json = shape.kind === 'json' && shape.valid !== false;
  const jsonHint = "Serve JSON as Content-Type: application/json (Flask's jsonify() does this for you).";
  if (type.declared === 'html' && json)
    return mismatch(
      'json-labelled-html',
      `JSON served as ${type.essence}`,
      'The body is JSON, but Content-Type says it is a web page. Code that calls response.json() mostly still works, but a browser opening this address renders it as HTML, and if the JSON repeats anything a user typed, that text can run as part of the page (cross-site scripting).',
      jsonHint,
      type,
      raw,
      input,
    );
  if (type.essence === 'text/plain' && json)
    return mismatch(
      'json-labelled-text',
      'JSON served as text/plain',
      'The body is JSON, but Content-Type says plain text. Clients that choose a parser by Content-Type (fetch wrappers, API tools, browsers) will treat it as text, not data.',
      jsonHint,
      type,
      raw,
      input,
    );
  if (type.declared === 'json' && (shape.kind === 'html' || shape.kind === 'xml'))
    return mismatch(
      'html-labelled-json',
      `${shape.kind === 'html' ? 'HTML' : 'XML'} served as ${type.essence}`,
      `Content-Type promises JSON, but the body is ${shapeWords(shape)} (often an error page from a framework, a proxy or a login screen). response.json() and Python's resp.json() fail on it.`,
      'Look at the body: it usually says what went wrong. A server should label an error page text/html, or answer errors in JSON too.',
      type,
      raw,
      input,
      'problem',
    );
  if (type.declared !== 'binary' && type.declared !== 'other' && shape.kind === 'binary')
    return mismatch(
      'binary-labelled-text',
      `Binary data served as ${type.essence}`,
      `Content-Type says text, but the body is ${shapeWords(shape)}: it holds bytes that never occur in text. A client that decodes it as characters gets garbage, and saving that text corrupts the file.`,
      `Send Content-Type: ${shape.sniffed === 'application/octet-stream' ? "application/octet-stream, or the file's real type" : shape.sniffed}.`,
      type,
      raw,
      input,
    );
  if (type.declared === 'html' && shape.kind === 'text')
    return mismatch(
      'text-labelled-html',
      `Plain text served as ${type.essence}`,
      'The body has no HTML markup at all, yet Content-Type says it is a web page. Browsers show it fine, but they read it as HTML: a < or & in the text would be taken as markup. This is the course\'s Flask example: a view that returns a plain string ("Hello") is sent as text/html.',
      'Send Content-Type: text/plain; charset=utf-8 (in Flask, return Response(text, mimetype="text/plain")), or send real HTML.',
      type,
      raw,
      input,
    );
  if (
    type.essence.startsWith('image/') &&
    shape.kind === 'binary' &&
    shape.sniffed.startsWith('image/') &&
    shape.sniffed !== type.essence
  )
    return mismatch(
      'image-type-mismatch',
      `Labelled ${type.essence}, but the bytes are ${shape.sniffed}`,
      "Browsers look at an image's first bytes and show it anyway; other clients (image libraries, file savers that pick an extension) trust the label and may fail.",
      `Send Content-Type: ${shape.sniffed}.`,
      type,
      raw,
      input,
      'info',
    );
  if (type.essence === 'application/octet-stream' && (json || shape.kind === 'html' || shape.kind === 'text'))
    return mismatch(
      'text-labelled-binary',
      `${shapeWords(shape)
        .replace(/^an? /, '')
        .replace(/^./, (c) => c.toUpperCase())} served as application/octet-stream`,
      'application/octet-stream means "just bytes": a browser offers to download it instead of showing it, and clients will not decode it as text.',
      `If it is meant to be read, send Content-Type: ${suggestedType(json ? 'json' : shape.kind)}.`,
      type,
      raw,
      input,
      'info',
    );
  return null;
}

/** Labelled JSON but not JSON: where it stops, in line and column. */
function jsonFindings(input: DiagnosticsInput, raw: string, shape: BodyShape): Finding[] {
  if (shape.kind === 'empty')
    return [
      {
        id: 'json/empty',
        topic,
        severity: 'warning',
        title: 'Labelled JSON, but the body is empty',
        explanation:
          'An empty body is not JSON: response.json() fails with "Unexpected end of JSON input", and Python\'s resp.json() raises an error too.',
        hint: 'An answer with nothing to say is usually 204 No Content, with no Content-Type; or send {} or null.',
        evidence: [{ name: 'Content-Type', value: raw }],
      },
    ];
  if (!input.bodyComplete || shape.kind === 'binary' || shape.kind === 'html' || shape.kind === 'xml')
    return [];
  const error = jsonSyntaxError(bodyText(input.body));
  if (!error) return [];
  return [
    {
      id: 'json/invalid',
      topic,
      severity: 'problem',
      title: `Labelled JSON, but not valid JSON (line ${error.line}, column ${error.column})`,
      explanation: `At line ${error.line}, column ${error.column}, ${error.message}. A JSON parser stops there, so response.json() (and Python's resp.json()) raise an error instead of giving you the data.`,
      hint: 'Check the body around that spot in the Raw view. Servers should build JSON with a JSON library (json.dumps, jsonify), never by gluing strings.',
      evidence: [
        { name: 'Content-Type', value: raw },
        { name: `Line ${error.line}`, value: error.lineText },
        { name: 'Here', value: `${' '.repeat(error.marker)}^ column ${error.column}` },
      ],
    },
  ];
}

// Bodies these never carry, whatever their headers say (RFC 9110 §6.4.1).
function hasNoBody(input: DiagnosticsInput): boolean {
  const { status } = input.response;
  return (
    finalRequest(input)?.method.toUpperCase() === 'HEAD' || status === 204 || status === 304 || status < 200
  );
}

/**
 * Does the Content-Type say what the body is? Missing or unreadable labels, labels that contradict
 * the body (the seed's Flask "Hello" served as text/html), text without a charset, and JSON that
 * does not parse (with line and column).
 */
export function contentFindings(input: DiagnosticsInput): Finding[] {
  if (hasNoBody(input)) return [];
  const values = headerValues(input.response.headers, 'content-type');
  const shape = bodyShape(input.body, input.bodyComplete);
  if (values.length === 0) return shape.kind === 'empty' ? [] : [unlabelled(input, values, shape)];
  const raw = values.at(-1)!;
  const type = parseMediaType(raw);
  const findings: Finding[] = [];
  if (values.length > 1)
    findings.push({
      id: 'content-type/multiple',
      topic,
      severity: 'warning',
      title: `${values.length} Content-Type headers`,
      explanation:
        'A response has one Content-Type. With several, clients disagree: some take the first, browsers combine them and mostly use the last one they can read.',
      hint: 'Have the server send exactly one.',
      evidence: values.map((value) => ({ name: 'Content-Type', value })),
    });
  if (!type) return shape.kind === 'empty' ? findings : [...findings, unlabelled(input, [raw], shape)];
  if (shape.kind !== 'empty') {
    const wrong = contradiction(input, type, raw, shape);
    if (wrong) findings.push(wrong);
  }
  if (
    type.declared === 'json' &&
    !findings.some((finding) => finding.id === 'content-type/html-labelled-json')
  )
    findings.push(...jsonFindings(input, raw, shape));
  if (shape.kind !== 'binary') findings.push(...charsetFindings(input, type, raw));
  return findings;
}
