import { HTTP_TOKEN, STANDARD_METHODS } from '@playground/shared';

/** The colour family of a method, shared by the picker and its options (as most API clients do). */
export type MethodTone = 'get' | 'post' | 'put' | 'patch' | 'delete' | 'meta' | 'custom';

const TONES: Record<string, MethodTone> = {
  GET: 'get',
  POST: 'post',
  PUT: 'put',
  PATCH: 'patch',
  DELETE: 'delete',
  HEAD: 'meta',
  OPTIONS: 'meta',
  TRACE: 'meta',
  CONNECT: 'meta',
};

export function methodTone(method: string): MethodTone {
  return TONES[method] ?? 'custom';
}

/** The standard methods starting with what was typed; all of them for an empty box. */
export function matchingMethods(typed: string): string[] {
  const prefix = typed.trim().toUpperCase();
  return STANDARD_METHODS.filter((method) => method.startsWith(prefix));
}

/** Why the method cannot be sent, or null. Any HTTP token is a method: PURGE and PROPFIND are fine. */
export function methodProblem(method: string): string | null {
  if (method.trim() === '') return 'Type a method, such as GET.';
  if (HTTP_TOKEN.test(method)) return null;
  return /\s/.test(method)
    ? 'A method is one word: remove the spaces.'
    : "A method is one word of letters, digits or !#$%&'*+-.^_`|~.";
}
