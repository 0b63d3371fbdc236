import { type Collection, type Environment, toPortableCollection } from '@playground/shared';
import { useState } from 'react';
import { Dialog } from '@/components/dialog/dialog.tsx';
import {
  EnvironmentChoice,
  useEnvironmentChoice,
} from '@/components/environment-choice/environment-choice.tsx';
import { leftBehind } from '../utils/left-behind.ts';
import { LinkSection } from './link-section.tsx';
import { PublishSection } from './publish-section.tsx';
import { PublishedList } from './published-list.tsx';
import './share-dialog.css';

export interface ShareDialogProps {
  collection: Collection;
  /** The user's environments, any of which may go with it (secret values stay behind unless asked). */
  environments: readonly Environment[];
  /** The environments ticked to begin with (the active one). */
  initiallyChosen: readonly string[];
  onClose: () => void;
}

/**
 * Share a collection: a link with the collection inside (nothing stored anywhere), or a published
 * snapshot with a short link that its publisher can delete. Secret values stay behind unless the
 * user ticks the box; files never travel.
 */
export function ShareDialog({ collection, environments, initiallyChosen, onClose }: ShareDialogProps) {
  const [includeSecrets, setIncludeSecrets] = useState(false);
  const [present, setPresent] = useState(false);
  const choice = useEnvironmentChoice(environments, initiallyChosen);
  const portable = toPortableCollection(collection, choice.chosen, { includeSecrets });
  const behind = leftBehind(collection, choice.chosen);

  return (
    <Dialog title={`Share “${collection.name}”`} onClose={onClose}>
      <EnvironmentChoice environments={environments} choice={choice} />
      <div className="share-options">
        <label>
          <input
            type="checkbox"
            checked={includeSecrets}
            onChange={(event) => setIncludeSecrets(event.target.checked)}
          />{' '}
          Include secret values
        </label>
        <label>
          <input type="checkbox" checked={present} onChange={(event) => setPresent(event.target.checked)} />{' '}
          Open in presenter mode (large type, for a projector)
        </label>
      </div>
      <ul className="share-left-behind" aria-label="What does not travel">
        <li>
          Files do not travel{behind.files > 0 ? ` (${behind.files} in this collection)` : ''}: whoever opens
          it picks them again.
        </li>
        <li>
          {includeSecrets
            ? `Secret values travel as they are${behind.secrets > 0 ? ` (${behind.secrets})` : ''}: anyone with the link can read them.`
            : `Secret values travel blank${behind.secrets > 0 ? ` (${behind.secrets} left out)` : ''}.`}
        </li>
        {behind.typedCredentials > 0 && (
          <li>
            {behind.typedCredentials === 1 ? '1 request has' : `${behind.typedCredentials} requests have`} a
            password or token typed into Auth, which travels with it. Put it in a secret variable, e.g.{' '}
            <code>{'{{token}}'}</code>, to keep it out.
          </li>
        )}
      </ul>
      <LinkSection portable={portable} present={present} />
      <PublishSection portable={portable} present={present} />
      <PublishedList />
    </Dialog>
  );
}
