import { ExplainPopover } from './explain-popover.tsx';
import { StatusDetails, type StatusDetailsProps } from './status-details.tsx';

/** "What does 404 mean?": the status code's class, meaning, causes and next steps, beside it. */
export function StatusExplainer({ status, headers }: StatusDetailsProps) {
  return (
    <ExplainPopover className="explain-code" label={`What does ${status} mean?`}>
      {() => <StatusDetails status={status} headers={headers} />}
    </ExplainPopover>
  );
}
