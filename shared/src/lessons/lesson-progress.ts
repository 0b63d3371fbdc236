import { z } from 'zod';
import type { Lesson } from './lesson.ts';

/** Ids are short words of our own (`rest`, `not-modified`); anything else is not ours. */
const Id = z.string().regex(/^[a-z0-9-]{1,64}$/);

/**
 * Which lesson steps the learner has tried ("Try it" pressed), kept in the browser between visits.
 * Stored values are read through `readLessonProgress`, never parsed directly.
 */
export const LessonProgress = z.object({
  v: z.literal(1),
  /** Per lesson id, the ids of the steps tried, in the order first tried. */
  tried: z.record(Id, z.array(Id).max(100)),
});
export type LessonProgress = z.infer<typeof LessonProgress>;

/** What was read, and why some or all of what was stored could not be (null when all was fine). */
export interface LessonProgressRead {
  progress: LessonProgress;
  problem: string | null;
}

/** Progress before any step was tried. */
export function emptyLessonProgress(): LessonProgress {
  return { v: 1, tried: {} };
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Reads whatever was stored as lesson progress. Never throws: garbage becomes no progress with a
 * reason, and lessons whose entry is broken are dropped while the others are kept.
 *
 * @example
 * const { progress } = readLessonProgress(JSON.parse(localStorage.getItem(key) ?? 'null'));
 */
export function readLessonProgress(stored: unknown): LessonProgressRead {
  if (stored === undefined || stored === null) return { progress: emptyLessonProgress(), problem: null };
  if (!isRecord(stored) || stored.v !== 1 || !isRecord(stored.tried)) {
    const newer = isRecord(stored) && typeof stored.v === 'number' && stored.v > 1;
    return {
      progress: emptyLessonProgress(),
      problem: newer
        ? `it was saved by a newer version of HTTP Playground (format ${String(stored.v)}).`
        : 'what was saved is not lesson progress.',
    };
  }
  // Entry by entry, into an object with no prototype, so a key such as "__proto__" stays a key.
  const tried: Record<string, string[]> = Object.create(null);
  let lost = 0;
  for (const [lesson, steps] of Object.entries(stored.tried)) {
    const id = Id.safeParse(lesson);
    const list = LessonProgress.shape.tried.valueType.safeParse(steps);
    if (id.success && list.success) tried[id.data] = [...new Set(list.data)];
    else lost += 1;
  }
  return {
    progress: { v: 1, tried: { ...tried } },
    problem: lost > 0 ? `the progress of ${lost} lesson(s) could not be read.` : null,
  };
}

/** The progress with one more step tried (unchanged if it was tried before). */
export function withStepTried(progress: LessonProgress, lessonId: string, stepId: string): LessonProgress {
  const steps = progress.tried[lessonId] ?? [];
  if (steps.includes(stepId)) return progress;
  return { ...progress, tried: { ...progress.tried, [lessonId]: [...steps, stepId] } };
}

/** How many of the lesson's steps were tried (steps since removed from the lesson do not count). */
export function triedStepCount(progress: LessonProgress, lesson: Lesson): number {
  const tried = new Set(progress.tried[lesson.id] ?? []);
  return lesson.steps.filter((step) => tried.has(step.id)).length;
}

/** The progress without this lesson's steps, to start it over. */
export function withoutLesson(progress: LessonProgress, lessonId: string): LessonProgress {
  const { [lessonId]: _forgotten, ...tried } = progress.tried;
  return { ...progress, tried };
}
