/**
 * A server-sent events parser for chat-completion streams: text in (already decoded, split anywhere),
 * the `data` of each complete event out. Follows the EventSource rules that matter here: lines end
 * with CRLF, LF or CR; `data:` lines (one optional space after the colon) of one event are joined
 * with LF; a blank line ends the event; comments (`:`) and other fields are skipped.
 */

/** Incremental SSE parser: `push` text as it arrives, `end` when the stream ends. */
export interface SseParser {
  /** Feeds decoded text; returns the data of every event it completed. */
  push(text: string): string[];
  /** Ends the stream; returns the data of an event left without its closing blank line. */
  end(): string[];
}

/** Makes an SSE parser. */
export function createSseParser(): SseParser {
  let buffer = '';
  let data: string[] = [];
  // A CR at the end of a chunk may be the first half of CRLF: the next chunk's LF is then no line.
  let skipLf = false;

  function line(l: string, out: string[]): void {
    if (l === '') {
      if (data.length) out.push(data.join('\n'));
      data = [];
      return;
    }
    if (l.startsWith(':')) return;
    const colon = l.indexOf(':');
    const field = colon === -1 ? l : l.slice(0, colon);
    if (field !== 'data') return;
    let value = colon === -1 ? '' : l.slice(colon + 1);
    if (value.startsWith(' ')) value = value.slice(1);
    data.push(value);
  }

  return {
    push(text) {
      const out: string[] = [];
      let s = text;
      if (skipLf && s.startsWith('\n')) s = s.slice(1);
      skipLf = false;
      buffer += s;
      let start = 0;
      for (let i = 0; i < buffer.length; i++) {
        const c = buffer[i];
        if (c !== '\n' && c !== '\r') continue;
        line(buffer.slice(start, i), out);
        if (c === '\r') {
          if (i + 1 < buffer.length) {
            if (buffer[i + 1] === '\n') i++;
          } else {
            skipLf = true;
          }
        }
        start = i + 1;
      }
      buffer = buffer.slice(start);
      return out;
    },
    end() {
      const out: string[] = [];
      if (buffer !== '') line(buffer, out);
      buffer = '';
      if (data.length) out.push(data.join('\n'));
      data = [];
      return out;
    },
  };
}
