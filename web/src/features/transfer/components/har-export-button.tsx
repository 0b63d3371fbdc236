import { type ExchangeRecorder, type ExchangeSnapshot, toHar } from '@playground/shared';
import { downloadText } from '../utils/download.ts';
import { sentWith } from '../utils/sent-exchanges.ts';

interface HarExportButtonProps {
  recorder: ExchangeRecorder | null;
  /** The run's state, so the button shows once it has ended. */
  exchange: ExchangeSnapshot | null;
}

/**
 * Saves the current tab's exchange (the request as it went out, each redirect hop, what came back)
 * as a HAR file, the format browsers' developer tools open.
 */
export function HarExportButton({ recorder, exchange }: HarExportButtonProps) {
  const sent = sentWith(recorder);
  const ended = exchange !== null && exchange.phase !== 'sending' && exchange.phase !== 'receiving';
  if (!sent || !exchange || !ended) return null;
  return (
    <button
      type="button"
      className="button har-export"
      title="A HAR file: the request and what came back, for browsers’ developer tools and other HTTP tools"
      onClick={() => {
        const har = toHar([{ draft: sent.draft, startedAt: sent.startedAt, snapshot: exchange }]);
        const stamp = new Date(sent.startedAt).toISOString().slice(0, 19).replaceAll(':', '-');
        downloadText(JSON.stringify(har, null, 2), `exchange-${stamp}.har`);
      }}
    >
      Save as HAR
    </button>
  );
}
