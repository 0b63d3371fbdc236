import { LESSONS } from '@playground/shared/lessons';
import { useId, useState } from 'react';
import type { RequestDraft } from '@/lib/request-draft.ts';
import { usePractice } from '../api/get-practice.ts';
import { useLessonProgress } from '../hooks/use-lesson-progress.ts';
import { stepDraft } from '../utils/step-draft.ts';
import { LessonList } from './lesson-list.tsx';
import { LessonView } from './lesson-view.tsx';
import './learn-panel.css';

interface LearnPanelProps {
  /** Opens a step's request in a new tab, ready to send. */
  onTry: (draft: RequestDraft) => void;
  onClose: () => void;
}

/** Why the HTTPS steps cannot be tried, or null when they can. */
function tlsProblem(practice: ReturnType<typeof usePractice>): string | null {
  if (practice.isPending) return 'Looking for the practice HTTPS servers…';
  if (practice.isError)
    return 'The playground could not say where its practice HTTPS servers are. Reload the page to try again.';
  if (practice.data.tls === null) {
    return 'The practice HTTPS servers are not running; the playground\u2019s log says why. Restart it to try these steps.';
  }
  return null;
}

/**
 * Short guided lessons: each step loads a ready request against the practice server into a new tab
 * and says what to notice once it is sent. Which steps were tried is kept in this browser.
 */
export function LearnPanel({ onTry, onClose }: LearnPanelProps) {
  const headingId = useId();
  const [openId, setOpenId] = useState<string | null>(null);
  const { progress, note, markTried, startOver } = useLessonProgress();
  const practice = usePractice();
  const place = { origin: window.location.origin, tlsPort: practice.data?.tls?.port ?? null };
  const lesson = LESSONS.find((l) => l.id === openId);

  return (
    <section
      id="learn-panel"
      className="learn-panel"
      aria-labelledby={headingId}
      onKeyDown={(event) => {
        if (event.key === 'Escape') onClose();
      }}
    >
      <div className="learn-panel-top">
        <h2 id={headingId}>Learn</h2>
        <button type="button" className="learn-close" aria-label="Close lessons" onClick={onClose}>
          ×
        </button>
      </div>
      {note && <p className="learn-note">{note}</p>}
      {lesson ? (
        <LessonView
          lesson={lesson}
          tried={progress.tried[lesson.id] ?? []}
          tlsProblem={tlsProblem(practice)}
          tlsPort={place.tlsPort}
          onBack={() => setOpenId(null)}
          onStartOver={() => startOver(lesson.id)}
          onTry={(step) => {
            const draft = stepDraft(step.request, place);
            if (!draft) return;
            onTry(draft);
            markTried(lesson.id, step.id);
          }}
        />
      ) : (
        <LessonList lessons={LESSONS} progress={progress} onOpen={setOpenId} />
      )}
    </section>
  );
}
