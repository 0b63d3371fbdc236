import type { Lesson, LessonStep as Step } from '@playground/shared/lessons';
import { LessonStep } from './lesson-step.tsx';

interface LessonViewProps {
  lesson: Lesson;
  /** Ids of the steps already tried. */
  tried: readonly string[];
  /** Why the HTTPS steps cannot be tried now, if so. */
  tlsProblem: string | null;
  tlsPort: number | null;
  onBack: () => void;
  onStartOver: () => void;
  onTry: (step: Step) => void;
}

/** One lesson: its goal, its steps in order, and the rule of thumb to keep. */
export function LessonView({
  lesson,
  tried,
  tlsProblem,
  tlsPort,
  onBack,
  onStartOver,
  onTry,
}: LessonViewProps) {
  return (
    <div className="learn-lesson-view">
      <div className="learn-lesson-nav">
        <button type="button" className="button button-small" onClick={onBack}>
          ← All lessons
        </button>
        {tried.length > 0 && (
          <button type="button" className="button button-small" onClick={onStartOver}>
            Start over
          </button>
        )}
      </div>
      <h3 className="learn-lesson-heading">{lesson.title}</h3>
      <p className="learn-goal">{lesson.goal}</p>
      <ol className="learn-steps">
        {lesson.steps.map((step, index) => (
          <LessonStep
            key={step.id}
            step={step}
            number={index + 1}
            tlsPort={tlsPort}
            tried={tried.includes(step.id)}
            unavailable={step.request.tls === undefined ? null : tlsProblem}
            onTry={() => onTry(step)}
          />
        ))}
      </ol>
      <p className="learn-takeaway">
        <strong>Keep in mind:</strong> {lesson.takeaway}
      </p>
    </div>
  );
}
