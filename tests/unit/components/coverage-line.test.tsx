// @vitest-environment happy-dom
/** The card's "Earlier coverage" line in both languages, singular and plural (Intl.PluralRules), linking to the thread. */
import { cleanup, screen } from '@testing-library/preact';
import { afterEach, expect, test } from 'vitest';
import { CoverageLine } from '../../../components/CoverageLine';
import { renderWithI18n } from './render';

afterEach(cleanup);

const coverage = (count: number) => ({
  thread: 'pair:India|Russia',
  label: { en: 'India–Russia', hi: 'भारत–रूस' },
  topic: 'defence' as const,
  topicLabel: { en: 'Defence', hi: 'रक्षा' },
  count,
});

test.each([
  ['en', 3, 'Earlier coverage: 3 saved articles on India–Russia defence'],
  ['en', 1, 'Earlier coverage: 1 saved article on India–Russia defence'],
  ['hi', 1, 'पहले की कवरेज: भारत–रूस रक्षा पर 1 सहेजा गया लेख'],
  ['hi', 3, 'पहले की कवरेज: भारत–रूस रक्षा पर 3 सहेजे गए लेख'],
] as const)('%s, %i', (lang, count, text) => {
  renderWithI18n(<CoverageLine coverage={coverage(count)} />, lang);
  const link = screen.getByTestId('coverage');
  expect(link.textContent).toBe(text);
  expect(link.getAttribute('href')).toBe('/dossier.html?thread=pair%3AIndia%7CRussia');
});

test('no coverage, no line', () => {
  const { container } = renderWithI18n(<CoverageLine coverage={null} />);
  expect(container.textContent).toBe('');
});
