import { type Lesson, type LessonProgress, triedStepCount } from '@playground/shared/lessons';

interface LessonListProps {
  lessons: readonly Lesson[];
  progress: LessonProgress;
  onOpen: (lessonId: string) => void;
}

/** Every lesson, in teaching order, with how many of its steps were tried. */
export function LessonList({ lessons, progress, onOpen }: LessonListProps) {
  return (
    <>
      <p className="learn-intro">
        Each lesson opens ready requests to the built-in practice server in new tabs. Send them, then read
        what to notice. Everything works offline.
      </p>
      <ol className="learn-lessons">
        {lessons.map((lesson) => {
          const tried = triedStepCount(progress, lesson);
          const total = lesson.steps.length;
          return (
            <li key={lesson.id}>
              <button type="button" className="learn-lesson" onClick={() => onOpen(lesson.id)}>
                <span className="learn-lesson-title">{lesson.title}</span>
                <span
                  className={tried === total ? 'learn-lesson-progress learn-done' : 'learn-lesson-progress'}
                >
                  {tried === 0
                    ? `${total} steps`
                    : tried === total
                      ? `All ${total} tried`
                      : `${tried} of ${total} tried`}
                </span>
              </button>
            </li>
          );
        })}
      </ol>
    </>
  );
}
