import type { CollectionItem, SavedRequest } from '@playground/shared';
import { useId } from 'react';

interface SharedItemsProps {
  items: readonly CollectionItem[];
  onOpen: (request: SavedRequest) => void;
}

function SharedRequestRow({ request, onOpen }: { request: SavedRequest; onOpen: () => void }) {
  const nameId = useId();
  return (
    <li className="shared-request">
      <span className="shared-request-method">{request.draft.method}</span>
      <span className="shared-request-name" id={nameId}>
        {request.name}
      </span>
      <code className="shared-request-address">{request.draft.url}</code>
      {/* Named "Open", described by the request's name: a name holding its address could clash
          with the names the page gives its own controls. */}
      <button type="button" className="button shared-open" aria-describedby={nameId} onClick={onOpen}>
        Open
      </button>
    </li>
  );
}

/** A shared collection's folders and requests, read-only: each request can be opened in a tab. */
export function SharedItems({ items, onOpen }: SharedItemsProps) {
  return (
    <ul className="shared-items">
      {items.map((item) =>
        item.type === 'request' ? (
          <SharedRequestRow key={item.id} request={item} onOpen={() => onOpen(item)} />
        ) : (
          <li key={item.id} className="shared-folder">
            <details open>
              <summary>{item.name}</summary>
              {item.items.length === 0 ? (
                <p className="shared-empty">Empty folder</p>
              ) : (
                <SharedItems items={item.items} onOpen={onOpen} />
              )}
            </details>
          </li>
        ),
      )}
    </ul>
  );
}
