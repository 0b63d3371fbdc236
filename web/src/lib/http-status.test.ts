import { describe, expect, it } from 'vitest';
import { reasonPhrase, statusClass, statusLabel, statusMeaning } from './http-status.ts';

describe('statusClass', () => {
  it('colours by the first digit', () => {
    expect(statusClass(101)).toBe('info');
    expect(statusClass(204)).toBe('ok');
    expect(statusClass(308)).toBe('redirect');
    expect(statusClass(404)).toBe('client-error');
    expect(statusClass(503)).toBe('server-error');
    expect(statusClass(799)).toBe('unknown');
  });
});

describe('statusLabel', () => {
  it('keeps the reason exactly as the server sent it', () => {
    expect(statusLabel(200, 'Okey-dokey')).toBe('200 Okey-dokey');
  });

  it('falls back to the standard reason when none was sent', () => {
    expect(statusLabel(404, '')).toBe('404 Not Found');
    expect(statusLabel(299, '')).toBe('299');
  });
});

describe('statusMeaning', () => {
  it('explains known codes and falls back to the class', () => {
    expect(reasonPhrase(429)).toBe('Too Many Requests');
    expect(statusMeaning(404)).toMatch(/nothing at this address/);
    expect(statusMeaning(599)).toMatch(/server failed/);
  });
});
