import type { LessonStep as Step } from '@playground/shared/lessons';
import { useId } from 'react';
import { expectationText } from '../utils/expectation.ts';

interface LessonStepProps {
  step: Step;
  number: number;
  /** The port of the practice HTTPS servers, when they run. */
  tlsPort: number | null;
  tried: boolean;
  /** Why the step cannot be tried now (its HTTPS server is not running), or null. */
  unavailable: string | null;
  onTry: () => void;
}

/** The request a step loads, as a learner reads it: method and where it goes. */
function requestLine(step: Step, tlsPort: number | null): string {
  const { method, path, tls } = step.request;
  if (tls === undefined) return `${method} ${path}`;
  return `${method} https://${tls}.practice.localhost${tlsPort === null ? '' : `:${tlsPort}`}${path}`;
}

/** One step: what it does, its request, "Try it", what to expect, and what to notice. */
export function LessonStep({ step, number, tlsPort, tried, unavailable, onTry }: LessonStepProps) {
  const titleId = useId();
  return (
    <li className="learn-step">
      <h4 id={titleId} className="learn-step-title">
        <span className="learn-step-number">{number}.</span> {step.title}
        {tried && <span className="learn-tried"> ✓ tried</span>}
      </h4>
      <p className="learn-step-text">{step.text}</p>
      <p className="learn-step-request mono">{requestLine(step, tlsPort)}</p>
      <div className="learn-step-try">
        {/* Named "Try it" (described by the step's title), so no lesson text becomes part of a button's name. */}
        <button
          type="button"
          className="button button-small"
          aria-describedby={titleId}
          disabled={unavailable !== null}
          onClick={onTry}
        >
          Try it
        </button>
        <span className="learn-expect">Expect: {expectationText(step.expect)}</span>
      </div>
      {unavailable && <p className="learn-note">{unavailable}</p>}
      <p className="learn-notice">
        <strong>What to notice:</strong> {step.notice}
      </p>
    </li>
  );
}
