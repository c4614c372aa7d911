/** Helpers for the provider tests: configs and fetches that answer from bytes given by the test. */
import { expect } from 'vitest';
import { TranslationError } from '../../../utils/translate/errors';
import type { ChatMessage, FetchLike } from '../../../utils/translate/provider/chat';
import type { ProviderConfig } from '../../../utils/translate/provider/config';

/** A key that must never show up in an error message. */
export const SECRET = 'sk-test-SECRET-0123456789abcdef';

/** A two-line Hindi → English translation request, as the chat tests send it. */
export const MESSAGES: ChatMessage[] = [
  { role: 'system', content: 'You translate sentences ... from Hindi to English.' },
  { role: 'user', content: 'Translate these 2 lines from Hindi to English:\n1. भारत और चीन ने २०२४ में बात की।\n2. प्रधानमंत्री ने कहा।' },
];

/** The TranslationError a promise rejects with. */
export async function failure(p: Promise<unknown>): Promise<TranslationError> {
  try {
    await p;
  } catch (e) {
    expect(e).toBeInstanceOf(TranslationError);
    return e as TranslationError;
  }
  throw new Error('expected a rejection');
}

/** A config for `endpoint` (default a fake URL for injected fetches). */
export function configFor(endpoint = 'http://127.0.0.1:9/v1', model = 'fake', apiKey = SECRET): ProviderConfig {
  return { endpoint, model, apiKey, abstractive: false };
}

/** The body split into pieces of `size` bytes: cuts through UTF-8 characters and lines. */
export function byteSlices(text: string, size: number): Uint8Array[] {
  const bytes = new TextEncoder().encode(text);
  const out: Uint8Array[] = [];
  for (let i = 0; i < bytes.length; i += size) out.push(bytes.slice(i, i + size));
  return out;
}

/** A fetch answering once with `parts` as the body; records what was asked. */
export function fetchAnswering(parts: Uint8Array[] | string, init: ResponseInit = {}): FetchLike & { calls: { url: string; init: RequestInit }[] } {
  const calls: { url: string; init: RequestInit }[] = [];
  const fn = async (url: string, requestInit: RequestInit): Promise<Response> => {
    calls.push({ url, init: requestInit });
    const chunks = typeof parts === 'string' ? byteSlices(parts, 1 << 20) : parts;
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        for (const c of chunks) controller.enqueue(c);
        controller.close();
      },
    });
    return new Response(body, init);
  };
  return Object.assign(fn, { calls });
}

/** SSE for a stream of content pieces, as OpenAI sends it. */
export function sse(pieces: readonly string[], eol = '\n'): string {
  const events = pieces.map((p) => `data: ${JSON.stringify({ choices: [{ index: 0, delta: { content: p } }] })}`);
  return [...events, 'data: [DONE]'].map((e) => `${e}${eol}${eol}`).join('');
}

/** A chat request's body as the scripted fetch sees it. */
export interface SeenBody {
  model: string;
  stream: boolean;
  messages: { role: string; content: string }[];
}

/**
 * A fetch playing a model from a script: call k answers `script[k]` (the last one repeats), as SSE in
 * 3-character pieces when streaming was asked, else as JSON. Records every body.
 */
export function scriptedFetch(script: readonly ((user: string) => string)[]): FetchLike & { bodies: SeenBody[] } {
  const bodies: SeenBody[] = [];
  const fn = async (_url: string, init: RequestInit): Promise<Response> => {
    const body = JSON.parse(String(init.body)) as SeenBody;
    bodies.push(body);
    const answer = script[Math.min(bodies.length - 1, script.length - 1)];
    const content = answer ? answer(body.messages.at(-1)?.content ?? '') : '';
    if (!body.stream) return new Response(JSON.stringify({ choices: [{ message: { content } }] }), { headers: { 'content-type': 'application/json' } });
    const pieces = [...content].reduce<string[]>((out, ch, i) => {
      if (i % 3) out[out.length - 1] += ch;
      else out.push(ch);
      return out;
    }, []);
    return new Response(sse(pieces), { headers: { 'content-type': 'text/event-stream' } });
  };
  return Object.assign(fn, { bodies });
}

/** The numbered lines of a translation request's user message, without their numbers. */
export function requestedLines(user: string): string[] {
  return [...user.matchAll(/^\d+\. (.*)$/gm)].map((m) => m[1] ?? '');
}
