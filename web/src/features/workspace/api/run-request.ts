import {
  ApiErrorBody,
  type CookieJarContents,
  type ExchangeRecorder,
  FrameDecoder,
  FrameFormatError,
} from '@playground/shared';
import { useMutation } from '@tanstack/react-query';
import { proxyFetch } from '@/lib/proxy-fetch.ts';
import { PROXY_UNREACHABLE, ProxyRequestError } from '@/lib/proxy-request-error.ts';
import { draftToSpec, type RequestDraft } from '@/lib/request-draft.ts';
import { uploadFile } from './upload-file.ts';

export interface RunInput {
  draft: RequestDraft;
  recorder: ExchangeRecorder;
  signal: AbortSignal;
  /** The cookies of the jar the request uses (its collection's, or the scratch jar), if any. */
  cookieJar?: CookieJarContents;
}

/**
 * Sends the draft through the proxy and feeds every frame into `recorder` as it arrives. Never
 * throws: every failure ends up in the recorder, in words for the learner.
 */
export async function runRequest({ draft, recorder, signal, cookieJar }: RunInput): Promise<void> {
  try {
    const spec = await draftToSpec(draft, uploadFile);
    if (cookieJar) spec.cookieJar = cookieJar;
    const response = await proxyFetch('/api/run', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(spec),
      signal,
    });
    if (!response.ok || !response.body) {
      const parsed = ApiErrorBody.safeParse(await response.json().catch(() => null));
      recorder.fail(parsed.success ? parsed.data.error : PROXY_UNREACHABLE);
      return;
    }
    const decoder = new FrameDecoder();
    const reader = response.body.getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      for (const frame of decoder.push(value)) recorder.apply(frame);
    }
    decoder.finish();
  } catch (err) {
    if (signal.aborted) {
      recorder.cancel();
    } else if (err instanceof ProxyRequestError) {
      recorder.fail(err.error);
    } else if (err instanceof FrameFormatError) {
      recorder.fail({
        kind: 'internal',
        title: 'The answer was cut off',
        message: 'The connection to the playground proxy broke while the response was arriving.',
        hint: 'Send the request again.',
      });
    } else {
      recorder.fail(PROXY_UNREACHABLE);
    }
  }
}

/**
 * The mutation behind Send. Each call carries its own recorder, so several tabs can be in flight
 * at once; the views read the recorders, not the mutation's state.
 */
export function useRunRequest() {
  return useMutation({ mutationKey: ['run-request'], mutationFn: runRequest });
}
