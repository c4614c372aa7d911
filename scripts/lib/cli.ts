/**
 * The Kootniti CLI's logic, apart from the process: argv in, text out on the streams it is
 * handed, an exit code back. `scripts/summarize.ts` runs it on the real process; the tests call it
 * in-process with their own streams.
 */
import { createReadStream } from 'node:fs';
import { extname, resolve } from 'node:path';
import { articleFromText } from '../../engine/extract/text';
import { summarize } from '../../engine/pipeline';
import { toMarkdown } from '../../engine/render/markdown';
import { toTerminal } from '../../engine/render/terminal';
import type { Article } from '../../engine/types';
import { DecodeError, decodeBytes } from './decode';
import { extractFromHtml } from './html';
import { SAMPLE } from './sample';

/** The most bytes read from a file or standard input: reading stops there. */
export const MAX_INPUT_BYTES = 20 * 1024 * 1024;

const USAGE = `Usage: npm run summarize -- [file.html | file.txt | -] [--json | --markdown] [--per-section N]
  (no file: the bundled sample ${SAMPLE}; "-": read standard input)`;

/** Where the CLI writes: `process.stdout`/`process.stderr`, or anything with `write`. */
export interface OutputStream {
  write(chunk: string): unknown;
  isTTY?: boolean;
  columns?: number;
}

/** The CLI's surroundings: standard input (read only for "-"), its two outputs, its environment. */
export interface CliIo {
  stdin: AsyncIterable<Uint8Array | string>;
  stdout: OutputStream;
  stderr: OutputStream;
  env?: Record<string, string | undefined>;
}

/** Exit codes: 0 done, 1 the input could not be summarised, 2 a usage error (bad option, missing file). */
export type ExitCode = 0 | 1 | 2;

class CliError extends Error {
  constructor(
    message: string,
    readonly code: 1 | 2 = 1,
  ) {
    super(message);
  }
}

interface CliArgs {
  file: string | null;
  format: 'card' | 'json' | 'markdown';
  perSection: number;
  help: boolean;
}

function parseArgs(argv: readonly string[]): CliArgs {
  const args: CliArgs = { file: null, format: 'card', perSection: 3, help: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] as string;
    if (a === '--json') args.format = 'json';
    else if (a === '--markdown' || a === '--md') args.format = 'markdown';
    else if (a === '--per-section') {
      const n = Number(argv[++i]);
      if (!Number.isInteger(n) || n < 1 || n > 5) throw new CliError('--per-section takes a whole number from 1 to 5', 2);
      args.perSection = n;
    } else if (a === '-h' || a === '--help') args.help = true;
    else if (a.startsWith('--')) throw new CliError(`unknown option ${a} (see --help)`, 2);
    else if (args.file !== null) throw new CliError(`one input at a time (got ${args.file} and ${a})`, 2);
    else args.file = a;
  }
  return args;
}

const MB = (n: number) => `${(n / 1024 / 1024).toLocaleString('en')} MB`;

/** Reads a stream to its end, or throws once it passes MAX_INPUT_BYTES (leaving the rest unread). */
async function readCapped(stream: AsyncIterable<Uint8Array | string>, name: string): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of stream) {
    const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : Buffer.from(chunk);
    total += buffer.length;
    // Leaving the loop ends the iteration: a Readable is destroyed, a pipe's writer gets EPIPE.
    if (total > MAX_INPUT_BYTES)
      throw new CliError(
        `${name} is too large: more than ${MB(MAX_INPUT_BYTES)} (${MAX_INPUT_BYTES.toLocaleString('en')} bytes), the limit; reading stopped there`,
      );
    chunks.push(buffer);
  }
  return Buffer.concat(chunks);
}

async function readInput(file: string, stdin: CliIo['stdin']): Promise<{ bytes: Buffer; name: string }> {
  if (file === '-') return { bytes: await readCapped(stdin, 'standard input'), name: 'standard input' };
  try {
    // A stream, not readFileSync: a FIFO or /dev/zero given as a file is capped like standard input.
    return { bytes: await readCapped(createReadStream(resolve(file)), file), name: file };
  } catch (e) {
    if (e instanceof CliError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new CliError(`no such file: ${file}`, 2);
    if (code === 'EISDIR') throw new CliError(`${file} is a folder, not a file`, 2);
    throw new CliError(`cannot read ${file}: ${(e as Error).message}`, 2);
  }
}

/** Decodes a file's bytes (see decode.ts: byte-order mark, declared charset, UTF-16, binary). */
export function decodeText(bytes: Buffer, name: string, file = ''): string {
  const ext = extname(file).toLowerCase();
  try {
    return decodeBytes(bytes, name, ext !== '.txt' && ext !== '.text');
  } catch (e) {
    if (e instanceof DecodeError) throw new CliError(e.message);
    throw e;
  }
}

function looksLikeHtml(file: string, text: string): boolean {
  const ext = extname(file).toLowerCase();
  if (ext === '.html' || ext === '.htm' || ext === '.xhtml') return true;
  if (ext === '.txt' || ext === '.text') return false;
  return /^\s*(?:<!doctype html|<html|<head|<body|<article|<p[\s>])/i.test(text);
}

function toArticle(file: string, text: string, name: string): Article {
  if (text.trim() === '') throw new CliError(`${name} is empty`);
  if (looksLikeHtml(file, text)) {
    const result = extractFromHtml(text);
    if (!result.ok) throw new CliError(`${name}: ${result.message}`);
    return result.article;
  }
  const article = articleFromText(text);
  if (!article) throw new CliError(`${name} is empty`);
  return article;
}

async function main(argv: readonly string[], io: CliIo): Promise<void> {
  const args = parseArgs(argv);
  if (args.help) {
    io.stdout.write(`${USAGE}\n`);
    return;
  }
  const file = args.file ?? SAMPLE;
  const { bytes, name } = await readInput(file, io.stdin);
  const article = toArticle(file, decodeText(bytes, name, file), name);
  const result = summarize(article, { perSection: args.perSection });
  if (!result.ok) throw new CliError(`${name}: ${result.message}`);
  const s = result.summary;
  if (args.format === 'json') io.stdout.write(`${JSON.stringify(s, null, 2)}\n`);
  else if (args.format === 'markdown') io.stdout.write(toMarkdown(s));
  else {
    const color = io.stdout.isTTY === true && !io.env?.NO_COLOR;
    io.stdout.write(`${toTerminal(s, { color, width: Math.min(io.stdout.columns || 78, 100) })}\n`);
  }
}

/**
 * Runs the CLI on `argv` (the arguments after the script's name). Never throws: an error is one
 * line on stderr and a non-zero exit code.
 */
export async function runCli(argv: readonly string[], io: CliIo): Promise<ExitCode> {
  try {
    await main(argv, io);
    return 0;
  } catch (e) {
    const err = e instanceof CliError ? e : new CliError(`unexpected error: ${(e as Error)?.message ?? String(e)}`);
    io.stderr.write(`kootniti: ${err.message}\n`);
    return err.code;
  }
}
