import type { Lesson } from './lesson.ts';
import { BASICS_LESSONS } from './lessons-basics.ts';
import { JOURNEY_LESSONS } from './lessons-journeys.ts';
import { SENDING_LESSONS } from './lessons-sending.ts';
import { SERVER_LESSONS } from './lessons-servers.ts';

export * from './lesson.ts';
export * from './lesson-progress.ts';
export * from './lesson-url.ts';

/**
 * Every lesson of the Learn panel, in teaching order; the course material in shared/seeds is the
 * syllabus. Kept out of the main entry: the panel loads them when it is first opened.
 */
export const LESSONS: readonly Lesson[] = [
  ...BASICS_LESSONS,
  ...SENDING_LESSONS,
  ...JOURNEY_LESSONS,
  ...SERVER_LESSONS,
];
