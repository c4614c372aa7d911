/** The learned topic model: features, the two inference paths agreeing, decoding, and the shipped model. */
import { describe, expect, test } from 'vitest';
import { modelDocument } from '../../../engine/topics/assign';
import { lexiconIndex } from '../../../engine/topics/lexicons';
import { bundledModel } from '../../../engine/topics/model/bundled';
import { CONTEXT_INPUTS, isHindi } from '../../../engine/topics/model/context-inputs';
import { DIM, documentVectors, emitDocumentFeatures, fnv1a } from '../../../engine/topics/model/features';
import { decodeModel, modelFromWeights } from '../../../engine/topics/model/model';
import { assignInput } from '../../../engine/topics/model/sentence';
import { MODEL } from '../../../engine/topics/model/weights.generated';
import { TOPIC_IDS } from '../../../engine/topics/taxonomy';

/** Our own short article, with a headline. */
function doc() {
  const body = [
    'The two navies will hold a joint exercise in the Indian Ocean next month.',
    'Officials also agreed to cut tariffs on farm goods and raise bilateral trade.',
    'The ministers then toured the old fort.',
  ];
  const { doc: d } = modelDocument(
    lexiconIndex(),
    body.map((t, i) => assignInput(t, i)),
    assignInput('Navies to exercise, tariffs to fall', -1, true),
  );
  return d;
}

describe('features', () => {
  test('FNV-1a matches the reference values', () => {
    expect(fnv1a('')).toBe(0x811c9dc5);
    expect(fnv1a('a')).toBe(0xe40c292c);
    expect(fnv1a('foobar')).toBe(0xbf9cf968);
  });

  test('are deterministic, and every bucket is in range', () => {
    const a = emitDocumentFeatures(doc());
    const b = emitDocumentFeatures(doc());
    expect(a.length).toBeGreaterThan(50);
    expect([...a.buckets.slice(0, a.length)]).toEqual([...b.buckets.slice(0, b.length)]);
    expect([...a.buckets.slice(0, a.length)].every((x) => x >= 0 && x < DIM)).toBe(true);
  });

  test('training vectors are sorted, distinct and carry each sentence its shared part', () => {
    const vectors = documentVectors(doc());
    expect(vectors).toHaveLength(4); // three sentences and the headline
    for (const v of vectors) {
      for (let k = 1; k < v.idx.length; k++) expect(v.idx[k]).toBeGreaterThan(v.idx[k - 1] as number);
    }
  });
});

describe('the second stage', () => {
  test('reads the document as Hindi by most of its words, not by one quoted word', () => {
    const read = (lines: string[]) =>
      modelDocument(
        lexiconIndex(),
        lines.map((t, i) => assignInput(t, i)),
      ).doc;
    expect(isHindi(read(['भारत और फ्रांस ने रक्षा सहयोग पर बातचीत की।']))).toBe(true);
    expect(isHindi(read(['The minister said "नमस्ते" to the visiting delegation.']))).toBe(false);
    expect(isHindi(read(['आज G20 की बैठक में सभी देशों के मंत्री आए।']))).toBe(true);
  });
});

describe('inference', () => {
  // A random small model: the point is that the two paths compute the same thing.
  const T = TOPIC_IDS.length;
  let seed = 7;
  const random = () => (seed = (seed * 1103515245 + 12345) >>> 0) / 2 ** 32 - 0.5;
  const w1 = Float32Array.from({ length: DIM * T }, random);
  const w2 = TOPIC_IDS.map(() => Float32Array.from({ length: CONTEXT_INPUTS.length }, random));
  const model = modelFromWeights(
    w1,
    w2,
    TOPIC_IDS.map(() => 0.5),
  );

  test('predicting from the document equals predicting from the training vectors', () => {
    const d = doc();
    const blocks = d.sentences.map((_, i) => i);
    const direct = model.predict(d, blocks);
    const viaVectors = model.fromLogits(
      documentVectors(d).map((v) => model.stage1(v)),
      blocks,
      d,
    );
    direct.forEach((row, i) => row.forEach((p, t) => expect(p).toBeCloseTo(viaVectors[i]?.[t] as number, 5)));
  });

  test('probabilities are in [0, 1], one row per sentence and one for the headline', () => {
    const d = doc();
    const p = model.predict(d, [0, 1, 2]);
    expect(p).toHaveLength(4);
    for (const row of p) for (const x of row) expect(x >= 0 && x <= 1).toBe(true);
  });
});

describe('the shipped model', () => {
  test('decodes, and names its data version and only sources whose licence lets it ship', () => {
    expect(MODEL.trainedOn.dataVersion).toMatch(/^[0-9a-f]{16}$/);
    expect(MODEL.trainedOn.sources.join(' ')).not.toMatch(/AG News|headlines/);
    expect(MODEL.thresholds).toHaveLength(TOPIC_IDS.length);
    expect(MODEL.card.lineProbability).toBeGreaterThan(0);
    expect(bundledModel().thresholds).toHaveLength(TOPIC_IDS.length);
  });

  test('a model for another hash size or topic list is refused with a clear message', () => {
    expect(() => decodeModel({ ...MODEL, hashBits: 12 })).toThrow(/does not match this build/);
    expect(() => decodeModel({ ...MODEL, topics: [...MODEL.topics].reverse() })).toThrow(/does not match this build/);
  });

  test('on our own Hindi and English lines it finds the obvious topics', () => {
    const { doc: d } = modelDocument(lexiconIndex(), [
      assignInput('भारत और फ्रांस पनडुब्बियों और लड़ाकू विमानों का संयुक्त उत्पादन करेंगे।', 0),
      assignInput('Both sides agreed to double bilateral trade and cut tariffs on exports.', 1),
    ]);
    const p = bundledModel().predict(d, [0, 1]);
    expect(p[0]?.[TOPIC_IDS.indexOf('defence')]).toBeGreaterThan(0.5);
    expect(p[1]?.[TOPIC_IDS.indexOf('trade')]).toBeGreaterThan(0.5);
  });
});
