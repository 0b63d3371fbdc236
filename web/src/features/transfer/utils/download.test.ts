import { describe, expect, it } from 'vitest';
import { fileNameFor } from './download.ts';

describe('fileNameFor', () => {
  it('keeps letters, digits and dashes, spaces become dashes', () => {
    expect(fileNameFor('Todo API (v2)', '.postman_collection.json')).toBe(
      'Todo-API-v2.postman_collection.json',
    );
    expect(fileNameFor('Café crème', '.json')).toBe('Cafe-creme.json');
  });

  it('never gives an empty name or a path', () => {
    expect(fileNameFor('../../etc', '.json')).toBe('etc.json');
    expect(fileNameFor('???', '.json')).toBe('collection.json');
  });
});
