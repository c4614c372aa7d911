/** The training learners (scripts/train/learn.ts): deterministic, and their options do what they say. */
import { describe, expect, test } from 'vitest';
import { CONTEXT_INPUTS } from '../../../engine/topics/model/context-inputs';
import type { SparseVector } from '../../../engine/topics/model/features';
import { TOPIC_IDS } from '../../../engine/topics/taxonomy';
import { logits1, STAGE1_DEFAULTS, trainStage1, trainStage2 } from '../../../scripts/train/learn';

/** A toy problem: bucket 1 marks topic 0, bucket 2 topic 1, bucket 3 is noise on every row. */
function toy(): { x: SparseVector[]; y: Uint16Array } {
  const x: SparseVector[] = [];
  const y: number[] = [];
  for (let n = 0; n < 60; n++) {
    const k = n % 3;
    x.push({ idx: Int32Array.of(0, k === 0 ? 1 : 2, 3), val: Float32Array.of(1, 1, 0.5) });
    y.push(k === 0 ? 1 : k === 1 ? 2 : 0);
  }
  return { x, y: Uint16Array.from(y) };
}

describe('first stage', () => {
  const { x, y } = toy();
  const options = { ...STAGE1_DEFAULTS, epochs: 4 };

  test('is deterministic for a seed, and learns the toy topics', () => {
    const a = trainStage1(x, y, options);
    expect([...a.slice(0, 64)]).toEqual([...trainStage1(x, y, options).slice(0, 64)]);
    expect(logits1(a, x[0] as SparseVector)[0]).toBeGreaterThan(0);
    expect(logits1(a, x[1] as SparseVector)[0]).toBeLessThan(0);
  });

  test('averaged weights differ from the last ones and still separate the topics', () => {
    const last = trainStage1(x, y, options);
    const averaged = trainStage1(x, y, { ...options, average: true });
    expect(averaged[1 * TOPIC_IDS.length]).not.toBe(last[1 * TOPIC_IDS.length]);
    expect(logits1(averaged, x[0] as SparseVector)[0]).toBeGreaterThan(logits1(averaged, x[1] as SparseVector)[0] as number);
  });

  test('a stronger L2 penalty gives smaller weights', () => {
    const loose = trainStage1(x, y, { ...options, l2: 0 });
    const tight = trainStage1(x, y, { ...options, l2: 0.05 });
    expect(Math.abs(tight[1 * TOPIC_IDS.length] as number)).toBeLessThan(Math.abs(loose[1 * TOPIC_IDS.length] as number));
  });
});

describe('second stage', () => {
  test('inputs left out keep weight 0', () => {
    const width = CONTEXT_INPUTS.length;
    const rows = Array.from({ length: 20 }, (_, n) => Float32Array.from({ length: TOPIC_IDS.length * width }, (_, j) => ((n * 7 + j) % 5) / 5));
    const y = Uint16Array.from(rows, (_, n) => n % 2);
    const w = trainStage2(rows, y, ['bias', 'self', 'prev'], 20);
    const w0 = w[0] as Float32Array;
    expect(w0[CONTEXT_INPUTS.indexOf('next')]).toBe(0);
    expect(w0[CONTEXT_INPUTS.indexOf('hindi')]).toBe(0);
    expect(w0[CONTEXT_INPUTS.indexOf('prev')]).not.toBe(0);
  });
});
