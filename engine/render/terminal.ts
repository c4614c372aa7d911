/** The card for a terminal: plain text, with optional ANSI styling. */
import type { Summary } from '../summary/types';
import { languageName, shareLabel } from './labels';
import { oneLine as t } from './safe';

/** Rendering options for the terminal card. */
export interface TerminalOptions {
  color?: boolean;
  width?: number;
}

/**
 * Renders a summary as a readable terminal card. Page text goes through t() (one line, no control
 * characters): an ESC sequence in an article must not reach the terminal.
 */
export function toTerminal(s: Summary, { color = false, width = 78 }: TerminalOptions = {}): string {
  const bold = (t: string): string => (color ? `\x1b[1m${t}\x1b[22m` : t);
  const dim = (t: string): string => (color ? `\x1b[2m${t}\x1b[22m` : t);
  const cyan = (t: string): string => (color ? `\x1b[36m${t}\x1b[39m` : t);
  const rule = '─'.repeat(width);
  const out: string[] = [rule, bold(t(s.title))];
  const meta = [s.siteName, s.byline, s.publishedTime?.slice(0, 10)].filter((x): x is string => Boolean(x)).map(t);
  out.push(dim([...meta, languageName(s.language)].join(' · ')), rule);

  if (s.overview.length) {
    out.push(bold('Overview · सारांश'));
    for (const o of s.overview) out.push(bullet(o.text, o.index));
    out.push('');
  }
  const bar = (share: number): string => '█'.repeat(Math.max(1, Math.round(share * 20)));
  if (s.sections.length) {
    out.push(bold('Topics · विषय'));
    for (const sec of s.sections) {
      out.push(`  ${cyan(bar(sec.share).padEnd(20))} ${shareLabel(sec.share).padStart(4)}  ${t(sec.label.en)} · ${t(sec.label.hi)}`);
    }
    out.push('');
  }
  for (const sec of s.sections) {
    out.push(cyan(bold(`${t(sec.label.en)} · ${t(sec.label.hi)}`)) + dim(`  (${shareLabel(sec.share)})`));
    for (const line of sec.sentences) out.push(bullet(line.text, line.index));
    if (sec.keyTerms.length) {
      out.push(dim(`    ${sec.keyTerms.map((k) => `${t(k.hi)} ↔ ${t(k.en)}`).join(' · ')}`));
    }
    out.push('');
  }
  if (s.entities.length) {
    out.push(bold('Names · नाम'));
    for (const e of s.entities.slice(0, 20)) {
      out.push(`  ${dim(e.kind.padEnd(13))} ${t(e.hi)} ↔ ${t(e.en)}${e.count > 1 ? dim(` ×${e.count}`) : ''}`);
    }
    out.push('');
  }
  if (s.sections.length === 0) out.push(dim('No topic sections: no sentence is substantially about a listed topic.'), '');
  out.push(dim('[n] = sentence number in the article. Lines are quoted as written; key terms and names in both languages.'));
  return out.join('\n');
}

function bullet(text: string, index: number): string {
  return `  • ${t(text)} [${index}]`;
}
