import type { ShareOpenError } from '../api/open-share.ts';
import './share-problem-page.css';

/**
 * What a broken, expired or deleted share link shows instead of the playground: what happened and
 * what to do, and a way into the playground, never a blank screen.
 */
export function ShareProblemPage({ problem }: { problem: ShareOpenError }) {
  return (
    <main className="share-problem">
      <p className="share-problem-app">HTTP Playground</p>
      <h1>{problem.title}</h1>
      <p>{problem.message}</p>
      {problem.hint && <p>{problem.hint}</p>}
      <p>
        <a className="button button-primary share-problem-home" href="/">
          Go to the playground
        </a>
      </p>
    </main>
  );
}
