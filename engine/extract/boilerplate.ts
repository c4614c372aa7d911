/**
 * Boilerplate that Readability keeps inside the article: captions and credits, related-link
 * boxes, share bars, newsletter and app promos, wire trailers, time stamps. Recognised by class/id
 * names (Readability keeps them with `keepClasses`) and by the text of short blocks, in both
 * languages. General patterns of how news sites mark these up, not any one site's.
 */

// Class or id words of non-article furniture. Matched as whole words of the attribute value
// (split at spaces, "-" and "_"), so "shared-content" or "header" never match "share" or "ad".
const FURNITURE_WORDS = new Set([
  'newsletter',
  'newsletters',
  'subscribe',
  'subscription',
  'signup',
  'sign',
  'promo',
  'promotion',
  'related',
  'recommended',
  'recommendations',
  'trending',
  'popular',
  'most',
  'readmore',
  'also',
  'share',
  'sharing',
  'social',
  'sharebar',
  'caption',
  'captions',
  'credit',
  'credits',
  'byline',
  'advert',
  'advertisement',
  'ad',
  'ads',
  'adslot',
  'sponsored',
  'outbrain',
  'taboola',
  'comments',
  'comment',
  'breadcrumb',
  'breadcrumbs',
  'tags',
  'callout',
  'disclaimer',
  'standards',
  'trailer',
  'visually',
  'sronly',
  'offscreen',
  'toolbar',
  'video',
  'embed',
  'gallery',
  'counter',
]);
// Whole class names that hide an element ("field-label-hidden" only hides a label, not the field).
const HIDDEN_CLASSES = new Set(['hidden', 'is-hidden', 'u-hidden', 'visually-hidden', 'visuallyhidden', 'sr-only', 'screen-reader-text', 'offscreen']);
// Some words only mark furniture next to another: "sign" in "sign-up", "most" in "most-read".
const NEEDS_PAIR: Record<string, string[]> = {
  sign: ['up'],
  most: ['read', 'popular', 'viewed'],
  also: ['read'],
  visually: ['hidden'],
  video: ['embed', 'title', 'player', 'placeholder'],
  embed: ['video', 'youtube', 'twitter', 'instagram'],
  gallery: ['count', 'counter', 'caption', 'credit'],
  counter: [],
};

/** True when an element's class or id says it is furniture, not article text. */
export function isFurniture(classAndId: string): boolean {
  if (!classAndId) return false;
  if (
    classAndId
      .toLowerCase()
      .split(/\s+/)
      .some((c) => HIDDEN_CLASSES.has(c))
  )
    return true;
  const words = classAndId
    .toLowerCase()
    .replace(/sr-only/g, 'sronly')
    .replace(/ad-slot/g, 'adslot')
    .split(/[\s_\-]+/)
    .filter(Boolean);
  const set = new Set(words);
  for (const w of words) {
    if (!FURNITURE_WORDS.has(w)) continue;
    const pair = NEEDS_PAIR[w];
    if (!pair) return true;
    if (pair.some((p) => set.has(p))) return true;
  }
  return false;
}

const MONTHS =
  'january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|जनवरी|फ़रवरी|फरवरी|मार्च|अप्रैल|मई|जून|जुलाई|अगस्त|सितंबर|सितम्बर|अक्टूबर|अक्तूबर|नवंबर|नवम्बर|दिसंबर|दिसम्बर';
const TIME_WORDS = 'am|pm|a\\.m|p\\.m|ist|gmt|utc|hrs|पूर्वाह्न|अपराह्न|बजे|updated|published|अपडेट|प्रकाशित|last|on|at';
const TIMESTAMP = new RegExp(`^(?:(?:${MONTHS}|${TIME_WORDS}|[\\p{Nd}:,./|\\-–—\\s()]))+$`, 'iu');

/** Short lines that are never article prose, in both languages. */
const TRAILERS: RegExp[] = [
  /^(?:\p{Nd}+ (?:मिनट|घंटे|घंटा|दिन|सप्ताह|हफ़्ते|हफ्ते) पहले|\p{Nd}+ (?:min|mins|minutes?|hours?|hrs?|days?|weeks?) ago|कल|आज|yesterday|today|just now|अभी-अभी)$/iu,
  /^(?:additional )?(?:reporting|writing|editing|compiled|edited) by\b/i,
  /^our standards\b/i,
  /^(?:sign up|subscribe)\b/i,
  /^(?:read more|also read|read also|see also|related|more from|recommended|watch|listen)\s*[:|–—-]/i,
  /^(?:इसे भी पढ़ें|इसे भी पढ़ें|यह भी पढ़ें|ये भी पढ़ें|और पढ़ें|पढ़ें|संबंधित)\s*[:|–—-]/u,
  /^\(?[^()]{0,160}(?:ऐप|app)[^()]{0,160}(?:फ़ॉलो|फॉलो|follow|डाउनलोड|download|सब्सक्राइब|subscribe)[^()]{0,160}\)?$/iu,
  /^(?:click|tap) here\b/i,
  /^(?:see more|don'?t miss|also on [\w.-]+|read the full story|more on this story)\b/i,
  /^like this story\?/i,
  /^(?:image|photo|picture) \p{Nd}+ of \p{Nd}+$/iu,
  /^(?:caption|close|sign in|log in|advertisement|share this (?:article|story))$/i,
  /^\|?\s*(?:published|updated)\s*:/i,
  /^(?:यहां|यहाँ) (?:क्लिक|टैप) करें/u,
];

/** Headings of link boxes inside an article; the box's short items after them go too. */
const BOX_HEADINGS =
  /^(?:related(?: coverage| stories| posts| articles| news| reading)?|more (?:from|stories|on this)\b.*|read more|also read|recommended|trending(?: now)?|popular(?: now| articles| posts)?|top \d+.*|most read|you may also like|sign up.*|subscribe.*|संबंधित(?: ख़बरें| खबरें| पोस्ट| लेख| समाचार)?|(?:ये|यह|इसे) भी पढ़ें|लोकप्रिय.*|टॉप \d+.*|सबसे ज़्यादा पढ़ी गई.*|सबसे ज्यादा पढ़ी गई.*|और पढ़ें|ताज़ा ख़बरें|ताजा खबरें)$/iu;

/** True when a block's whole text is boilerplate (a trailer, a promo, a bare time stamp). */
export function isBoilerplateText(text: string): boolean {
  const t = text.trim();
  if (t.length > 400) return false;
  if (TIMESTAMP.test(t) && /\p{Nd}/u.test(t)) return true;
  return TRAILERS.some((re) => re.test(t));
}

/** True when a heading introduces a related-links or promo box. */
export function isBoxHeading(text: string): boolean {
  return BOX_HEADINGS.test(text.trim().replace(/[:：]$/, ''));
}
