/**
 * Text beside an article rather than of it: author boxes and bios. Readability keeps them, and
 * they are real sentences ("X is our correspondent in Tokyo."), so they would pass for prose. The
 * article verdict sets them aside before it weighs how much prose a page has; they stay in the
 * blocks. General patterns of how news sites write them, in both languages.
 */

// Class or id words of an author box. "author" alone also marks a one-line byline, which is no
// prose either; "about" only with "author"/"writer" ("about-us" is a site's page, not a box).
const BOX_WORDS = new Set(['bio', 'bios', 'biography', 'authorbio', 'authorbox', 'contributor', 'contributors']);
const AUTHOR_WORDS = new Set(['author', 'authors', 'writer']);
const AUTHOR_PAIRS = new Set(['about', 'box', 'bio', 'info', 'card', 'profile', 'details', 'description']);

/** True when an element's class or id says it is an author box or bio. */
export function isAuthorBox(classAndId: string): boolean {
  if (!classAndId) return false;
  const words = classAndId
    .toLowerCase()
    .split(/[\s_\-]+/)
    .filter(Boolean);
  if (words.some((w) => BOX_WORDS.has(w))) return true;
  return words.some((w) => AUTHOR_WORDS.has(w)) && words.some((w) => AUTHOR_PAIRS.has(w));
}

const ROLES_EN =
  'correspondent|reporter|journalist|editor|writer|columnist|author|analyst|fellow|professor|researcher|contributor|commentator|diplomat|ambassador|producer|novelist';
// "Ritika Sen is the Ledger's diplomatic correspondent…", "The writer is a former ambassador…".
const BIO_EN = new RegExp(
  `^(?:(?:[\\p{Lu}][\\p{L}'’.-]*\\s+){1,4}(?:is|was|has been)\\b|[Tt]he (?:writer|author)s?\\b)[^.!?]{0,120}?\\b(?:${ROLES_EN})s?\\b`,
  'u',
);
const ROLES_HI = 'संवाददाता|पत्रकार|लेखक|लेखिका|स्तंभकार|विश्लेषक|संपादक|प्रोफ़ेसर|प्रोफेसर|फ़ेलो|फेलो|राजनयिक|राजदूत|शोधकर्ता|टिप्पणीकार';
// "राजेश शर्मा विदेश मामलों के वरिष्ठ संवाददाता हैं। वे …", "(लेखक पूर्व राजदूत हैं।)": the first
// sentence names the role.
const BIO_HI = new RegExp(`^\\(?(?:लेखक|लेखिका)\\s|(?:${ROLES_HI})(?:\\s+\\S+){0,2}\\s+(?:हैं|है|रहे हैं|रह चुके हैं|रह चुकी हैं)[।.]?\\)?$`, 'u');
/** Bios are short: a longer paragraph that matches is article text about someone. */
const BIO_MAX_CHARS = 600;
const BIO_HI_MAX_WORDS = 16;

/** True when a paragraph reads as an author bio (in English or Hindi). */
export function isAuthorBio(text: string): boolean {
  const t = text.trim();
  if (t.length > BIO_MAX_CHARS) return false;
  if (BIO_EN.test(t)) return true;
  const first = t.split(/(?<=[।!?])\s+|(?<=\.)\s+(?=\P{Ll})/u)[0] ?? '';
  return first.split(/\s+/).length <= BIO_HI_MAX_WORDS && BIO_HI.test(first);
}
