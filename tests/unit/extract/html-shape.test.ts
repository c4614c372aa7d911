/**
 * The CLI's look at a page's HTML before jsdom parses it: element count and nesting estimated from
 * the string, so a page built to be slow is refused before the slow part (#11).
 */
import { describe, expect, test } from 'vitest';
import { checkHtmlShape, measureHtml } from '../../../engine/extract/html-shape';

describe('measureHtml', () => {
  test.each([
    ['nested divs', '<div><div><span>x</span></div></div>', { elements: 3, depth: 3 }],
    ['void elements never nest', '<div><img src=a><br><input><hr></div>', { elements: 5, depth: 1 }],
    [
      'paragraphs and list items the parser closes are not depth',
      `<div>${'<p>one'.repeat(50)}<ul>${'<li>x'.repeat(50)}</ul></div>`,
      { elements: 102, depth: 2 },
    ],
    [
      'comments and script text hold no elements',
      '<!-- <div><div> --><script>if (a<b) document.write("<div><div>")</script><p>x</p>',
      { elements: 2, depth: 1 },
    ],
    ['self-closed svg shapes', '<svg><path d="M0 0"/><circle r="1"/></svg>', { elements: 3, depth: 1 }],
    ['a stray end tag does not go below zero', '</div></div><div><div></div></div>', { elements: 2, depth: 2 }],
  ])('%s', (_, html, expected) => {
    expect(measureHtml(html)).toEqual(expected);
  });
});

describe('checkHtmlShape', () => {
  test('refuses nesting far past the cap, and many more elements than the cap, saying which', () => {
    expect(checkHtmlShape(`${'<div>'.repeat(1_001)}x`)).toMatchObject({
      ok: false,
      reason: 'too-large',
      message: expect.stringMatching(/nested more than 250 deep/),
    });
    expect(checkHtmlShape('<i></i>'.repeat(56_000))).toMatchObject({
      ok: false,
      message: expect.stringMatching(/about 56,000 elements \(the limit is 50,000\)/),
    });
  });

  test('leaves a page near the caps to the exact check on the parsed DOM', () => {
    expect(checkHtmlShape(`${'<div>'.repeat(600)}x`)).toBeNull();
    expect(checkHtmlShape('<i></i>'.repeat(52_000))).toBeNull();
  });
});
