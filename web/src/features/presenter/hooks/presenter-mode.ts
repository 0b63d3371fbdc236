/**
 * Presenter mode: larger type, high contrast and thick focus rings for a projector. The page shows
 * it through `data-presenter` on <html> (index.css, and the code editor reads it too), set before
 * the first paint so a projected page never flashes at normal size.
 */

const STORAGE_KEY = 'http-playground:presenter';
const listeners = new Set<() => void>();

function stored(): boolean {
  try {
    return window.localStorage.getItem(STORAGE_KEY) === 'on';
  } catch {
    // Storage blocked (private mode, policy): presenter mode still works, for this visit.
    return false;
  }
}

function remember(on: boolean): void {
  try {
    window.localStorage.setItem(STORAGE_KEY, on ? 'on' : 'off');
  } catch {
    // Not remembered, but still applied.
  }
}

function apply(on: boolean): void {
  if (on) document.documentElement.dataset.presenter = 'on';
  else delete document.documentElement.dataset.presenter;
}

let current = false;

/** Reads the address and the remembered choice; a link with `?present` turns it on (and is remembered). */
export function startPresenterMode(): void {
  const asked = new URLSearchParams(window.location.search).has('present');
  current = asked || stored();
  if (asked) remember(true);
  apply(current);
}

export function isPresenterMode(): boolean {
  return current;
}

export function subscribePresenterMode(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Turns presenter mode on or off, remembered in this browser. */
export function setPresenterMode(on: boolean): void {
  current = on;
  remember(on);
  apply(on);
  if (!on) {
    // Otherwise a reload of a `?present` link would turn it straight back on.
    const url = new URL(window.location.href);
    if (url.searchParams.has('present')) {
      url.searchParams.delete('present');
      window.history.replaceState(window.history.state, '', url);
    }
  }
  for (const listener of listeners) listener();
}
