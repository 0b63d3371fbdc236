import {
  type LessonProgress,
  readLessonProgress,
  withoutLesson,
  withStepTried,
} from '@playground/shared/lessons';
import { useCallback, useRef, useState } from 'react';

/** Where the progress is kept: small, read once when the panel opens, so localStorage suits it. */
export const LESSON_PROGRESS_KEY = 'http-playground:lesson-progress';

interface ProgressState {
  progress: LessonProgress;
  /** Why what was kept could not be read, or why a change could not be kept; null when all is well. */
  note: string | null;
}

function load(): ProgressState {
  let stored: unknown;
  try {
    const raw = localStorage.getItem(LESSON_PROGRESS_KEY);
    stored = raw === null ? null : JSON.parse(raw);
  } catch {
    // Storage switched off, or text that is not JSON: either way nothing can be read.
    stored = 'unreadable';
  }
  const { progress, problem } = readLessonProgress(stored);
  return {
    progress,
    note: problem === null ? null : `Your earlier lesson progress could not be read: ${problem}`,
  };
}

/**
 * Which lesson steps the learner has tried, kept in this browser. A change that cannot be kept
 * (storage off or full) still shows for this visit, with a note saying it will not be remembered.
 */
export function useLessonProgress() {
  const [state, setState] = useState(load);
  const latest = useRef(state.progress);

  const change = useCallback((update: (progress: LessonProgress) => LessonProgress) => {
    const next = update(latest.current);
    if (next === latest.current) return;
    latest.current = next;
    let note: string | null = null;
    try {
      localStorage.setItem(LESSON_PROGRESS_KEY, JSON.stringify(next));
    } catch (err) {
      note = `Lesson progress cannot be remembered in this browser (${(err as Error).name}); it shows until you reload.`;
    }
    setState({ progress: next, note });
  }, []);

  return {
    progress: state.progress,
    note: state.note,
    markTried: useCallback(
      (lessonId: string, stepId: string) => change((p) => withStepTried(p, lessonId, stepId)),
      [change],
    ),
    startOver: useCallback((lessonId: string) => change((p) => withoutLesson(p, lessonId)), [change]),
  };
}
