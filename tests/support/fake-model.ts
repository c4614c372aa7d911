/**
 * The fake chat server's "model" (tests/support/chat-server.ts): deterministic, recognisable answers
 * to the prompts Kootniti sends, and the misbehaviours a server can be asked for.
 *
 * - Translation prompts (a system prompt with `from Hindi to English` / `from English to Hindi`):
 *   each numbered input line comes back as `N. [model hi→en] <romanised line>` or
 *   `N. [मॉडल] <line in Devanagari letters>` (see fakeTranslation), digits kept, so the checks pass.
 * - Abstractive-summary prompts (a system prompt mentioning `"points"`): JSON in a ```json fence,
 *   three points citing the first two `[index]` sentences it sees.
 * - Anything else: `[model] pong`.
 */

/** What the fake server does with a chat-completions request. */
export type ChatBehavior =
  | 'ok' // answers properly, streamed or not as asked
  | 'slow' // like ok, with chunkDelayMs (default 10 ms) between stream slices
  | '401' // OpenAI-style error JSON that echoes the key (clients must not repeat it)
  | '403' // empty body, as Ollama answers an origin it does not allow
  | '429' // rate limit, with Retry-After
  | '500' // server error with error JSON
  | 'bad-json' // unparsable JSON (or unparsable SSE data when streaming)
  | 'hang' // never answers
  | 'stall' // starts streaming, then goes silent forever
  | 'wrong-count' // a translation batch comes back without its last line (single lines are fine)
  | 'shift' // a translation batch comes back one line early: line N carries line N+1's translation, the last its own (single lines are fine)
  | 'echo' // translations echo the input lines (they fail the checks); other prompts get the user message back
  | 'no-stream' // plain JSON even when asked to stream
  | 'huge'; // an answer over 256 KB

/** All behaviours, for `fake-<behavior>` model names and /v1/models. */
export const CHAT_BEHAVIORS: readonly ChatBehavior[] = [
  'ok',
  'slow',
  '401',
  '403',
  '429',
  '500',
  'bad-json',
  'hang',
  'stall',
  'wrong-count',
  'shift',
  'echo',
  'no-stream',
  'huge',
];

/** The part of a chat-completions body the fake reads. */
export interface ChatRequestBody {
  model?: string;
  stream?: boolean;
  temperature?: number;
  messages?: { role: string; content: string }[];
}

const MATRAS: Record<string, string> = {
  'ा': 'aa',
  'ि': 'i',
  'ी': 'ii',
  'ु': 'u',
  'ू': 'uu',
  'ृ': 'ri',
  'े': 'e',
  'ै': 'ai',
  'ो': 'o',
  'ौ': 'au',
  'ॉ': 'o',
  'ॅ': 'e',
};
const DEVA: Record<string, string> = {
  अ: 'a',
  आ: 'aa',
  इ: 'i',
  ई: 'ii',
  उ: 'u',
  ऊ: 'uu',
  ऋ: 'ri',
  ए: 'e',
  ऐ: 'ai',
  ओ: 'o',
  औ: 'au',
  ऑ: 'o',
  'ं': 'n',
  'ँ': 'n',
  'ः': 'h',
  '।': '.',
  '॥': '.',
};
const CONSONANTS: Record<string, string> = {
  क: 'k',
  ख: 'kh',
  ग: 'g',
  घ: 'gh',
  ङ: 'n',
  च: 'ch',
  छ: 'chh',
  ज: 'j',
  झ: 'jh',
  ञ: 'n',
  ट: 't',
  ठ: 'th',
  ड: 'd',
  ढ: 'dh',
  ण: 'n',
  त: 't',
  थ: 'th',
  द: 'd',
  ध: 'dh',
  न: 'n',
  प: 'p',
  फ: 'ph',
  ब: 'b',
  भ: 'bh',
  म: 'm',
  य: 'y',
  र: 'r',
  ल: 'l',
  व: 'v',
  श: 'sh',
  ष: 'sh',
  स: 's',
  ह: 'h',
  क़: 'q',
  ख़: 'kh',
  ग़: 'g',
  ज़: 'z',
  ड़: 'r',
  ढ़: 'rh',
  फ़: 'f',
  य़: 'y',
};
const LATIN: Record<string, string> = {
  a: 'अ',
  b: 'ब',
  c: 'क',
  d: 'द',
  e: 'ए',
  f: 'फ',
  g: 'ग',
  h: 'ह',
  i: 'इ',
  j: 'ज',
  k: 'क',
  l: 'ल',
  m: 'म',
  n: 'न',
  o: 'ओ',
  p: 'प',
  q: 'क',
  r: 'र',
  s: 'स',
  t: 'त',
  u: 'उ',
  v: 'व',
  w: 'व',
  x: 'क्स',
  y: 'य',
  z: 'ज',
};

