import { expect, test } from 'vitest';
import { blocksFromDom } from '../../../utils/extract/blocks';

function blocks(html: string) {
  const div = document.createElement('div');
  div.innerHTML = html;
  return blocksFromDom(div);
}

test.each([
  ['<h2>Energy</h2><p>Oil   flows\nresumed.</p>', [{ kind: 'heading', text: 'Energy' }, { kind: 'paragraph', text: 'Oil flows resumed.' }]],
  ['<ul><li>One item.</li><li><p>Two item.</p></li></ul>', [{ kind: 'listItem', text: 'One item.' }, { kind: 'listItem', text: 'Two item.' }]],
  ['<blockquote><p>We agree.</p></blockquote>', [{ kind: 'quote', text: 'We agree.' }]],
  ['<div>Loose text <b>bold</b> and <a href="#">link</a>.<p>Next.</p>Tail.</div>', [
    { kind: 'paragraph', text: 'Loose text bold and link.' }, { kind: 'paragraph', text: 'Next.' }, { kind: 'paragraph', text: 'Tail.' },
  ]],
  ['<p>First line<br>same para</p><p>A<br><br>B</p>', [
    { kind: 'paragraph', text: 'First line\nsame para' }, { kind: 'paragraph', text: 'A' }, { kind: 'paragraph', text: 'B' },
  ]],
  ['<figure><img src="x.jpg"><figcaption>Photo: the ministers shake hands</figcaption></figure><p>Body.</p>', [{ kind: 'paragraph', text: 'Body.' }]],
  ['<p> </p><p>—</p><script>alert(1)</script><style>p{}</style><p>ठीक है।</p>', [{ kind: 'paragraph', text: 'ठीक है।' }]],
])('%s', (html, expected) => {
  expect(blocks(html)).toEqual(expected);
});

test.each([
  ['a class that only hides a label keeps the field', '<div class="field field-label-hidden"><p>The ministers met on Monday.</p></div>', ['The ministers met on Monday.']],
  ['a hidden element goes', '<p>Kept.</p><div class="visually-hidden"><p>Skip to content</p></div>', ['Kept.']],
  ['a "share" class on the article column does not drop the article', `<div class="gigya-share-btns main"><p>${'The two sides agreed to expand trade. '.repeat(50)}</p></div>`, ['The two sides agreed to expand trade. '.repeat(50).trim()]],
  ['a small share bar goes', '<p>Kept.</p><div class="share-bar"><a href="#">Facebook</a> <a href="#">X</a></div>', ['Kept.']],
  ['promo and gallery lines go', '<p>Kept.</p><p>SEE MORE: the other story</p><p>Like this story? Share it with a friend!</p><p>Image 3 of 8</p><p>| UPDATED: 10:05, Fri, Jun 5</p>', ['Kept.']],
])('%s', (_name, html, expected) => {
  expect(blocks(html).map((b) => b.text)).toEqual(expected);
});
