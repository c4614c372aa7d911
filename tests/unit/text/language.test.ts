import { expect, test } from 'vitest';
import { detectLanguage } from '../../../engine/text/language';

test.each([
  ['रक्षा मंत्री ने कहा कि दोनों देशों के बीच सहयोग बढ़ेगा और व्यापार भी।', 'hi', true],
  ['The defence minister said cooperation between the two countries will grow.', 'en', true],
  ['Le ministre a déclaré que la coopération entre les deux pays est importante pour la région.', 'fr', false],
  ['Der Minister sagte, dass die Zusammenarbeit zwischen den beiden Ländern wichtig ist und nicht endet.', 'de', false],
  ['Министр заявил, что сотрудничество будет расти.', 'ru', false],
  ['पुणे हे महाराष्ट्रातील एक मोठे शहर आहे आणि ते शिक्षणासाठी प्रसिद्ध आहे. तेथे अनेक महाविद्यालये आहेत.', 'mr', false],
  ['外務大臣は会談を行いました。', 'ja', false],
  ['外交部长今天会见了来访的客人。', 'zh', false],
  ['12345 !!! ...', 'und', false],
  ['', 'und', false],
])('%s → %s', (text, lang, supported) => {
  const g = detectLanguage(text);
  expect(g.lang).toBe(lang);
  expect(g.supported).toBe(supported);
});

test('mixed Hindi–English text goes to the script with more letters and is flagged', () => {
  const g = detectLanguage('मंत्री ने कहा कि Make in India programme के तहत defence production तेज़ी से बढ़ा है और आगे भी बढ़ेगा।');
  expect(g.lang).toBe('hi');
  expect(g.mixed).toBe(true);
});

test('the page language breaks a near-tie', () => {
  const text = 'trade agreement व्यापार समझौता';
  expect(detectLanguage(text, 'hi').lang).toBe('hi');
  expect(detectLanguage(text, 'en-IN').lang).toBe('en');
});
