// @vitest-environment node
import { describe, expect, test } from 'vitest';
import { checkAlignment, MIN_GAIN } from '../../../utils/translate/provider/align';

// Our own sentences, each line translating the same line of the other list.
const HI = [
  'विदेश मंत्री आज टोक्यो पहुँचे।',
  'दोनों देशों ने 2030 तक आपसी व्यापार को 50 अरब डॉलर तक ले जाने का लक्ष्य रखा है।',
  'बैठक में समुद्री सुरक्षा, आपूर्ति श्रृंखला और स्वच्छ ऊर्जा पर विस्तार से चर्चा हुई, और अधिकारियों ने अगले दौर की तारीख़ भी तय की।',
  'क्या यह समझौता टिकेगा?',
  'प्रवक्ता ने कहा, "हम बातचीत जारी रखेंगे।"',
  'G20 शिखर सम्मेलन से पहले BRICS देशों के प्रतिनिधि भी मिले।',
];
const EN = [
  'The foreign minister arrived in Tokyo today.',
  'The two countries aim to take their trade to 50 billion dollars by 2030.',
  'The meeting discussed maritime security, supply chains and clean energy at length, and officials also fixed the date of the next round.',
  'Will this agreement hold?',
  'The spokesperson said, "We will continue the talks."',
  'Representatives of the BRICS countries also met ahead of the G20 summit.',
];
// A sentence from outside the batch, to fill the line a shift leaves empty.
const OTHER = { hi: 'अधिकारियों ने कोई टिप्पणी नहीं की।', en: 'Officials made no comment.' };

/** The answer one line late (+1: line k carries line k - 1's translation) or early (-1). */
function shifted(outputs: readonly string[], move: 1 | -1, filler: string): string[] {
  return outputs.map((_, k) => outputs[k - move] ?? filler);
}

describe('checkAlignment', () => {
  test.each([
    ['hi→en', HI, EN, 'en'],
    ['en→hi', EN, HI, 'hi'],
  ] as const)('an answer in place passes (%s)', (_, inputs, outputs, to) => {
    const verdict = checkAlignment(inputs, outputs, to);
    expect(verdict.aligned).toBe(true);
    expect(verdict.gain).toBeLessThan(0);
  });

  test.each([
    ['hi→en, one line late', HI, EN, 'en', 1, OTHER.en, -1],
    ['hi→en, one line early', HI, EN, 'en', -1, OTHER.en, 1],
    ['en→hi, one line late', EN, HI, 'hi', 1, OTHER.hi, -1],
    ['en→hi, one line early', EN, HI, 'hi', -1, OTHER.hi, 1],
  ] as const)('an answer shifted is refused, and the shift named (%s)', (_, inputs, outputs, to, move, filler, shift) => {
    const verdict = checkAlignment(inputs, shifted(outputs, move, filler), to);
    expect(verdict).toMatchObject({ aligned: false, shift });
    expect(verdict.gain).toBeGreaterThanOrEqual(MIN_GAIN);
  });

  test('an answer two lines early is refused too', () => {
    const outputs = EN.map((_, k) => EN[k + 2] ?? OTHER.en);
    expect(checkAlignment(HI, outputs, 'en')).toMatchObject({ aligned: false, shift: 2 });
  });

  test('every window of the batch, from 2 lines up, passes in place and is refused shifted', () => {
    for (let size = 2; size <= HI.length; size++) {
      for (let start = 0; start + size <= HI.length; start++) {
        const inputs = HI.slice(start, start + size);
        const outputs = EN.slice(start, start + size);
        expect(checkAlignment(inputs, outputs, 'en').aligned, `${start}+${size}`).toBe(true);
        for (const move of [1, -1] as const) {
          // The line left empty takes the next sentence of the "article" (the list, then OTHER).
          const filler = EN[move === 1 ? start - 1 : start + size] ?? OTHER.en;
          expect(checkAlignment(inputs, shifted(outputs, move, filler), 'en').aligned, `${start}+${size} ${move}`).toBe(false);
        }
      }
    }
  });

  test.each([
    ['numbers', ['शिखर सम्मेलन 12 मई को होगा।', 'शिखर सम्मेलन 19 जून को होगा।'], ['The summit will be held on 12 May.', 'The summit will be held on 19 June.']],
    ['Devanagari digits', ['वार्ता १४ घंटे चली।', 'इसमें ३ देशों के मंत्री शामिल हुए।'], ['The talks lasted 14 hours.', 'Ministers of 3 countries took part.']],
    ['a question mark', ['क्या वार्ता सफल रही?', 'वार्ता काफ़ी सफल रही।'], ['Were the talks a success?', 'The talks were a success.']],
    [
      'quotes',
      ['उन्होंने कहा, "यह ऐतिहासिक दिन है।"', 'उन्होंने कहा कि यह ऐतिहासिक दिन है।'],
      ['He said, "This is a historic day."', 'He said that this is a historic day.'],
    ],
    [
      'Latin words kept in Hindi',
      ['बैठक में ASEAN और QUAD के मुद्दे उठे।', 'बैठक में सीमा और व्यापार के मुद्दे उठे।'],
      ['ASEAN and QUAD issues came up at the meeting.', 'Border and trade issues came up at the meeting.'],
    ],
  ])('%s: enough on their own to tell two lines of one length apart', (_, hi, en) => {
    expect(checkAlignment(hi, en, 'en').aligned).toBe(true);
    expect(checkAlignment(hi, [...en].reverse(), 'en').aligned).toBe(false);
    expect(checkAlignment(en, hi, 'hi').aligned).toBe(true);
    expect(checkAlignment(en, [...hi].reverse(), 'hi').aligned).toBe(false);
  });

  test('lengths alone tell lines without numbers or marks apart', () => {
    const inputs = ['बैठक सौहार्दपूर्ण रही।', 'दोनों पक्षों ने जलवायु परिवर्तन, नवीकरणीय ऊर्जा और आपदा प्रबंधन में सहयोग बढ़ाने पर सहमति जताई।', 'वार्ता जारी रहेगी।'];
    const outputs = [
      'The meeting was cordial.',
      'Both sides agreed to work more closely on climate change, renewable energy and disaster management.',
      'Talks will go on.',
    ];
    expect(checkAlignment(inputs, outputs, 'en').aligned).toBe(true);
    expect(checkAlignment(inputs, shifted(outputs, -1, 'Officials made no comment.'), 'en').aligned).toBe(false);
  });

  test('a looser translation, much longer than its line, still passes in place', () => {
    const outputs = [...EN];
    outputs[0] = 'Today the minister of external affairs landed in Tokyo, the Japanese capital, for the visit.';
    expect(checkAlignment(HI, outputs, 'en').aligned).toBe(true);
  });

  test('lines nothing tells apart pass either way: only what a shift clearly explains is refused', () => {
    const inputs = ['बैठक अच्छी रही।', 'बातचीत अच्छी रही।'];
    const outputs = ['The meeting went well.', 'The talks went well.'];
    expect(checkAlignment(inputs, outputs, 'en').aligned).toBe(true);
    expect(checkAlignment(inputs, [...outputs].reverse(), 'en').aligned).toBe(true);
  });

  test.each([
    ['one line', [HI[0] ?? ''], [EN[1] ?? '']],
    ['no lines', [], []],
  ])('%s: nothing to compare, so it passes', (_, inputs, outputs) => {
    expect(checkAlignment(inputs, outputs, 'en').aligned).toBe(true);
  });
});
