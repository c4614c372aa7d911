/**
 * Injected on demand (activeTab + scripting), never on every page: runs Readability on a clone of
 * the page, sanitises what it keeps with DOMPurify here in the page, and returns the engine's blocks.
 */
import DOMPurify from 'dompurify';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { extractArticle } from '@/engine/extract/article';

export default defineUnlistedScript(() => {
  const purify = DOMPurify(window);
  return extractArticle(document, {
    sanitize: (html) => purify.sanitize(html, { RETURN_DOM_FRAGMENT: true }),
  });
});
