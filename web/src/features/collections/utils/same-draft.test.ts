import { describe, expect, it } from 'vitest';
import { sameDraft } from './same-draft.ts';
import { savedDraft } from './test-drafts.ts';

describe('sameDraft', () => {
  it('sees no change in an equal draft built afresh', () => {
    const a = savedDraft('GET', 'http://x/a', { headers: [{ name: 'A', value: '1', enabled: true }] });
    const b = savedDraft('GET', 'http://x/a', { headers: [{ name: 'A', value: '1', enabled: true }] });
    expect(sameDraft(a, b)).toBe(true);
  });

  it('sees a change in the address, a header, a disabled row, the body or the auth', () => {
    const base = savedDraft('POST', 'http://x/a', { headers: [{ name: 'A', value: '1', enabled: true }] });
    expect(sameDraft(base, { ...base, url: 'http://x/b' })).toBe(false);
    expect(sameDraft(base, { ...base, headers: [{ name: 'A', value: '2', enabled: true }] })).toBe(false);
    expect(sameDraft(base, { ...base, headers: [{ name: 'A', value: '1', enabled: false }] })).toBe(false);
    expect(sameDraft(base, { ...base, headers: [] })).toBe(false);
    expect(sameDraft(base, { ...base, body: { ...base.body, text: 'x' } })).toBe(false);
    expect(sameDraft(base, { ...base, auth: { type: 'bearer', token: '' } })).toBe(false);
  });

  it('treats a key holding undefined as absent', () => {
    const base = savedDraft('GET', 'http://x/');
    expect(sameDraft(base, { ...base, body: { ...base.body, wantedFile: undefined } })).toBe(true);
  });

  it('compares files by name, size, type and date, since a reload gives new objects', () => {
    const file = (name: string, text = 'abc') =>
      new File([text], name, { type: 'text/plain', lastModified: 5 });
    const withFile = (f: File) =>
      savedDraft('PUT', 'http://x/', { body: { ...savedDraft('', '').body, file: f } });
    expect(sameDraft(withFile(file('a.txt')), withFile(file('a.txt')))).toBe(true);
    expect(sameDraft(withFile(file('a.txt')), withFile(file('b.txt')))).toBe(false);
    expect(sameDraft(withFile(file('a.txt')), withFile(file('a.txt', 'abcd')))).toBe(false);
    const missing = savedDraft('PUT', 'http://x/', {
      body: {
        ...savedDraft('', '').body,
        file: { missing: true, name: 'a.txt', size: 3, type: 'text/plain' },
      },
    });
    expect(sameDraft(withFile(file('a.txt')), missing)).toBe(false);
  });
});
