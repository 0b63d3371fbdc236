import { ExplainPopover } from './explain-popover.tsx';
import { UrlAnatomyDetails, type UrlAnatomyDetailsProps } from './url-anatomy-details.tsx';

/** "Address parts": under the address, its scheme, host, port, path, query and fragment explained. */
export function UrlAnatomy(props: UrlAnatomyDetailsProps) {
  return (
    <ExplainPopover className="explain-address-parts" label="Address parts" inline>
      {() => <UrlAnatomyDetails {...props} />}
    </ExplainPopover>
  );
}
