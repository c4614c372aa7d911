// @vitest-environment happy-dom
import { expect, test } from 'vitest';
import { pageSignals } from '../../../engine/extract/page-signals';

function page(body: string): Document {
  return new DOMParser().parseFromString(`<!doctype html><html><body>${body}</body></html>`, 'text/html');
}

test.each<[string, string, { fields: number; words: number }]>([
  ['prose has no fields', '<p>The two ministers met in Delhi.</p>', { fields: 0, words: 6 }],
  [
    'text inputs, a select and a textarea are fields; option text is not page text',
    '<label for="a">Name</label><input id="a"><select><option>India</option><option>Japan</option></select><textarea>draft</textarea>',
    { fields: 3, words: 1 },
  ],
  [
    'a radio group is one field; each checkbox is one',
    '<input type="radio" name="sex"><input type="radio" name="sex"><input type="radio" name="q1"><input type="radio" name="q1"><input type="checkbox"><input type="checkbox">',
    { fields: 4, words: 0 },
  ],
  [
    'buttons, hidden inputs and the search box are no fields',
    '<input type="hidden" name="csrf"><input type="submit"><input type="button"><input type="image"><input type="reset"><input type="search"><button>Go</button>',
    { fields: 0, words: 1 },
  ],
  [
    'hidden subtrees are not read',
    '<div hidden><input><p>Secret words here</p></div><div aria-hidden="true"><select></select></div><p>Seen.</p>',
    { fields: 0, words: 1 },
  ],
  [
    'scripts and styles are no text; a legend is',
    '<fieldset><legend>Section 1: Passport</legend><input type="date"></fieldset><script>var a = "one two three";</script><style>p { color: red }</style>',
    { fields: 1, words: 3 },
  ],
])('%s', (_name, body, expected) => {
  expect(pageSignals(page(body))).toEqual(expected);
});

test('a page nested thousands deep is read without running out of stack', () => {
  const depth = 5000;
  const doc = page(`${'<div>'.repeat(depth)}<input>deep words${'</div>'.repeat(depth)}`);
  expect(pageSignals(doc)).toEqual({ fields: 1, words: 2 });
});

test('a document without a body has no signals', () => {
  expect(pageSignals({ body: null } as unknown as Document)).toEqual({ fields: 0, words: 0 });
});
