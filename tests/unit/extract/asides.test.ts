import { expect, test } from 'vitest';
import { isAuthorBio, isAuthorBox } from '../../../engine/extract/asides';

test.each([
  ['author-bio', true],
  ['about-writer', true],
  ['c-author__box', true],
  ['post-author-info', true],
  ['contributor', true],
  ['bio', true],
  ['author', false], // a one-line byline box, not a bio box
  ['about-us', false],
  ['biology-story', false],
  ['', false],
])('isAuthorBox(%j) is %s', (names, expected) => {
  expect(isAuthorBox(names)).toBe(expected);
});

test.each([
  ["Ritika Sen is the Ledger's diplomatic correspondent in Tokyo. She has covered trade for twelve years.", true],
  ['Anand Verma is a former diplomat who served in Kathmandu and Dhaka.', true],
  ['The writer is a former ambassador to Japan.', true],
  ['The author, a senior fellow at a Delhi think tank, writes on maritime security.', true],
  ['राजेश कुमार शर्मा विदेश मामलों के वरिष्ठ संवाददाता हैं। वे पंद्रह वर्षों से कूटनीति पर लिख रहे हैं।', true],
  ['(लेखक पूर्व राजदूत हैं।)', true],
  ['India is the largest buyer of Russian oil, officials said on Monday.', false],
  ['The minister is a former diplomat who served in Moscow, and he told reporters that talks would resume.', false],
  ['विदेश मंत्री ने कहा कि भारत अपनी ऊर्जा ज़रूरतों को ध्यान में रखकर फ़ैसला करेगा।', false],
  [`Ritika Sen is a correspondent. ${'The talks went on for many hours and covered trade, chips and shipping. '.repeat(10)}`, false],
])('isAuthorBio(%j) is %s', (text, expected) => {
  expect(isAuthorBio(text)).toBe(expected);
});
