import type { ExchangeRecorder, ExchangeSnapshot } from '@playground/shared';
import { useSyncExternalStore } from 'react';

/**
 * The run's snapshot, re-rendering at most once per animation frame however fast chunks arrive,
 * so a fast download never floods React.
 */
export function useExchange(recorder: ExchangeRecorder | null): ExchangeSnapshot | null {
  return useSyncExternalStore(
    (onChange) => {
      if (!recorder) return () => {};
      let frame = 0;
      const unsubscribe = recorder.subscribe(() => {
        if (frame === 0) {
          frame = requestAnimationFrame(() => {
            frame = 0;
            onChange();
          });
        }
      });
      return () => {
        cancelAnimationFrame(frame);
        unsubscribe();
      };
    },
    () => recorder?.snapshot() ?? null,
  );
}
