/** The reader's card choices as stored in storage.session: untrusted on read, capped on write. */
import { describe, expect, test } from 'vitest';
import { MAX_REMEMBERED_PAGES, readStoredUi, writeStoredUi } from '../../../utils/card-ui';

describe('readStoredUi', () => {
  test.each([
    [undefined],
    [null],
    ['a string'],
    [{ terms: 'yes', translations: 3, expanded: 'all' }],
    [
      {
        expanded: [
          [1, ['defence']],
          ['https://a.example', 'defence'],
          ['https://b.example', ['not-a-topic']],
        ],
      },
    ],
  ])('odd value %j → the defaults, valid entries kept', (value) => {
    const ui = readStoredUi(value);
    expect(ui.terms).toBe(false);
    expect(ui.translations).toBe(true);
    for (const [url, topics] of ui.expanded) {
      expect(typeof url).toBe('string');
      expect(topics).toEqual([]);
    }
  });

  test('a valid value is kept as it is', () => {
    const value = { terms: true, translations: false, expanded: [['https://a.example', ['defence', 'trade']]] };
    expect(readStoredUi(value)).toEqual(value);
  });
});

describe('writeStoredUi', () => {
  test('a page moves to the newest end; a page with nothing open is dropped', () => {
    const stored = readStoredUi({
      expanded: [
        ['a', ['defence']],
        ['b', ['trade']],
      ],
    });
    expect(writeStoredUi(stored, 'a', { terms: true, translations: true, expanded: ['energy'] }).expanded).toEqual([
      ['b', ['trade']],
      ['a', ['energy']],
    ]);
    expect(writeStoredUi(stored, 'a', { terms: false, translations: true, expanded: [] }).expanded).toEqual([['b', ['trade']]]);
  });

  test(`at most ${MAX_REMEMBERED_PAGES} pages are remembered, the oldest forgotten first`, () => {
    let stored = readStoredUi(null);
    for (let k = 0; k < MAX_REMEMBERED_PAGES + 5; k++) stored = writeStoredUi(stored, `p${k}`, { terms: false, translations: true, expanded: ['defence'] });
    expect(stored.expanded).toHaveLength(MAX_REMEMBERED_PAGES);
    expect(stored.expanded[0]?.[0]).toBe('p5');
  });
});
