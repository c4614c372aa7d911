/** Copying a translated card: each translation under its own line, and its source said once. */
import { expect, test } from 'vitest';
import { toMarkdown } from '../../../engine/render/markdown';
import { toPlainText } from '../../../engine/render/plain';
import { HI_SUMMARY } from '../components/sample';

const TRANSLATIONS = {
  lines: { title: 'India–France ministers meet', '3': 'A goal was set to double bilateral trade.' },
  sourceLabel: 'On-device translation (Chrome)',
};

test('Markdown: the translation in italics under its line, the title under the title, the source in the footer', () => {
  const md = toMarkdown(HI_SUMMARY, TRANSLATIONS);
  expect(md).toContain(`- ${HI_SUMMARY.sentences[3]!.text} [3]\n  - *A goal was set to double bilateral trade.*`);
  expect(md).toContain('# भारत-फ्रांस विदेश मंत्रियों की बैठक\n\n*India–France ministers meet*');
  expect(md).toContain('_Translations in italics: On-device translation (Chrome)._');
  // A line with no translation gets none.
  expect(md).toContain(`- ${HI_SUMMARY.sentences[4]!.text} [4]\n`);
  expect(md).not.toContain(`[4]\n  - *`);
});

test('plain text: ↳ under the line', () => {
  const text = toPlainText(HI_SUMMARY, TRANSLATIONS);
  expect(text).toContain(`• ${HI_SUMMARY.sentences[3]!.text} [3]\n  ↳ A goal was set to double bilateral trade.`);
  expect(text).toContain('↳ Translations: On-device translation (Chrome).');
});

test('without translations, nothing about them', () => {
  expect(toMarkdown(HI_SUMMARY)).not.toContain('Translations');
  expect(toPlainText(HI_SUMMARY, { lines: {}, sourceLabel: 'x' })).not.toContain('Translations');
});
