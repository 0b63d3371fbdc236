import { useSyncExternalStore } from 'react';

// Presenter mode is a feature of its own; the editor only follows the attribute it sets on <html>.
const isOn = () => document.documentElement.dataset.presenter === 'on';

function subscribe(onChange: () => void): () => void {
  const observer = new MutationObserver(onChange);
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['data-presenter'] });
  return () => observer.disconnect();
}

/** Whether the page is in presenter mode (larger type, high contrast), following changes live. */
export function usePresenterAttribute(): boolean {
  return useSyncExternalStore(subscribe, isOn, () => false);
}
