// @vitest-environment jsdom
// DOMPurify does not sanitise under happy-dom (../shared/STACK.md pitfall 2): this runs under jsdom.
import createDOMPurify from 'dompurify';
import { expect, test } from 'vitest';
import { extractArticle } from '../../../engine/extract/article';

const purify = createDOMPurify(window);
const sanitize = (html: string) => purify.sanitize(html, { RETURN_DOM_FRAGMENT: true });

function page(body: string): Document {
  return new DOMParser().parseFromString(
    `<!doctype html><html lang="en"><head><title>Ministers meet - Example News</title></head><body><article><h1>Ministers meet</h1>${body}</article></body></html>`,
    'text/html',
  );
}

const prose = 'The two ministers reviewed defence cooperation, trade and energy ties in detail during the long meeting in the capital on Monday.';

test('script, event handlers and javascript: links never reach the blocks', () => {
  const doc = page(
    `<p>${prose}</p><p>${prose} <img src=x onerror="window.hacked=1">Second.</p><script>window.hacked=2</script><p><a href="javascript:alert(1)">${prose}</a></p>`,
  );
  let seen = '';
  const result = extractArticle(doc, {
    sanitize: (html) => {
      const frag = sanitize(html);
      const div = document.createElement('div');
      div.appendChild(frag.cloneNode(true));
      seen = div.innerHTML;
      return frag;
    },
  });
  expect(result.ok).toBe(true);
  expect(seen).not.toMatch(/onerror|<script|javascript:/i);
  expect((window as unknown as { hacked?: number }).hacked).toBeUndefined();
});

test('a page over the size cap is refused with a reason', () => {
  const result = extractArticle(page(`<p>${prose.repeat(50)}</p>`), { sanitize, maxChars: 1000 });
  expect(result).toMatchObject({ ok: false, reason: 'too-large' });
});

test('a page of links is not an article', () => {
  const links = Array.from({ length: 30 }, (_, i) => `<li><a href="/s/${i}">Story ${i}</a></li>`).join('');
  const result = extractArticle(page(`<ul>${links}</ul>`), { sanitize });
  expect(result).toMatchObject({ ok: false, reason: 'not-article' });
});

test('text without spaces between words (Chinese, Japanese) still counts as an article', () => {
  const para = '两国外长今天在北京举行会谈，双方就经济合作、能源安全和地区局势深入交换了意见并达成广泛共识。'.repeat(3);
  const result = extractArticle(page(`<p>${para}</p><p>${para}</p><p>${para}</p>`), { sanitize });
  expect(result.ok).toBe(true);
});
