/**
 * Judging `web-ext lint` (addons-linter) output for the Firefox build: every error and warning
 * fails, except warnings from third-party code listed in ACCEPTED, traced there through source maps.
 */

/** One message of addons-linter's output (the fields we read). */
export interface LintMessage {
  _type: 'error' | 'warning' | 'notice';
  code: string;
  message: string;
  file?: string;
  line?: number;
  column?: number;
}

/** Where a message's code came from: the original source, and its npm package if it is not ours. */
export interface Origin {
  source: string;
  line: number;
  pkg: string | null;
}

/** A warning from third-party code we accept, and why it is safe here. */
export interface Accepted {
  pkg: string;
  code: string;
  why: string;
}

/** Third-party code whose warnings we accept. Nothing of ours belongs here: fix our code instead. */
export const ACCEPTED: readonly Accepted[] = [
  {
    pkg: 'preact',
    code: 'UNSAFE_VAR_ASSIGNMENT',
    why: 'the renderer sets innerHTML only for dangerouslySetInnerHTML, which Kootniti never uses (a test of the sources says so)',
  },
  {
    pkg: 'dompurify',
    code: 'UNSAFE_VAR_ASSIGNMENT',
    why: 'the sanitiser parses untrusted HTML into an inert document of its own, which is how it sanitises',
  },
  {
    pkg: '@mozilla/readability',
    code: 'UNSAFE_VAR_ASSIGNMENT',
    why: "it works on a clone of the page (restoring the clone's own HTML between attempts, unwrapping <noscript> images), and what it keeps goes through DOMPurify",
  },
];

/** The npm package a source path is in (`…/node_modules/@scope/name/…` → `@scope/name`), or null for ours. */
export function packageOf(source: string): string | null {
  const parts = source.replace(/\\/g, '/').split('/');
  const at = parts.lastIndexOf('node_modules');
  if (at < 0) return null;
  const [first, second] = parts.slice(at + 1);
  if (!first) return null;
  return first.startsWith('@') && second ? `${first}/${second}` : first;
}

/** A judged message: failed or accepted, with where it came from when that is known. */
export interface Verdict {
  message: LintMessage;
  origin: Origin | null;
  /** Why it is accepted; undefined when it fails the lint. */
  acceptedBecause?: string;
}

/**
 * Judges each error and warning (notices are reported, never judged). `originOf` maps a message to
 * its original source, or null when it cannot (no file or position, no source map): those fail.
 */
export function judge(messages: readonly LintMessage[], originOf: (m: LintMessage) => Origin | null, accepted: readonly Accepted[] = ACCEPTED): Verdict[] {
  return messages
    .filter((m) => m._type !== 'notice')
    .map((message) => {
      const origin = message._type === 'warning' ? originOf(message) : null;
      const rule = origin?.pkg ? accepted.find((a) => a.pkg === origin.pkg && a.code === message.code) : undefined;
      return rule ? { message, origin, acceptedBecause: rule.why } : { message, origin };
    });
}
