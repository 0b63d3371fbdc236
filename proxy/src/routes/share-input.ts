import type { z } from 'zod';
import { fieldName } from './run.ts';

/**
 * Deeper than any collection a person builds (folders within folders), and shallow enough that
 * checking the schema, which recurses once per level, never runs out of stack.
 */
const MAX_JSON_DEPTH = 64;

/** Whether parsed JSON nests arrays and objects deeper than `MAX_JSON_DEPTH`, checked without recursion. */
export function nestedTooDeep(value: unknown, max = MAX_JSON_DEPTH): boolean {
  const stack: [unknown, number][] = [[value, 1]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    if (node === null || typeof node !== 'object') continue;
    if (depth > max) return true;
    for (const child of Object.values(node)) stack.push([child, depth + 1]);
  }
  return false;
}

/** The first schema problem, with the field it is about (as the UI names fields: `a.b[0].c`). */
export function firstProblem(error: z.ZodError): { message: string; field?: string } {
  const issue = error.issues[0];
  if (!issue) return { message: 'The collection does not have the shape the playground expects.' };
  const field = fieldName(issue.path);
  return field === '' ? { message: issue.message } : { message: `${field}: ${issue.message}`, field };
}
