type Knowledge = typeof import('./knowledge.ts');

let loading: Promise<Knowledge> | null = null;

/**
 * The explanation tables, loaded once. The same promise every time, so components can read it
 * with React's `use()` under a Suspense boundary.
 */
export function loadKnowledge(): Promise<Knowledge> {
  loading ??= import('./knowledge.ts');
  return loading;
}
