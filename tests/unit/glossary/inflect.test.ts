import { describe, expect, test } from 'vitest';
import { englishInflections, hindiInflections, lookupForm } from '../../../engine/glossary/inflect';

describe('hindiInflections', () => {
  test.each([
    ['देश', ['देशों', 'देशें']],
    ['समझौता', ['समझौते', 'समझौतों']],
    ['वार्ता', ['वार्ताएं', 'वार्ताओं']],
    ['मंत्री', ['मंत्रियों', 'मंत्रियां']],
    ['नीति', ['नीतियों', 'नीतियां']],
    ['किया', ['किए', 'किये', 'की']],
    ['बताया', ['बताए', 'बताई']],
    ['रिश्ते', ['रिश्ता', 'रिश्तों']],
    ['वस्तु', ['वस्तुओं']],
    ['कार्रवाई', ['कार्रवाइयों']],
  ])('%s → includes %j', (word, forms) => {
    expect(hindiInflections(word)).toEqual(expect.arrayContaining([word, ...forms]));
  });

  test.each([
    ['मित्रता', 'मित्र'],
    ['शांति', 'शांत'],
    ['चर्चा', 'चर्च'],
    ['सदस्यता', 'सदस्य'],
    ['वर्ष', 'वर्षा'],
  ])('%s does not reach %s (a stemmer would)', (word, other) => {
    expect(hindiInflections(word)).not.toContain(other);
  });

  test('normalises spelling variants (nukta, chandrabindu)', () => {
    expect(hindiInflections('फ़ैसला')).toContain('फैसले');
    expect(hindiInflections('वार्ता')).toContain('वार्ताएं');
  });
});

describe('englishInflections', () => {
  test.each([
    ['summit', ['summits']],
    ['ally', ['allies']],
    ['crisis', ['crises']],
    ['tax', ['taxes']],
    ['embassy', ['embassies']],
  ])('%s → includes %j', (word, forms) => {
    expect(englishInflections(word)).toEqual(expect.arrayContaining([word, ...forms]));
  });

  test('no past or -ing forms: they are listed in the data where they mean the same', () => {
    expect(englishInflections('report')).not.toContain('reported');
    expect(englishInflections('challenge')).not.toContain('challenging');
  });

  test('lookupForm drops a possessive', () => {
    expect(lookupForm("india's")).toBe('india');
    expect(lookupForm('allies')).toBe('allies');
  });
});
