/**
 * Readability decodes HTML entities in the metadata it returns (title, byline, site name, time),
 * on text the HTML parser has already decoded: a page whose title reads "&lt;script&gt;" as text
 * would reach the card as "<script>". Before Readability reads a (cloned) document, every "&" in
 * what its metadata comes from (the <title> text, <meta content>, JSON-LD) is swapped for a
 * character the page does not use, and swapped back in what Readability returns: the page's
 * text, decoded once, as the reader saw it.
 */

/** Noncharacters (U+FDD0–U+FDEF): never in real text; one the page does not use stands for "&". */
const CANDIDATES = Array.from({ length: 32 }, (_, k) => String.fromCharCode(0xfdd0 + k));

/** Undoes the swap on one of Readability's metadata strings. */
export type Unshield = (value: string | null | undefined) => string | null | undefined;

/**
 * Swaps "&" in `doc`'s metadata sources for a stand-in (mutates `doc`: pass Readability's clone),
 * and returns the function that swaps it back.
 */
export function shieldEntities(doc: Document): Unshield {
  const titles = Array.from(doc.querySelectorAll('title'));
  const metas = Array.from(doc.querySelectorAll('meta[content]'));
  const jsonLd = Array.from(doc.querySelectorAll('script')).filter((s) => s.getAttribute('type') === 'application/ld+json');
  const texts = [...titles.map((t) => t.textContent ?? ''), ...metas.map((m) => m.getAttribute('content') ?? ''), ...jsonLd.map((s) => s.textContent ?? '')];
  if (!texts.some((t) => t.includes('&'))) return (value) => value;
  const stand = CANDIDATES.find((c) => !texts.some((t) => t.includes(c)));
  // A page using all 32 noncharacters is not an article anyone wrote: leave it as Readability reads it.
  if (!stand) return (value) => value;
  const swap = (text: string) => text.replaceAll('&', stand);
  for (const el of [...titles, ...jsonLd]) if (el.textContent?.includes('&')) el.textContent = swap(el.textContent);
  for (const meta of metas) {
    const content = meta.getAttribute('content') ?? '';
    if (content.includes('&')) meta.setAttribute('content', swap(content));
  }
  return (value) => (value == null ? value : value.replaceAll(stand, '&'));
}
