/**
 * The bundled lexicons on invented sentences: words whose everyday sense is not the topic's, and
 * forms (Hindi inflections, transliterations, phrases) that must reach the topic. Each sentence is
 * classified alone, with no article context.
 */
import { describe, expect, test } from 'vitest';
import { classifySentences } from '../../../engine/topics/classify';
import { stemsOf } from '../../../engine/topics/lexicon';
import { lexiconIndex } from '../../../engine/topics/lexicons';
import type { TopicId } from '../../../engine/types';

const alone = (text: string) => classifySentences(lexiconIndex(), [{ stems: stemsOf(text), block: 0, isHeading: false, text }]).topics[0]!;

describe('a word in its everyday sense gives the topic nothing decisive', () => {
  test.each<[string, TopicId, number]>([
    // Hindi आक्रमण is any attack; only a military invasion is geopolitics.
    ['पुलिस ने बताया कि बाज़ार में चाकू से आक्रमण करने वाला युवक पकड़ा गया।', 'geopolitics', 1],
    // पश्चिम alone is the compass direction.
    ['शहर के पश्चिम में नया पुल बनाया जाएगा।', 'geopolitics', 0],
    // प्रतिद्वंद्वी is a rival candidate or team.
    ['चुनाव में उनके प्रतिद्वंद्वी ने जीत का दावा किया।', 'geopolitics', 0],
    // Ordinary crime and the police are not the taxonomy's security.
    ['Police arrested two men after a burglary at a jewellery shop.', 'security', 1],
    ['पुलिस ने चोरी के अपराध में दो लोगों को गिरफ्तार किया।', 'security', 2],
    // A grant of bail, a parking tax: not investment.
    ['The judge refused to grant bail to the two men.', 'investment', 0],
    ['The city council raised the tax on parking.', 'investment', 1],
    // नागरिक (citizen, civilian) is not citizenship policy.
    ['हज़ारों नागरिक सड़कों पर उतर आए और नारे लगाए।', 'people', 0],
    // Religious affiliation and an expert's title describe actors.
    ['The religious leader met the prime minister on Monday.', 'people', 1],
    ['धार्मिक नेता ने सोमवार को प्रधानमंत्री से मुलाकात की।', 'people', 1],
    ['Professor Mehta, an economist, said growth would slow.', 'people', 1],
    // A demand is at most weak support for trade (it counts only inside a trade story).
    ['The protesters repeated their demand for fresh talks.', 'trade', 1],
    ['विपक्ष ने मंत्री के इस्तीफे की मांग की।', 'trade', 1],
    // केली (a name) must not stem onto केले (bananas), nor डेंग (a name) onto डेंगू.
    ['केली ने आखिरी मिनट में गेंद रोक ली।', 'agriculture', 0],
    ['डेंग ने बैठक की अध्यक्षता की।', 'health', 0],
    // Money for research is science policy, not investment.
    ['The ministry doubled research funding for universities.', 'investment', 0],
    ['मंत्रालय ने विश्वविद्यालयों के शोध बजट को दोगुना किया।', 'investment', 0],
    // कक्षा is a school class as often as an orbit.
    ['कक्षा में बच्चे गणित पढ़ रहे थे।', 'space', 0],
  ])('%s ↛ %s', (text, topic, max) => {
    const v = alone(text);
    expect(v.topics).not.toContain(topic);
    // At most weak support (two weak cues together stay below the threshold of 3).
    expect(v.scores[topic] ?? 0).toBeLessThanOrEqual(max);
  });
});

describe('topic vocabulary reaches the topic in both languages', () => {
  test.each<[string, TopicId]>([
    ['रूस के सैन्य आक्रमण के बाद हज़ारों लोग सीमा पार भाग गए।', 'geopolitics'],
    ['The union announced new sanctions against the regime.', 'geopolitics'],
    ['यूरोपीय संघ ने सरकार पर नए प्रतिबंध लगाए।', 'geopolitics'],
    ['We were going to war with them, he told the crowd.', 'geopolitics'],
    ['दोनों पड़ोसियों के बीच युद्ध छिड़ गया।', 'geopolitics'],
    ['A CIA agent was detained in the capital overnight.', 'security'],
    ['मंत्रालय ने कहा कि राजधानी में एक सीआईए एजेंट को हिरासत में लिया गया।', 'security'],
    ['The country says it will not disarm first.', 'defence'],
    ['पहाड़ी इलाकों में प्रकृति का प्रकोप जारी है।', 'climate'],
    ['आर्टिफीसियल इंटेलिजेंस के शोध पर सरकार खर्च बढ़ाएगी।', 'technology'],
    ['दोनों देशों का द्विपक्षीय कारोबार पिछले साल तेजी से बढ़ा।', 'trade'],
    ['हेग की इंटरनेशनल कोर्ट ने सुनवाई पूरी की।', 'multilateral'],
    ['शहर में डेंगू बुखार के मामले तेजी से बढ़े।', 'health'],
    ['The General Assembly adopted a resolution on the oceans.', 'multilateral'],
    ['संयुक्त राष्ट्र महासभा ने महासागरों पर प्रस्ताव पारित किया।', 'multilateral'],
    ['The ministry doubled research funding for quantum sensors.', 'technology'],
    ['उपग्रह को पृथ्वी की निचली कक्षा में भेजा गया।', 'space'],
  ])('%s → %s', (text, topic) => {
    expect(alone(text).topics).toContain(topic);
  });

  test('AI spelt out in Devanagari is technology, not intelligence work', () => {
    const v = alone('आर्टिफीसियल इंटेलिजेंस के शोध पर सरकार खर्च बढ़ाएगी।');
    expect(v.scores.security).toBeUndefined();
  });

  test('denuclearisation in Hindi speaks to defence and to the standoff, as in English', () => {
    const hi = alone('कोरियाई प्रायद्वीप को परमाणु मुक्त बनाने पर बातचीत रुकी।');
    const en = alone('Talks on denuclearisation of the peninsula have stalled.');
    for (const v of [hi, en]) {
      expect(v.topics).toContain('defence');
      expect(v.scores.geopolitics ?? 0).toBeGreaterThan(0);
    }
  });

  test.each<[string, TopicId]>([
    ['इलाके में सुरक्षा बलों के जवान तैनात किए गए।', 'security'],
    ['सशस्त्र बलों के प्रमुखों ने नई योजना पर चर्चा की।', 'defence'],
    ['बाढ़ के बाद बचाव दलों ने गांव खाली कराया।', 'climate'],
  ])('oblique plurals of short nouns match their phrase: %s → %s', (text, topic) => {
    expect(alone(text).topics).toContain(topic);
  });
});
