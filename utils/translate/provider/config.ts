/**
 * The user's own OpenAI-compatible model (tier 2): its stored settings, checked, and what the UI and
 * the permission request need from them, with the schema of what is stored. Pure: no browser APIs.
 *
 * Endpoint policy: the user gives the API's base URL (`https://api.openai.com/v1`,
 * `http://localhost:11434/v1` for Ollama, `http://localhost:1234/v1` for LM Studio); requests go to
 * `${endpoint}/chat/completions`. https is allowed anywhere; plain http only for this machine
 * (localhost, 127.0.0.0/8, ::1) and private LAN addresses (10/8, 172.16/12, 192.168/16, `*.local`),
 * where local model servers live, so an API key never crosses the internet in clear text.
 */
import * as v from 'valibot';

/** Longest accepted endpoint URL. */
export const MAX_ENDPOINT_LENGTH = 2048;
/** Longest accepted model name. */
export const MAX_MODEL_LENGTH = 200;
/** Longest accepted API key. */
export const MAX_API_KEY_LENGTH = 512;

// Header values must be Latin-1 or fetch throws a TypeError (which would read as a network error).
const API_KEY = /^[\x21-\x7e]*$/;
// Names that only ever appear in the model field: no control characters or line breaks.
const MODEL = /^[^\p{Cc}]+$/u;

function isPrivateIPv4(host: string): boolean {
  const m = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(host);
  if (!m) return false;
  const [a, b] = [Number(m[1]), Number(m[2])];
  return a === 10 || a === 127 || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168);
}

/** True for hosts on this machine: `localhost`, `*.localhost`, 127.0.0.0/8 and `[::1]`. */
export function isLoopbackHost(hostname: string): boolean {
  const host = hostname.toLowerCase();
  return host === 'localhost' || host.endsWith('.localhost') || host === '[::1]' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(host);
}

/** True where plain http is allowed: this machine and private LAN addresses. */
export function isLocalHost(hostname: string): boolean {
  const host = hostname.toLowerCase();
  return isLoopbackHost(host) || isPrivateIPv4(host) || host.endsWith('.local');
}

/**
 * Normalises an endpoint: an http(s) URL without credentials, query or fragment; trailing slashes
 * and a pasted `/chat/completions` removed; `/v1` added when no path was given. Null when refused.
 */
export function normalizeEndpoint(input: string): string | null {
  const raw = input.trim();
  if (!raw || raw.length > MAX_ENDPOINT_LENGTH) return null;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
  if (url.protocol === 'http:' && !isLocalHost(url.hostname)) return null;
  if (url.username || url.password || url.search || url.hash || raw.includes('#') || raw.includes('?')) return null;
  let path = url.pathname.replace(/\/+$/, '').replace(/\/chat\/completions$/i, '');
  // Every OpenAI-compatible server we know of serves under /v1; a bare host is a forgotten suffix.
  if (path === '') path = '/v1';
  return `${url.protocol}//${url.host}${path}`;
}

/**
 * The user's model settings as stored (untrusted) and as the provider modules take them: every
 * field checked and normalised, or the whole config refused (a half-valid endpoint or key is no use).
 */
export const ProviderConfigSchema = v.object({
  /** Base URL without a trailing slash, e.g. `https://api.openai.com/v1` (see normalizeEndpoint; null is refused). */
  endpoint: v.pipe(v.string(), v.trim(), v.maxLength(MAX_ENDPOINT_LENGTH), v.transform(normalizeEndpoint), v.string()),
  /** Model name, e.g. `gpt-4o-mini`, `llama3.1:8b`. */
  model: v.pipe(v.string(), v.trim(), v.maxLength(MAX_MODEL_LENGTH), v.regex(MODEL)),
  /** Bearer token; empty for servers without keys (Ollama, LM Studio). */
  apiKey: v.optional(v.pipe(v.string(), v.trim(), v.maxLength(MAX_API_KEY_LENGTH), v.regex(API_KEY)), ''),
  /** Also ask the model for an abstractive bilingual summary. */
  abstractive: v.optional(v.boolean(), false),
});

/** Settings of the user's model, as stored and as the provider modules take them. */
export type ProviderConfig = v.InferOutput<typeof ProviderConfigSchema>;

/** Checks an untrusted stored value; the config, normalised, or null when anything is off. */
export function validateProviderConfig(value: unknown): ProviderConfig | null {
  const result = v.safeParse(ProviderConfigSchema, value);
  return result.success ? result.output : null;
}

/**
 * The match pattern to request host permission for, e.g. `http://localhost/*`; null for a bad URL.
 * It has no port on purpose: Chrome treats a missing port as any port, and Firefox rejects patterns
 * with a port, so `http://localhost:11434/v1` needs `http://localhost/*` (all ports of that host).
 */
export function originPattern(endpoint: string): string | null {
  try {
    const url = new URL(endpoint);
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
    return `${url.protocol}//${url.hostname}/*`;
  } catch {
    return null;
  }
}

/** The endpoint for the UI: host and port only (`api.openai.com`, `localhost:11434`); '' if unparsable. */
export function describeEndpoint(endpoint: string): string {
  try {
    return new URL(endpoint).host;
  } catch {
    return '';
  }
}

/** The URL requests go to. */
export function chatCompletionsUrl(config: Pick<ProviderConfig, 'endpoint'>): string {
  return `${config.endpoint}/chat/completions`;
}
