/** Label files: one `{"id", "topics"}` object per line (ids only: never dataset text). */
import { readFileSync } from 'node:fs';
import { isTopicId } from '../../utils/topics/taxonomy';
import type { TopicId } from '../../utils/types';

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
