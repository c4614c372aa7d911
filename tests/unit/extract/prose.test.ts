import { expect, test } from 'vitest';
import { isFieldLine, textShape, wordCount } from '../../../engine/extract/prose';

test.each([
  ['plain words', 'India and Japan met.', 4],
  ['Devanagari', 'भारत ने राहत सामग्री भेजी।', 5],
  ['Chinese: the run is a word, and every two characters one more', '两国外长今天举行会谈', 6],
  ['white space only', '  \n ', 0],
])('wordCount: %s', (_name, text, expected) => {
  expect(wordCount(text)).toBe(expected);
});

test.each<[string, string, { words: number; sentenceWords: number; statementWords: number }]>([
  ['two statements', 'The ministers met in Tokyo on Tuesday. They agreed to meet again soon.', { words: 13, sentenceWords: 13, statementWords: 13 }],
  ['danda', 'भारत ने म्यांमार को राहत भेजी। विमान सुबह यांगून पहुँचा।', { words: 10, sentenceWords: 10, statementWords: 10 }],
  ['a danda typed as "|"', 'भारत ने म्यांमार को राहत सामग्री भेजी |', { words: 8, sentenceWords: 8, statementWords: 8 }],
  ['a closing quote after the stop', 'He said the talks were "useful and frank."', { words: 8, sentenceWords: 8, statementWords: 8 }],
  ['a question is a sentence but not a statement', 'Have you ever been refused a visa?', { words: 7, sentenceWords: 7, statementWords: 0 }],
  [
    'a snippet cut off with "…" is no sentence',
    'The agreements cover lines in Chennai, Patna and Bhopal …',
    { words: 10, sentenceWords: 0, statementWords: 0 },
  ],
  ['a snippet cut off with "..." is no sentence', 'The agreements cover lines in Chennai and Patna ...', { words: 9, sentenceWords: 0, statementWords: 0 }],
  [
    'an ellipsis inside a sentence does not end it',
    'The dress was stolen from her room ... police have learned.',
    { words: 11, sentenceWords: 11, statementWords: 11 },
  ],
  ['a label with no stop', 'Date of birth (DD/MM/YYYY) *', { words: 5, sentenceWords: 0, statementWords: 0 }],
  ['"Yes." alone is too short to be a sentence', 'Yes. No.', { words: 2, sentenceWords: 0, statementWords: 0 }],
  ['lines split at line breaks', 'Name\nAddress\nThe form is saved as you go.', { words: 9, sentenceWords: 7, statementWords: 7 }],
  ['Chinese full stops', '两国外长今天在北京举行会谈。双方达成广泛共识。', { words: 12, sentenceWords: 12, statementWords: 12 }],
])('textShape: %s', (_name, text, expected) => {
  expect(textShape(text)).toEqual(expected);
});

test.each([
  ['Date of birth *', true],
  ['Passport number:', true],
  ['Publisher: Riverbank Press; First edition (2024)', true],
  ['पिन कोड *', true],
  ['Name of applicant ________', true],
  ['Place ..........', true],
  ['New Delhi: India has sent relief supplies to Sri Lanka, the ministry said.', false],
  ['The ministers met on Monday.', false],
  ['India and Japan', false],
])('isFieldLine(%j) is %s', (text, expected) => {
  expect(isFieldLine(text)).toBe(expected);
});
