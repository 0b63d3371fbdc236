import type { ExchangeSnapshot } from '@playground/shared';
import { useMemo } from 'react';
import { BodyText } from '../utils/body-text.ts';
import { DISPLAY_LIMIT_BYTES } from '../utils/limits.ts';

/** Whether nothing more will arrive for this body. */
export function isBodyComplete(exchange: ExchangeSnapshot): boolean {
  return exchange.phase === 'done' || exchange.phase === 'cancelled' || exchange.phase === 'failed';
}

/**
 * The body decoded so far. Each render decodes only the chunks that arrived since the last one
 * (renders come at most once per frame), so a body streaming in at full speed stays cheap.
 */
export function useBodyText(exchange: ExchangeSnapshot, charset: string): BodyText {
  // A new run brings a new chunks array, and a new charset means decoding again from the start.
  // biome-ignore lint/correctness/useExhaustiveDependencies: the chunks array is the run's identity.
  const body = useMemo(() => new BodyText(charset, DISPLAY_LIMIT_BYTES), [exchange.chunks, charset]);
  body.sync(exchange.chunks, isBodyComplete(exchange));
  return body;
}
