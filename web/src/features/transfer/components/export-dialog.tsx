import {
  type Collection,
  type Environment,
  toPortableJson,
  toPostmanCollection,
  toPostmanEnvironment,
} from '@playground/shared';
import { useId, useState } from 'react';
import { Dialog } from '@/components/dialog/dialog.tsx';
import {
  EnvironmentChoice,
  useEnvironmentChoice,
} from '@/components/environment-choice/environment-choice.tsx';
import { downloadText, fileNameFor } from '../utils/download.ts';
import './export-dialog.css';

export interface ExportDialogProps {
  collection: Collection;
  /** The user's environments, any of which may go with it (as Postman environment files). */
  environments: readonly Environment[];
  /** The environments ticked to begin with (the active one). */
  initiallyChosen: readonly string[];
  onClose: () => void;
}

function EnvironmentRow({
  environment,
  includeSecrets,
}: {
  environment: Environment;
  includeSecrets: boolean;
}) {
  const nameId = useId();
  return (
    <li>
      <span id={nameId}>{environment.name}</span>
      {/* Described, not named, by the environment's name: names stay clear of the page's own words. */}
      <button
        type="button"
        className="button"
        aria-describedby={nameId}
        onClick={() =>
          downloadText(
            JSON.stringify(toPostmanEnvironment(environment, { includeSecrets }), null, 2),
            fileNameFor(environment.name, '.postman_environment.json'),
          )
        }
      >
        Download environment
      </button>
    </li>
  );
}

/**
 * Export a collection to a file: our own format (collection and environments in one file) or
 * Postman v2.1 (a collection file, and one file per environment, as Postman expects). Secret
 * values stay out unless the user ticks the box; files never travel.
 */
export function ExportDialog({ collection, environments, initiallyChosen, onClose }: ExportDialogProps) {
  const [includeSecrets, setIncludeSecrets] = useState(false);
  const options = { includeSecrets };
  const choice = useEnvironmentChoice(environments, initiallyChosen);
  const chosen = choice.chosen;

  return (
    <Dialog title={`Export “${collection.name}”`} onClose={onClose}>
      <EnvironmentChoice environments={environments} choice={choice} />
      <label className="export-secrets">
        <input
          type="checkbox"
          checked={includeSecrets}
          onChange={(event) => setIncludeSecrets(event.target.checked)}
        />{' '}
        Include secret values
      </label>
      <p className="export-muted">
        Files picked for request bodies are not exported: only their names, to pick again.{' '}
        {includeSecrets
          ? 'Secret values are written into the file as they are: keep it private.'
          : 'Secret variables are exported with blank values.'}
      </p>
      <section className="export-section" aria-label="HTTP Playground file">
        <h3>HTTP Playground</h3>
        <p className="export-muted">The whole collection and its environments, in one file.</p>
        <button
          type="button"
          className="button button-primary"
          onClick={() =>
            downloadText(
              toPortableJson(collection, chosen, options),
              fileNameFor(collection.name, '.playground.json'),
            )
          }
        >
          Download HTTP Playground file
        </button>
      </section>
      <section className="export-section" aria-label="Postman">
        <h3>Postman Collection v2.1</h3>
        <p className="export-muted">
          For Postman and the tools that read its format; environments are files of their own.
        </p>
        <button
          type="button"
          className="button"
          onClick={() =>
            downloadText(
              JSON.stringify(toPostmanCollection(collection, options), null, 2),
              fileNameFor(collection.name, '.postman_collection.json'),
            )
          }
        >
          Download Postman collection
        </button>
        {chosen.length > 0 && (
          <ul className="export-environments">
            {chosen.map((environment) => (
              <EnvironmentRow
                key={environment.id}
                environment={environment}
                includeSecrets={includeSecrets}
              />
            ))}
          </ul>
        )}
      </section>
    </Dialog>
  );
}
