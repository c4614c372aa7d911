/**
 * Pages of extreme size and shape, generated from a fixed seed (no dataset text): a 5 MB page,
 * a 100k-word article, 10k-deep nesting, a million tiny elements, a frameset, an article in shadow
 * DOM and one built by script after load. The CLI's unit tests and the e2e specs share them.
 */
import { seededRandom } from './seeded';

const SUBJECTS = [
  'India',
  'Japan',
  'France',
  'Brazil',
  'The foreign minister',
  'The defence secretary',
  'The trade delegation',
  'The two prime ministers',
  'Officials in New Delhi',
  'The energy ministry',
];
const VERBS = [
  'agreed to expand',
  'signed an accord on',
  'reviewed progress on',
  'announced new funding for',
  'pledged to deepen',
  'held talks about',
  'set a target for',
  'welcomed plans for',
];
const OBJECTS = [
  'joint naval exercises in the Indian Ocean',
  'bilateral trade in farm goods and machinery',
  'a pipeline carrying natural gas to western ports',
  'solar power parks and cleaner electricity grids',
  'the co-production of fighter jet engines',
  'a rail corridor linking the two coasts',
  'satellite launches and a shared space station module',
  'vaccine research and the supply of generic medicines',
  'scholarships for students and easier visas for researchers',
  'counter-terrorism cooperation and intelligence sharing',
];
const TAILS = [
  'before the end of the decade',
  'at the summit in the capital',
  'after two days of talks',
  'under the new strategic partnership',
  'according to a joint statement',
  'with investment from both governments',
];

/** `count` English news sentences about diplomacy, the same for the same seed. */
export function sentences(count: number, seed = 1): string[] {
  const rand = seededRandom(seed);
  const pick = (list: readonly string[]) => list[Math.floor(rand() * list.length)] as string;
  return Array.from({ length: count }, () => `${pick(SUBJECTS)} ${pick(VERBS)} ${pick(OBJECTS)} ${pick(TAILS)}.`);
}

/** Paragraphs of about `words` words in all, four sentences each. */
export function paragraphs(words: number, seed = 1): string[] {
  const all = sentences(Math.ceil(words / 12), seed);
  const out: string[] = [];
  for (let i = 0; i < all.length; i += 4) out.push(all.slice(i, i + 4).join(' '));
  return out;
}

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

/** A whole page: `body` inside a standard head with `title`. */
export function page(title: string, body: string, head = ''): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title>${head}</head><body>${body}</body></html>`;
}

/** An ordinary news article of about `words` words: the building block of the other pages. */
export function articleHtml(title: string, words: number, seed = 1): string {
  const body = paragraphs(words, seed)
    .map((p) => `<p>${p}</p>`)
    .join('\n');
  return `<article><h1>${escapeHtml(title)}</h1><p class="byline">By a staff writer</p>\n${body}</article>`;
}

/** A news page of about `words` words titled `title`. */
export function newsPage(title: string, words: number, seed = 1): string {
  return page(title, articleHtml(title, words, seed));
}

/**
 * About `bytes` of HTML (default 5 MB) the way heavy news sites are: a 1,500-word article amid a
 * site state blob in an inline script, inline SVG icons, and long menus and link lists.
 */
export function heavyPage(title: string, bytes = 5 * 1024 * 1024, seed = 2): string {
  const rand = seededRandom(seed);
  const parts: string[] = [];
  let size = 0;
  const add = (s: string) => {
    parts.push(s);
    size += s.length;
  };
  add(
    `<header><nav>${Array.from({ length: 300 }, (_, i) => `<a class="menu-item menu-item--${i}" href="/section/${i}">Section ${i}</a>`).join('')}</nav></header>`,
  );
  add(articleHtml(title, 1500, seed));
  const icon = `<svg viewBox="0 0 24 24" width="24" height="24"><path d="${'M12 2 L22 12 L12 22 L2 12 Z '.repeat(8)}"/></svg>`;
  add(`<aside class="share">${icon.repeat(200)}</aside>`);
  add(`<footer>${Array.from({ length: 2000 }, (_, i) => `<a class="related" href="/story/${i}">Related story ${i}</a>`).join(' ')}</footer>`);
  // The site's state, as a single-page app inlines it: mostly numbers and ids, never shown.
  const records: string[] = [];
  let blob = 0;
  while (size + blob < bytes - 64) {
    const r = `{"id":"${Math.floor(rand() * 1e9).toString(36)}","score":${rand().toFixed(6)},"tags":["a","b","c"]}`;
    records.push(r);
    blob += r.length + 1;
  }
  add(`<script type="application/json" id="__STATE__">[${records.join(',')}]</script>`);
  return page(title, parts.join('\n'));
}

/** An article of `words` words (default 100,000) in plain paragraphs. */
export function longArticlePage(title: string, words = 100_000, seed = 3): string {
  return newsPage(title, words, seed);
}

/** An article followed by a widget nested `depth` deep (default 10,000). */
export function deepPage(title: string, depth = 10_000): string {
  return page(title, `${articleHtml(title, 600, 4)}\n<div class="widget">${'<div>'.repeat(depth)}deep${'</div>'.repeat(depth)}</div>`);
}

/** An article followed by `count` (default 1,000,000) empty tiny elements. */
export function manyElementsPage(title: string, count = 1_000_000): string {
  return page(title, `${articleHtml(title, 600, 5)}\n<div class="grid">${'<i></i>'.repeat(count)}</div>`);
}

/** A frameset page: its frames (at `frameUrls`) hold the text, the page itself none. */
export function framesetPage(title: string, frameUrls: readonly string[]): string {
  const frames = frameUrls.map((u) => `<frame src="${u}">`).join('');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title></head><frameset cols="${frameUrls.map(() => '*').join(',')}">${frames}</frameset></html>`;
}

/**
 * An article inside an open shadow root, as web components render it: declaratively (in the
 * HTML, as server-rendered components send it) and, when `script` is set, attached by a script.
 */
export function shadowPage(title: string, mode: 'declarative' | 'script' = 'declarative'): string {
  const inner = articleHtml(title, 600, 6);
  if (mode === 'declarative') return page(title, `<news-story><template shadowrootmode="open">${inner}</template></news-story>`);
  const script = `<script>customElements.define('news-story', class extends HTMLElement { connectedCallback() { this.attachShadow({ mode: 'open' }).innerHTML = ${JSON.stringify(inner)}; } });</script>`;
  return page(title, `<news-story></news-story>${script}`);
}

/** A page whose article a script builds after the load event, from data in the page. */
export function scriptBuiltPage(title: string): string {
  const data = JSON.stringify({ title, paragraphs: paragraphs(600, 7) });
  const script = `<script>addEventListener('load', () => { const d = JSON.parse(document.getElementById('data').textContent); const a = document.createElement('article'); const h = document.createElement('h1'); h.textContent = d.title; a.append(h); for (const t of d.paragraphs) { const p = document.createElement('p'); p.textContent = t; a.append(p); } document.getElementById('root').append(a); });</script>`;
  return page(title, `<div id="root"></div><script type="application/json" id="data">${data.replace(/</g, '\\u003c')}</script>${script}`);
}
