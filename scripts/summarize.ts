/**
 * The Kootniti CLI: summarise a saved page or a text file with the extension's engine.
 *
 *   npm run summarize -- <file.html | file.txt | -> [--json | --markdown] [--per-section N]
 *
 * With no file it summarises the bundled sample. Errors are one line on stderr and a non-zero exit.
 */
import { readFileSync } from 'node:fs';
import { extname, resolve } from 'node:path';
import { articleFromText } from '../engine/extract/text';
import { summarize } from '../engine/pipeline';
import { toMarkdown } from '../engine/render/markdown';
import { toTerminal } from '../engine/render/terminal';
import type { Article } from '../engine/types';
import { extractFromHtml } from './lib/html';
import { SAMPLE } from './lib/sample';
const MAX_INPUT_BYTES = 20 * 1024 * 1024;

const USAGE = `Usage: npm run summarize -- [file.html | file.txt | -] [--json | --markdown] [--per-section N]
  (no file: the bundled sample ${SAMPLE}; "-": read standard input)`;

class CliError extends Error {
  constructor(message: string, readonly code = 1) {
    super(message);
  }
}

interface CliArgs {
  file: string | null;
  format: 'card' | 'json' | 'markdown';
  perSection: number;
}

function parseArgs(argv: string[]): CliArgs {
  const args: CliArgs = { file: null, format: 'card', perSection: 3 };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] as string;
    if (a === '--json') args.format = 'json';
    else if (a === '--markdown' || a === '--md') args.format = 'markdown';
    else if (a === '--per-section') {
      const n = Number(argv[++i]);
      if (!Number.isInteger(n) || n < 1 || n > 5) throw new CliError('--per-section takes a whole number from 1 to 5', 2);
      args.perSection = n;
    } else if (a === '-h' || a === '--help') {
      process.stdout.write(`${USAGE}\n`);
      process.exit(0);
    } else if (a.startsWith("--")) throw new CliError(`unknown option ${a} (see --help)`, 2);
    else if (args.file !== null) throw new CliError(`one input at a time (got ${args.file} and ${a})`, 2);
    else args.file = a;
  }
  return args;
}

function readInput(file: string): { bytes: Buffer; name: string } {
  if (file === '-') return { bytes: readFileSync(0), name: 'standard input' };
  try {
    return { bytes: readFileSync(resolve(file)), name: file };
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new CliError(`no such file: ${file}`, 2);
    if (code === 'EISDIR') throw new CliError(`${file} is a folder, not a file`, 2);
    throw new CliError(`cannot read ${file}: ${(e as Error).message}`, 2);
  }
}

/** Decodes UTF-8 text, refusing binary input (NUL bytes or invalid UTF-8). */
export function decodeText(bytes: Buffer, name: string): string {
  if (bytes.length > MAX_INPUT_BYTES) throw new CliError(`${name} is too large (${bytes.length} bytes; the limit is ${MAX_INPUT_BYTES})`);
  if (bytes.subarray(0, 8192).includes(0)) throw new CliError(`${name} looks binary, not an HTML or text file`);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new CliError(`${name} is not valid UTF-8 text`);
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

function main(): void {
  const args = parseArgs(process.argv.slice(2));
  const file = args.file ?? SAMPLE;
  const { bytes, name } = readInput(file);
  const article = toArticle(file, decodeText(bytes, name), name);
  const result = summarize(article, { perSection: args.perSection });
  if (!result.ok) throw new CliError(`${name}: ${result.message}`);
  const s = result.summary;
  if (args.format === 'json') process.stdout.write(`${JSON.stringify(s, null, 2)}\n`);
  else if (args.format === 'markdown') process.stdout.write(toMarkdown(s));
  else {
    const color = process.stdout.isTTY === true && !process.env.NO_COLOR;
    process.stdout.write(`${toTerminal(s, { color, width: Math.min(process.stdout.columns || 78, 100) })}\n`);
  }
}

try {
  main();
} catch (e) {
  const err = e instanceof CliError ? e : new CliError(`unexpected error: ${(e as Error)?.message ?? String(e)}`);
  process.stderr.write(`kootniti: ${err.message}\n`);
  process.exitCode = err.code;
}
