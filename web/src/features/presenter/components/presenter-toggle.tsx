import { usePresenterMode } from '../hooks/use-presenter-mode.ts';
import './presenter-toggle.css';

/** Header switch for presenter mode (larger type, high contrast), for teaching from a projector. */
export function PresenterToggle() {
  const [on, setOn] = usePresenterMode();
  return (
    <button
      type="button"
      className="button button-small presenter-toggle"
      aria-pressed={on}
      title="Larger type and high contrast, for a projector"
      onClick={() => setOn(!on)}
    >
      Presenter mode
    </button>
  );
}
