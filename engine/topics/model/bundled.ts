/** The topic model shipped with Kootniti (trained by `npm run train`), decoded once on first use. */
import type { TopicModel } from './model';
import { decodeModel } from './model';
import { MODEL } from './weights.generated';

let decoded: TopicModel | undefined;

/** The bundled model. */
export function bundledModel(): TopicModel {
  return (decoded ??= decodeModel(MODEL));
}
