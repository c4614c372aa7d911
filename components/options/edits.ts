/** Pure edits of Settings made by the options form; each returns a new value. */
import type { Settings } from '../../utils/settings/schema';
import type { TopicId } from '../../engine/types';

/** Shows or hides a topic's section. */
export function setTopicShown(s: Settings, id: TopicId, shown: boolean): Settings {
  const hidden = s.hiddenTopics.filter((t) => t !== id);
  return { ...s, hiddenTopics: shown ? hidden : [...hidden, id] };
}

/** Moves a topic one place up (-1) or down (+1); at either end it is left where it is. */
export function moveTopic(s: Settings, id: TopicId, delta: -1 | 1): Settings {
  const from = s.topicOrder.indexOf(id);
  const to = from + delta;
  if (from < 0 || to < 0 || to >= s.topicOrder.length) return s;
  const order = [...s.topicOrder];
  [order[from], order[to]] = [order[to] as TopicId, id];
  return { ...s, topicOrder: order };
}

/** Sets a topic's own keywords; an empty list removes the topic's entry. */
export function setKeywords(s: Settings, id: TopicId, keywords: string[]): Settings {
  const extra = { ...s.extraKeywords };
  if (keywords.length) extra[id] = keywords;
  else delete extra[id];
  return { ...s, extraKeywords: extra };
}

/** True when two settings values are equal (they are plain JSON). */
export function sameSettings(a: Settings | null, b: Settings | null): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
