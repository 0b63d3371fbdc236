import { describe, expect, it } from 'vitest';
import type { Lesson } from './lesson.ts';
import {
  emptyLessonProgress,
  readLessonProgress,
  triedStepCount,
  withoutLesson,
  withStepTried,
} from './lesson-progress.ts';

const lesson: Lesson = {
  id: 'rest',
  title: 'REST',
  goal: 'Goal.',
  takeaway: 'Takeaway.',
  steps: ['create', 'read', 'delete'].map((id) => ({
    id,
    title: id,
    text: 'Text.',
    notice: 'Notice.',
    request: { method: 'GET', path: '/practice/todos' },
    expect: { status: 200 },
  })),
};

describe('readLessonProgress', () => {
  it('reads nothing stored as no progress, without a problem', () => {
    expect(readLessonProgress(null)).toEqual({ progress: emptyLessonProgress(), problem: null });
    expect(readLessonProgress(undefined)).toEqual({ progress: emptyLessonProgress(), problem: null });
  });

  it('reads what it wrote', () => {
    const progress = withStepTried(withStepTried(emptyLessonProgress(), 'rest', 'create'), 'rest', 'read');
    expect(readLessonProgress(JSON.parse(JSON.stringify(progress)))).toEqual({ progress, problem: null });
  });

  it('turns garbage into no progress, with a reason', () => {
    for (const stored of ['text', 42, [], { v: 1 }, { v: 1, tried: [] }, { tried: {} }]) {
      const read = readLessonProgress(stored);
      expect(read.progress).toEqual(emptyLessonProgress());
      expect(read.problem).toBe('what was saved is not lesson progress.');
    }
  });

  it('says when a newer version saved it', () => {
    expect(readLessonProgress({ v: 2, tried: {} }).problem).toBe(
      'it was saved by a newer version of HTTP Playground (format 2).',
    );
  });

  it('keeps the lessons that read and drops the broken ones', () => {
    const read = readLessonProgress({
      v: 1,
      tried: { rest: ['create', 'create'], cookies: 'all', 'Bad id': [] },
    });
    expect(read.progress).toEqual({ v: 1, tried: { rest: ['create'] } });
    expect(read.problem).toBe('the progress of 2 lesson(s) could not be read.');
  });

  it('cannot be made to touch a prototype', () => {
    const read = readLessonProgress(JSON.parse('{"v":1,"tried":{"__proto__":["x"],"rest":["read"]}}'));
    expect(read.progress.tried).toEqual({ rest: ['read'] });
    expect(Object.getPrototypeOf(read.progress.tried)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).x).toBeUndefined();
  });
});

describe('progress changes', () => {
  it('records each step once, in the order first tried', () => {
    let progress = emptyLessonProgress();
    progress = withStepTried(progress, 'rest', 'read');
    progress = withStepTried(progress, 'rest', 'create');
    const same = withStepTried(progress, 'rest', 'read');
    expect(same).toBe(progress);
    expect(progress.tried.rest).toEqual(['read', 'create']);
  });

  it('counts only steps the lesson still has', () => {
    const progress = { v: 1 as const, tried: { rest: ['create', 'removed-step', 'delete'] } };
    expect(triedStepCount(progress, lesson)).toBe(2);
    expect(triedStepCount(emptyLessonProgress(), lesson)).toBe(0);
  });

  it('starts a lesson over without touching the others', () => {
    const progress = { v: 1 as const, tried: { rest: ['create'], cookies: ['set'] } };
    expect(withoutLesson(progress, 'rest')).toEqual({ v: 1, tried: { cookies: ['set'] } });
  });
});
