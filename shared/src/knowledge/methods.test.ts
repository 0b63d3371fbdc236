import { describe, expect, it } from 'vitest';
import { STANDARD_METHODS } from '../schemas/request-spec.ts';
import { COURSE_METHODS_TABLE, explainMethod, METHOD_EXPLANATIONS } from './methods.ts';

// RFC 9110 §9.2 and §9.3 (and RFC 5789 for PATCH): safe, idempotent, cacheable.
const RFC: Record<string, [safe: boolean, idempotent: boolean, cacheable: string]> = {
  GET: [true, true, 'yes'],
  HEAD: [true, true, 'yes'],
  POST: [false, false, 'sometimes'],
  PUT: [false, true, 'no'],
  DELETE: [false, true, 'no'],
  CONNECT: [false, false, 'no'],
  OPTIONS: [true, true, 'no'],
  TRACE: [true, true, 'no'],
  PATCH: [false, false, 'no'],
};

describe('explainMethod', () => {
  it('gives every standard method its RFC 9110 properties', () => {
    expect(METHOD_EXPLANATIONS.map((m) => m.method)).toEqual([...STANDARD_METHODS]);
    for (const method of STANDARD_METHODS) {
      const info = explainMethod(method);
      const [safe, idempotent, cacheable] = RFC[method]!;
      expect(info.standard).toBe(true);
      expect([info.safe, info.idempotent, info.cacheable], method).toEqual([safe, idempotent, cacheable]);
      expect(info.meaning.length, method).toBeGreaterThan(40);
      expect(info.spec, method).toMatch(/^RFC (9110 §9\.3\.\d|5789)$/);
    }
  });

  it('says which messages carry a body', () => {
    expect(explainMethod('HEAD').responseBody.rule).toBe('no');
    expect(explainMethod('GET').requestBody.rule).toBe('no');
    expect(explainMethod('POST').requestBody.rule).toBe('yes');
    expect(explainMethod('TRACE').requestBody.note).toMatch(/Must not/);
  });

  it('maps the REST verbs to create, read, update, partial update and delete', () => {
    expect(explainMethod('POST').rest?.action).toBe('Create');
    expect(explainMethod('GET').rest?.action).toBe('Read');
    expect(explainMethod('PUT').rest?.action).toMatch(/^Update/);
    expect(explainMethod('PATCH').rest?.action).toBe('Partial update');
    expect(explainMethod('DELETE').rest?.action).toBe('Delete');
    expect(explainMethod('TRACE').rest).toBeNull();
  });

  it('carries the course table row, which agrees with the RFC on safety and idempotency', () => {
    expect(COURSE_METHODS_TABLE.map((row) => row.method)).toEqual(['GET', 'POST', 'PUT', 'DELETE', 'PATCH']);
    for (const row of COURSE_METHODS_TABLE) {
      const info = explainMethod(row.method);
      expect(info.course).toBe(row);
      expect([row.safe, row.idempotent]).toEqual([info.safe, info.idempotent]);
    }
    expect(explainMethod('POST').course?.cacheable).toBe('sometimes');
    expect(explainMethod('DELETE').course?.acceptsBody).toBe('may');
    expect(explainMethod('HEAD').course).toBeNull();
  });

  it('explains a custom method without making up its properties', () => {
    const info = explainMethod('FROBNICATE');
    expect(info.standard).toBe(false);
    expect(info.meaning).toMatch(/not a standard method/);
    expect(info.meaning).toMatch(/501/);
    expect([info.safe, info.idempotent, info.cacheable]).toEqual([null, null, null]);
  });

  it('knows registered extension methods, and that names are case-sensitive', () => {
    const info = explainMethod('PROPFIND');
    expect(info.standard).toBe(false);
    expect(info.spec).toMatch(/RFC 4918/);
    expect(info.safe).toBe(true);
    expect(explainMethod('get').standard).toBe(false);
  });
});
