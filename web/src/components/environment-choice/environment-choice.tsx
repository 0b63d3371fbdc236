import type { Environment } from '@playground/shared';
import { useState } from 'react';
import './environment-choice.css';

/**
 * Which environments go along with a shared or exported collection: every one can be ticked, the
 * active one is to begin with (its `{{variables}}` are the ones the requests were sent with).
 */
export function useEnvironmentChoice(
  environments: readonly Environment[],
  initiallyChosen: readonly string[],
) {
  const [chosenIds, setChosenIds] = useState<ReadonlySet<string>>(() => new Set(initiallyChosen));
  return {
    chosen: environments.filter((environment) => chosenIds.has(environment.id)),
    isChosen: (id: string) => chosenIds.has(id),
    toggle: (id: string, on: boolean) =>
      setChosenIds((was) => {
        const next = new Set(was);
        if (on) next.add(id);
        else next.delete(id);
        return next;
      }),
  };
}

interface EnvironmentChoiceProps {
  environments: readonly Environment[];
  choice: ReturnType<typeof useEnvironmentChoice>;
}

/** A tick box per environment; nothing when the user has none. */
export function EnvironmentChoice({ environments, choice }: EnvironmentChoiceProps) {
  if (environments.length === 0) return null;
  return (
    <fieldset className="environment-choice">
      <legend>Environments to take along</legend>
      {environments.map((environment) => (
        <label key={environment.id}>
          <input
            type="checkbox"
            checked={choice.isChosen(environment.id)}
            onChange={(event) => choice.toggle(environment.id, event.target.checked)}
          />{' '}
          {environment.name || '(unnamed)'}
        </label>
      ))}
    </fieldset>
  );
}
