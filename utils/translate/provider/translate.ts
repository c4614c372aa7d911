/**
 * Translates the card's lines with the user's model: numbered lines in, streamed numbered lines out.
 * A batch's lines are shown once its whole answer is in, has one numbered line per input and reads
 * in place (./align.ts), each line having passed its own checks (./checks.ts). Lines that fail, or
 * that the model dropped, mangled or answered one line off, are retried one per request; a line
 * failing again is left untranslated and reported, never guessed.
 */
import { TranslationError } from '../errors';
import type { LangPair } from '../types';
import type { Lang } from '../../../engine/types';
import { checkAlignment } from './align';
import { chatCompletion, type ChatMessage, type FetchLike } from './chat';
import { asciiDigits, checkLine } from './checks';
import type { ProviderConfig } from './config';
import { createLineSplitter, numberLines, oneLine, parseNumberedLine, stripThinking, type NumberedLine } from './numbered';

/** What translateWithProvider takes. */
export interface TranslateWithProviderOptions {
  config: ProviderConfig;
  lines: readonly string[];
  pair: LangPair;
  /** Called once per line that passed the checks, with its index in `lines`, in order within a batch. */
  onLine: (index: number, text: string) => void;
  signal?: AbortSignal;
  fetch?: FetchLike;
  /** Deadline of each request, in ms (see CHAT_TIMEOUT_MS). */
  timeoutMs?: number;
  /** Longest silence inside a streamed answer, in ms (see CHAT_IDLE_TIMEOUT_MS). */
  idleTimeoutMs?: number;
  /** Most lines per request (default MAX_BATCH_LINES). */
  maxBatchLines?: number;
  /** Most characters of input per request (default MAX_BATCH_CHARS). */
  maxBatchChars?: number;
}

/** How it went: lines translated, and the indices left untranslated (show the original for these). */
export interface ProviderTranslationResult {
  translated: number;
  failed: number[];
}

/** Most lines per request. */
export const MAX_BATCH_LINES = 8;
/**
 * Most input characters per request: Devanagari costs many tokens, and Ollama's default context
 * (2–4k tokens) must hold the prompt, the input and the answer, or it is cut silently.
 */
export const MAX_BATCH_CHARS = 2500;

const NAMES: Record<Lang, string> = { hi: 'Hindi', en: 'English' };

/** The system prompt for a direction. The test chat server recognises `from X to Y` in it. */
export function translationSystemPrompt(pair: LangPair): string {
  const from = NAMES[pair.from];
  const to = NAMES[pair.to];
  return [
    `You translate sentences from news articles about India's foreign affairs and diplomacy from ${from} to ${to}.`,
    'Translate every numbered line faithfully and completely: do not summarise, explain, add or leave out anything.',
    `Keep the names of people, places and organisations, written in ${pair.to === 'hi' ? 'Devanagari' : 'Latin'} script; acronyms such as G20 or UN may stay as they are.`,
    'Keep every number exactly as written, with the digits 0-9; do not convert lakh, crore, dates or units.',
    'Answer with exactly one line per input line, in the same order, each starting with its number: "1. ...", "2. ...".',
    'Output only the numbered lines, nothing else.',
  ].join('\n');
}

/** The messages asking for `lines` to be translated. */
export function translationMessages(lines: readonly string[], pair: LangPair): ChatMessage[] {
  const count = lines.length === 1 ? 'this line' : `these ${lines.length} lines`;
  return [
    { role: 'system', content: translationSystemPrompt(pair) },
    { role: 'user', content: `Translate ${count} from ${NAMES[pair.from]} to ${NAMES[pair.to]}:\n${numberLines(lines)}` },
  ];
}

/** Groups line indices into requests of at most `maxLines` lines and about `maxChars` characters. */
export function makeBatches(indices: readonly number[], texts: readonly string[], maxLines: number, maxChars: number): number[][] {
  const batches: number[][] = [];
  let batch: number[] = [];
  let chars = 0;
  for (const i of indices) {
    const size = (texts[i] ?? '').length;
    if (batch.length && (batch.length >= maxLines || chars + size > maxChars)) {
      batches.push(batch);
      batch = [];
      chars = 0;
    }
    batch.push(i);
    chars += size;
  }
  if (batch.length) batches.push(batch);
  return batches;
}

/** Errors after which a line or batch is worth retrying in smaller requests; others end the job. */
function recoverable(e: unknown): boolean {
  return e instanceof TranslationError && (e.code === 'bad-response' || e.code === 'quota');
}

/**
 * Translates `lines` from `pair.from` to `pair.to`, calling `onLine` for each line that passed the
 * checks. Blank lines are skipped (neither translated nor failed); lines without letters (numbers,
 * dates) are passed through. Rejects with the TranslationError of a request that failed outright
 * ('unauthorized', 'network', 'timeout', 'aborted'…), or with 'bad-response' when the server's
 * answers cannot be read at all (a retried line is no better); lines already delivered stay valid.
 */
