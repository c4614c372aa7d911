/**
 * The numbered-lines format the translation prompt asks for (`1. …`), both ways: lines in, and a
 * model's streamed text back into complete lines, skipping what is not part of the answer (a
 * reasoning model's `<think>` block, code fences, blank lines).
 */
import { asciiDigits } from './checks';

/** One line of the answer: its number and its text. */
export interface NumberedLine {
  n: number;
  text: string;
}

/** Folds a line's white space (line breaks included) into single spaces. */
export function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** `1. first\n2. second`: the lines numbered from 1, each kept on one line. */
export function numberLines(lines: readonly string[]): string {
  return lines.map((l, i) => `${i + 1}. ${oneLine(l)}`).join('\n');
}

// `1. text`, `1) text`, `१। text`, `**1.** text`, `- 1. text`: a number, a delimiter, then a space.
const NUMBERED = /^\s*(?:[-*•]\s+)?(?:\*\*)?([0-9०-९]{1,4})(?:\*\*)?\s*[.):।](?:\*\*)?(?:\s+|$)(.*)$/;

/** Reads `3. text` as { n: 3, text }; null when the line is not numbered. */
export function parseNumberedLine(line: string): NumberedLine | null {
  const m = NUMBERED.exec(line);
  if (!m) return null;
  return { n: Number(asciiDigits(m[1] ?? '')), text: oneLine((m[2] ?? '').replace(/\*\*$/, '')) };
}

/** Splits streamed text into complete lines, dropping `<think>…</think>`, code fences and blank lines. */
export interface LineSplitter {
  /** Feeds a piece of text; returns the lines it completed. */
  push(delta: string): string[];
  /** Ends the text; returns its last line, if any. */
  end(): string[];
  /** The line being received (not complete yet), trimmed; '' inside a think block. */
  partial(): string;
}

/** Makes a LineSplitter. */
export function createLineSplitter(): LineSplitter {
  let buffer = '';
  let thinking = false;

  function take(raw: string, out: string[]): void {
    let line = raw;
    if (thinking) {
      const close = line.indexOf('</think>');
      if (close === -1) return;
      thinking = false;
      line = line.slice(close + '</think>'.length);
    }
    const open = line.indexOf('<think>');
    if (open !== -1) {
      const close = line.indexOf('</think>', open);
      if (close === -1) {
        thinking = true;
        line = line.slice(0, open);
      } else {
        line = line.slice(0, open) + line.slice(close + '</think>'.length);
      }
    }
    const trimmed = line.trim();
    if (trimmed && !trimmed.startsWith('```')) out.push(trimmed);
  }

  return {
    push(delta) {
      buffer += delta;
      const out: string[] = [];
      let nl = buffer.search(/\r?\n|\r/);
      while (nl !== -1) {
        const sep = buffer.startsWith('\r\n', nl) ? 2 : 1;
        take(buffer.slice(0, nl), out);
        buffer = buffer.slice(nl + sep);
        nl = buffer.search(/\r?\n|\r/);
      }
      return out;
    },
    end() {
      const out: string[] = [];
      take(buffer, out);
      buffer = '';
      return out;
    },
    partial() {
      return thinking || buffer.includes('<think>') ? '' : buffer.trim();
    },
  };
}

/** The answer without a reasoning model's `<think>…</think>` block (closed or left open). */
export function stripThinking(text: string): string {
  return text.replace(/<think>[\s\S]*?(<\/think>|$)/g, '').trim();
}
