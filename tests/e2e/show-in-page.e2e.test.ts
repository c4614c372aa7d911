/** "Show in page": a line of the card scrolls the article to its sentence and highlights it. */
import { expect, test } from 'vitest';
import { ArticlePage, type HighlightInfo } from './support/article-page';
import { describeE2E, useSession } from './support/browser';
import { getCached, waitFor } from './support/extension';
import { normalize, PopupPage } from './support/popup-page';

describeE2E('show in page', () => {
  const s = useSession();

  test('clicking a defence line highlights that sentence in the article and scrolls it into view', async () => {
    const article = await ArticlePage.open(s, 'hi-wordpress-moscow-meeting');
    const popup = await PopupPage.open(s, article.tabId);
    expect(await popup.state()).toBe('ok');

    const line = popup.lines('defence').first();
    const index = await line.getAttribute('data-index');
    const cached = await getCached(s, article.tabId);
    const sentence = cached?.ok ? cached.summary.sentences.find((x) => String(x.index) === index)?.text : undefined;
    if (!sentence) throw new Error(`no sentence ${index} in the cached card`);

    // Precondition: at the top of the page the sentence is below the fold.
    const before = await article.blockRect(normalize(sentence).slice(0, 40), { scrollToTop: true });
    expect(before.top).toBeGreaterThan(before.viewportHeight);

    await line.click();
    const shown: HighlightInfo = await waitFor(async () => (await article.highlight()) ?? undefined, 'the highlight in the article');
    expect(normalize(shown.text)).toContain(normalize(sentence));
    expect(shown.scrollY).toBeGreaterThan(0);
    expect(shown.rect.top).toBeGreaterThanOrEqual(0);
    expect(shown.rect.bottom).toBeLessThanOrEqual(shown.viewport.height);
    await popup.close();
    await article.close();
  });
});
