import { describe, expect, it } from 'vitest';
import {
  isRegisteredStatus,
  REGISTERED_STATUS_CODES,
  reasonPhrase,
  STATUS_CLASSES,
  statusClass,
  statusLabel,
  statusMeaning,
} from './status-line.ts';

describe('statusClass', () => {
  it('goes by the first digit', () => {
    expect(statusClass(101)).toBe('info');
    expect(statusClass(204)).toBe('ok');
    expect(statusClass(308)).toBe('redirect');
    expect(statusClass(404)).toBe('client-error');
    expect(statusClass(503)).toBe('server-error');
    expect(statusClass(799)).toBe('unknown');
    expect(statusClass(99)).toBe('unknown');
  });

  it('names the five classes as RFC 9110 does', () => {
    expect(STATUS_CLASSES.info.name).toBe('Informational');
    expect(STATUS_CLASSES.ok.name).toBe('Success');
    expect(STATUS_CLASSES.redirect.name).toBe('Redirection');
    expect(STATUS_CLASSES['client-error'].name).toBe('Client error');
    expect(STATUS_CLASSES['server-error'].name).toBe('Server error');
  });
});

describe('statusLabel', () => {
  it('keeps the reason exactly as the server sent it', () => {
    expect(statusLabel(200, 'Okey-dokey')).toBe('200 Okey-dokey');
  });

  it('falls back to the registered reason when none was sent', () => {
    expect(statusLabel(404, '')).toBe('404 Not Found');
    expect(statusLabel(299, '')).toBe('299');
  });
});

describe('reason phrases', () => {
  it('covers the whole IANA registry, with its current names', () => {
    expect(REGISTERED_STATUS_CODES).toHaveLength(63);
    expect(reasonPhrase(413)).toBe('Content Too Large');
    expect(reasonPhrase(422)).toBe('Unprocessable Content');
    expect(reasonPhrase(421)).toBe('Misdirected Request');
    expect(reasonPhrase(511)).toBe('Network Authentication Required');
    expect(isRegisteredStatus(418)).toBe(true);
    expect(isRegisteredStatus(419)).toBe(false);
  });

  it('gives one line for known codes and the class for others', () => {
    expect(reasonPhrase(429)).toBe('Too Many Requests');
    expect(statusMeaning(404)).toMatch(/nothing at this address/);
    expect(statusMeaning(599)).toBe(STATUS_CLASSES['server-error'].meaning);
  });
});