export async function translateWithProvider(options: TranslateWithProviderOptions): Promise<ProviderTranslationResult> {
  const { config, pair, onLine, signal } = options;
  if (pair.from === pair.to) throw new TranslationError('unsupported', `Nothing to translate from ${pair.from} to ${pair.to}`);
  const texts = options.lines.map(oneLine);
  const request = { config, signal, fetch: options.fetch, timeoutMs: options.timeoutMs, idleTimeoutMs: options.idleTimeoutMs };
  let translated = 0;
  const failed: number[] = [];
  // Whether any request of this job got a readable answer: until one has, an unreadable answer
  // says the server is broken (not the line), and the job ends with that error.
  let answered = false;

  const todo: number[] = [];
  texts.forEach((text, i) => {
    if (!text) return;
    if (!/\p{L}/u.test(text)) {
      onLine(i, pair.to === 'en' ? asciiDigits(text) : text);
      translated++;
      return;
    }
    todo.push(i);
  });

  /** Streams one batch; resolves with the indices that still need a translation. */
  async function batchRequest(batch: readonly number[]): Promise<number[]> {
    const inputs = batch.map((i) => texts[i] ?? '');
    const done = new Set<number>();
    // Lines that passed their checks, held until the whole answer is known: a model that merges or
    // splits lines but keeps counting would otherwise put one line's translation under another.
    const held: [number, string][] = [];
    // Every answer line, passed or not, for the alignment check.
    const outputs: string[] = [];
    const accept = (line: NumberedLine): void => {
      const pos = line.n - 1;
      const index = batch[pos];
      if (index === undefined) return;
      outputs[pos] = line.text;
      if (checkLine(inputs[pos] ?? '', line.text, pair.to) !== null) return;
      held.push([index, line.text]);
    };
    // A line is complete once the next numbered line has begun (or the answer ends): until then
    // it may go on, on a line of its own.
    let expected = 1;
    let pending: NumberedLine | null = null;
    let broken = false;
    const take = (line: string): void => {
      if (broken) return;
      const parsed = parseNumberedLine(line);
      if (parsed && parsed.n === expected && expected <= inputs.length) {
        if (pending) accept(pending);
        pending = parsed;
        expected++;
        return;
      }
      if (!parsed && pending === null) return; // a preamble ("Here are the translations:")
      // A skipped or repeated number, an extra line, or text between lines: the model broke the
      // format here, so neither the line before nor anything after can be trusted.
      broken = true;
      pending = null;
    };
    const splitter = createLineSplitter();
    try {
      await chatCompletion({
        ...request,
        messages: translationMessages(inputs, pair),
        stream: true,
        onDelta: (delta) => {
          splitter.push(delta).forEach(take);
          const next = pending && !broken ? parseNumberedLine(splitter.partial()) : null;
          if (pending && next && next.n === expected && expected <= inputs.length && next.text) {
            accept(pending);
            pending = null;
          }
        },
      });
      answered = true;
      splitter.end().forEach(take);
      if (pending) accept(pending);
      // Delivered only when the answer kept the format, has exactly one line per input and reads in
      // place (a model answering one line off keeps the count); else every line of the batch is
      // asked for again on its own, where no answer can land under another line.
      if (!broken && expected - 1 === inputs.length && checkAlignment(inputs, outputs, pair.to).aligned) {
        for (const [index, text] of held) {
          done.add(index);
          translated++;
          onLine(index, text);
        }
      }
    } catch (e) {
      if (!recoverable(e)) throw e;
    }
    return batch.filter((i) => !done.has(i));
  }

  /** Translates one line on its own; true when it passed the checks. */
  async function lineRequest(index: number): Promise<boolean> {
    const input = texts[index] ?? '';
    let answer: string;
    try {
      answer = await chatCompletion({ ...request, messages: translationMessages([input], pair), stream: false });
    } catch (e) {
      if (recoverable(e) && answered) return false;
      throw e;
    }
    answered = true;
    const splitter = createLineSplitter();
    const lines = [...splitter.push(stripThinking(answer)), ...splitter.end()];
    const numbered = lines.map(parseNumberedLine).filter((l): l is NumberedLine => l !== null);
    let text: string | null = null;
    if (numbered.length === 1 && numbered[0]?.n === 1) text = numbered[0].text;
    else if (numbered.length === 0 && lines.length === 1) text = oneLine(lines[0] ?? '');
    if (text === null || checkLine(input, text, pair.to) !== null) return false;
    translated++;
    onLine(index, text);
    return true;
  }

  const batches = makeBatches(todo, texts, options.maxBatchLines ?? MAX_BATCH_LINES, options.maxBatchChars ?? MAX_BATCH_CHARS);
  for (const batch of batches) {
    const rest = batch.length === 1 ? batch : await batchRequest(batch);
    for (const index of rest) {
      if (signal?.aborted) throw new TranslationError('aborted', 'Cancelled');
      if (!(await lineRequest(index))) failed.push(index);
    }
  }
  return { translated, failed: failed.sort((a, b) => a - b) };
}
