import { ExplainPopover } from './explain-popover.tsx';
import { MethodDetails } from './method-details.tsx';

/** "About GET": what the chosen method means and its properties, beside the method picker. */
export function MethodExplainer({ method }: { method: string }) {
  const name = method.trim() === '' ? 'this verb' : method;
  return (
    <ExplainPopover
      className="explain-method"
      title={`About ${name}: what it means, and its properties`}
      label={
        <>
          <span aria-hidden="true">?</span>
          <span className="visually-hidden">About {name}</span>
        </>
      }
    >
      {() => <MethodDetails method={method} />}
    </ExplainPopover>
  );
}
