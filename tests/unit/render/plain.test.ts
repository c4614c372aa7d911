/** toPlainText: the card as plain text for the clipboard. */
import { describe, expect, test } from 'vitest';
import { toPlainText } from '../../../engine/render/plain';
import { EN_SUMMARY, HI_SUMMARY } from '../components/sample';

describe('toPlainText', () => {
  const text = toPlainText(HI_SUMMARY);

  test('no Markdown markup', () => {
    expect(text).not.toMatch(/^#|\*|\||^- /m);
  });

  test.each([
    ['the title first', /^भारत-फ्रांस विदेश मंत्रियों की बैठक\n/],
    ['site, date and language', /समाचार उदाहरण · 2026-03-12 · हिन्दी \(hi\)/],
    ['bilingual section headings with share', /^Defence · रक्षा \(40%\)$/m],
    ['numbered lines quoted as written', /^• दोनों देशों ने पनडुब्बी के संयुक्त उत्पादन पर सहमति जताई। \[1\]$/m],
    ['key terms in both languages', /^Key terms: संयुक्त उत्पादन ↔ joint production; नौसेना ↔ navy/m],
    ['names grouped by kind', /^People · व्यक्ति: एस\. जयशंकर · S\. Jaishankar \(3\)$/m],
  ])('%s', (_, pattern) => {
    expect(text).toMatch(pattern);
  });

  test('sections in the summary order; no overview or names section when empty', () => {
    const t = toPlainText({ ...EN_SUMMARY, overview: [], entities: [] });
    expect(t).not.toContain('Overview');
    expect(t).not.toContain('Names');
    expect(t).toContain('Defence · रक्षा (50%)');
  });
});
