// @vitest-environment happy-dom
import { expect, test } from 'vitest';
import { blocksFromDom, readBlocks } from '../../../engine/extract/blocks';

function blocks(html: string) {
  const div = document.createElement('div');
  div.innerHTML = html;
  return blocksFromDom(div);
}

test.each([
  [
    '<h2>Energy</h2><p>Oil   flows\nresumed.</p>',
    [
      { kind: 'heading', text: 'Energy' },
      { kind: 'paragraph', text: 'Oil flows resumed.' },
    ],
  ],
  [
    '<ul><li>One item.</li><li><p>Two item.</p></li></ul>',
    [
      { kind: 'listItem', text: 'One item.' },
      { kind: 'listItem', text: 'Two item.' },
    ],
  ],
  ['<blockquote><p>We agree.</p></blockquote>', [{ kind: 'quote', text: 'We agree.' }]],
  [
    '<div>Loose text <b>bold</b> and <a href="#">link</a>.<p>Next.</p>Tail.</div>',
    [
      { kind: 'paragraph', text: 'Loose text bold and link.' },
      { kind: 'paragraph', text: 'Next.' },
      { kind: 'paragraph', text: 'Tail.' },
    ],
  ],
  [
    '<p>First line<br>same para</p><p>A<br><br>B</p>',
    [
      { kind: 'paragraph', text: 'First line\nsame para' },
      { kind: 'paragraph', text: 'A' },
      { kind: 'paragraph', text: 'B' },
    ],
  ],
  ['<figure><img src="x.jpg"><figcaption>Photo: the ministers shake hands</figcaption></figure><p>Body.</p>', [{ kind: 'paragraph', text: 'Body.' }]],
  ['<p> </p><p>—</p><script>alert(1)</script><style>p{}</style><p>ठीक है।</p>', [{ kind: 'paragraph', text: 'ठीक है।' }]],
])('%s', (html, expected) => {
  expect(blocks(html)).toEqual(expected);
});

test.each([
  [
    'a class that only hides a label keeps the field',
    '<div class="field field-label-hidden"><p>The ministers met on Monday.</p></div>',
    ['The ministers met on Monday.'],
  ],
  ['a hidden element goes', '<p>Kept.</p><div class="visually-hidden"><p>Skip to content</p></div>', ['Kept.']],
  [
    'a "share" class on the article column does not drop the article',
    `<div class="gigya-share-btns main"><p>${'The two sides agreed to expand trade. '.repeat(50)}</p></div>`,
    ['The two sides agreed to expand trade. '.repeat(50).trim()],
  ],
  ['a small share bar goes', '<p>Kept.</p><div class="share-bar"><a href="#">Facebook</a> <a href="#">X</a></div>', ['Kept.']],
  [
    'promo and gallery lines go',
    '<p>Kept.</p><p>SEE MORE: the other story</p><p>Like this story? Share it with a friend!</p><p>Image 3 of 8</p><p>| UPDATED: 10:05, Fri, Jun 5</p>',
    ['Kept.'],
  ],
])('%s', (_name, html, expected) => {
  expect(blocks(html).map((b) => b.text)).toEqual(expected);
});

function notes(html: string) {
  const div = document.createElement('div');
  div.innerHTML = html;
  const { blocks, notes } = readBlocks(div);
  return blocks.map((b, i) => ({ text: b.text, aside: notes[i]?.aside, link: Math.round((notes[i]?.linkShare ?? 0) * 10) / 10 }));
}

const para = 'The two ministers met in Tokyo on Tuesday and agreed to begin talks on chips.';

test.each([
  [
    'a picture box with a few words is a caption',
    `<div class="lead-media"><img src="a.jpg"><p>Delegates walk to the hall in Tokyo.</p></div><p>${para}</p>`,
    [
      { text: 'Delegates walk to the hall in Tokyo.', aside: 'media', link: 0 },
      { text: para, aside: null, link: 0 },
    ],
  ],
  [
    'a picture inside a link or a paragraph of its own counts',
    '<div><p><a href="/p"><img src="a.jpg"></a></p><p>Officials at the talks.</p></div>',
    [{ text: 'Officials at the talks.', aside: 'media', link: 0 }],
  ],
  ['a paragraph that starts with an inline picture is article text', `<p><img src="a.jpg">${para}</p>`, [{ text: para, aside: null, link: 0 }]],
  [
    'a picture box with many words is article text',
    `<div><img src="a.jpg"><p>${para} ${para} ${para} ${para} ${para}</p></div>`,
    [{ text: `${para} ${para} ${para} ${para} ${para}`, aside: null, link: 0 }],
  ],
  [
    'an author box is a bio, its portrait or not',
    '<div class="author-bio"><p>Meera writes on trade.</p></div>',
    [{ text: 'Meera writes on trade.', aside: 'bio', link: 0 }],
  ],
  [
    'a bio without a box is found by its words',
    '<p>Ritika Sen is our diplomatic correspondent in Tokyo.</p>',
    [{ text: 'Ritika Sen is our diplomatic correspondent in Tokyo.', aside: 'bio', link: 0 }],
  ],
  ['link share of each block', '<p><a href="/a">Link text</a> plain text</p>', [{ text: 'Link text plain text', aside: null, link: 0.5 }]],
])('notes: %s', (_name, html, expected) => {
  expect(notes(html)).toEqual(expected);
});

test('the notes stay beside their blocks when link boxes and boilerplate are dropped', () => {
  const html = `<p>${para}</p><div class="author-bio"><p>A. Rao covers Japan.</p></div><h3>Related</h3><ul><li><a href="/1">One story</a></li><li><a href="/2">Two story</a></li></ul><p>Reporting by A. Rao</p>`;
  expect(notes(html)).toEqual([
    { text: para, aside: null, link: 0 },
    { text: 'A. Rao covers Japan.', aside: 'bio', link: 0 },
  ]);
});

test('readBlocks gives the same blocks as blocksFromDom', () => {
  const html = `<h2>Trade</h2><div><img src="a.jpg"><p>Caption here.</p></div><p>${para}</p><ul><li>One.</li></ul>`;
  const div = document.createElement('div');
  div.innerHTML = html;
  expect(readBlocks(div).blocks).toEqual(blocks(html));
});
