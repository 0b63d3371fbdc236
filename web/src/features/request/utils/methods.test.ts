import { describe, expect, it } from 'vitest';
import { matchingMethods, methodProblem, methodTone } from './methods.ts';

describe('methods', () => {
  it('offers the standard methods matching the typed prefix', () => {
    expect(matchingMethods('')).toHaveLength(9);
    expect(matchingMethods('p')).toEqual(['POST', 'PUT', 'PATCH']);
    expect(matchingMethods('pa')).toEqual(['PATCH']);
    expect(matchingMethods('PURGE')).toEqual([]);
  });

  it('accepts any token and explains what is not one', () => {
    expect(methodProblem('PURGE')).toBeNull();
    expect(methodProblem('M-SEARCH')).toBeNull();
    expect(methodProblem('GE T')).toMatch(/spaces/);
    expect(methodProblem('GET/1')).toMatch(/one word/);
    expect(methodProblem('')).toMatch(/Type a method/);
  });

  it('colours methods by family', () => {
    expect(methodTone('GET')).toBe('get');
    expect(methodTone('OPTIONS')).toBe('meta');
    expect(methodTone('PURGE')).toBe('custom');
  });
});
