/** Label files: one `{"id", "topics"}` object per line (ids only: never dataset text). */
import { readFileSync } from 'node:fs';
import { isTopicId } from '../../engine/topics/taxonomy';
import type { TopicId } from '../../engine/types';

/** One labelled sentence. */
export interface LabelLine {
  id: string;
  topics: TopicId[];
}

/** Reads a label file; throws on a line that is not a valid label, naming the file and line. */
export function readLabelFile(path: string): LabelLine[] {
  const out: LabelLine[] = [];
  readFileSync(path, 'utf8')
    .split('\n')
    .forEach((raw, k) => {
      if (!raw.trim()) return;
      const v = JSON.parse(raw) as { id?: unknown; topics?: unknown };
      if (typeof v.id !== 'string' || !Array.isArray(v.topics) || !v.topics.every(isTopicId)) {
        throw new Error(`${path}:${k + 1}: not a label line`);
      }
      out.push({ id: v.id, topics: [...new Set(v.topics as TopicId[])] });
    });
  return out;
}

/** The two passes' agreement: micro-F1 of pass A against pass B over the sentences both labelled. */
export function passAgreement(a: ReadonlyMap<string, readonly TopicId[]>, b: ReadonlyMap<string, readonly TopicId[]>): { sentences: number; microF1: number } {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let sentences = 0;
  for (const [id, la] of a) {
    const lb = b.get(id);
    if (!lb) continue;
    sentences++;
    for (const t of la) lb.includes(t) ? tp++ : fp++;
    for (const t of lb) if (!la.includes(t)) fn++;
  }
  return { sentences, microF1: (2 * tp) / Math.max(1, 2 * tp + fp + fn) };
}