/** Crude letter-by-letter romanisation of Devanagari (digits to 0-9); other text unchanged. */
export function romanise(text: string): string {
  let out = '';
  for (const ch of text.normalize('NFC')) {
    const code = ch.charCodeAt(0);
    if (code >= 0x0966 && code <= 0x096f) out += String(code - 0x0966);
    else if (CONSONANTS[ch]) out += `${CONSONANTS[ch]}a`;
    else if (MATRAS[ch]) out = out.replace(/a$/, '') + MATRAS[ch];
    else if (ch === '्') out = out.replace(/a$/, '');
    else if (DEVA[ch] !== undefined) out += DEVA[ch];
    else if (code >= 0x0900 && code <= 0x097f)
      continue; // nukta and rarer signs
    else out += ch;
  }
  return out;
}

/** Crude letter-by-letter Devanagari spelling of Latin letters; digits and the rest unchanged. */
export function devanagarise(text: string): string {
  return text.replace(/[A-Za-z]/g, (c) => LATIN[c.toLowerCase()] ?? c);
}

/** What the fake model answers for one line translated into `to`. */
export function fakeTranslation(text: string, to: 'hi' | 'en'): string {
  return to === 'en' ? `[model hi→en] ${romanise(text)}` : `[मॉडल] ${devanagarise(text)}`;
}

/** The behaviour a request gets: `fake-<behavior>` models pick their own, others the server's. */
export function behaviorFor(model: unknown, fallback: ChatBehavior): ChatBehavior {
  const name = typeof model === 'string' && model.startsWith('fake-') ? model.slice(5) : '';
  return (CHAT_BEHAVIORS as readonly string[]).includes(name) ? (name as ChatBehavior) : fallback;
}

/** The fake model's answer text to a request. */
export function fakeAnswer(body: ChatRequestBody, behavior: ChatBehavior = 'ok'): string {
  const messages = Array.isArray(body.messages) ? body.messages : [];
  const system = messages.find((m) => m.role === 'system')?.content ?? '';
  const user = [...messages].reverse().find((m) => m.role === 'user')?.content ?? '';
  const direction = /from (Hindi|English) to (Hindi|English)/.exec(system);
  if (direction) {
    const to = direction[2] === 'Hindi' ? 'hi' : 'en';
    const lines = [...user.matchAll(/^(\d+)\.[ \t]?(.*)$/gm)].map((m) => ({ n: m[1], text: m[2] ?? '' }));
    const texts = lines.map(({ text }) => (behavior === 'echo' ? text : fakeTranslation(text, to)));
    // Every line and the numbering kept, each translation under the line before its own.
    const answers = behavior === 'shift' ? texts.map((t, i) => texts[i + 1] ?? t) : texts;
    const out = lines.map(({ n }, i) => `${n}. ${answers[i]}`);
    if (behavior === 'wrong-count' && out.length > 1) out.pop();
    return out.join('\n');
  }
  if (behavior === 'echo') return user;
  if (system.includes('"points"')) {
    const indices = [...user.matchAll(/^\[(\d+)\]/gm)].map((m) => Number(m[1]));
    const a = indices[0] ?? 0;
    const b = indices[1] ?? a;
    const points = [
      { en: '[model] The first key point of the article.', hi: '[मॉडल] लेख का पहला मुख्य बिंदु।', cites: [a] },
      { en: '[model] The second key point of the article.', hi: '[मॉडल] लेख का दूसरा मुख्य बिंदु।', cites: [b] },
      { en: '[model] How the two points fit together.', hi: '[मॉडल] दोनों बिंदु कैसे जुड़ते हैं।', cites: [a, b] },
    ];
    return `\`\`\`json\n${JSON.stringify({ points }, null, 2)}\n\`\`\``;
  }
  return '[model] pong';
}
