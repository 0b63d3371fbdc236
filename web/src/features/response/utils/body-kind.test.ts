import { describe, expect, it } from 'vitest';
import { bodyKind, editorLanguage, mediaType } from './body-kind.ts';

const bytes = (text: string) => new TextEncoder().encode(text);

describe('bodyKind', () => {
  it('trusts the Content-Type', () => {
    expect(bodyKind('application/json; charset=utf-8', bytes(''))).toBe('json');
    expect(bodyKind('application/problem+json', bytes(''))).toBe('json');
    expect(bodyKind('text/html', bytes(''))).toBe('html');
    expect(bodyKind('application/atom+xml', bytes(''))).toBe('xml');
    expect(bodyKind('image/svg+xml', bytes(''))).toBe('svg');
    expect(bodyKind('image/png', bytes(''))).toBe('image');
    expect(bodyKind('text/css', bytes(''))).toBe('text');
    expect(bodyKind('application/pdf', bytes('%PDF'))).toBe('binary');
  });

  it('sniffs the bytes when the type says nothing', () => {
    expect(bodyKind(null, bytes('  {"a":1}'))).toBe('json');
    expect(bodyKind('', bytes('<!DOCTYPE html><p>hi'))).toBe('html');
    expect(bodyKind('application/octet-stream', new Uint8Array([0x89, 0x50, 0, 1]))).toBe('binary');
    expect(bodyKind(undefined, bytes('hello'))).toBe('text');
  });
});

describe('mediaType and editorLanguage', () => {
  it('drops parameters and maps kinds to Monaco languages', () => {
    expect(mediaType('Text/HTML; charset=ISO-8859-1')).toBe('text/html');
    expect(editorLanguage('svg')).toBe('xml');
    expect(editorLanguage('text')).toBe('plaintext');
  });
});
