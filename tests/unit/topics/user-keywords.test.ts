/** The reader's own keywords always count for their topic, even where the lexicon has the phrase. */
import { describe, expect, test } from 'vitest';
import { summarize } from '../../../engine/pipeline';
import type { Article, TopicId } from '../../../engine/types';

/** Our own short article: the news is a building handed to a coast guard, and a list of talks topics. */
const ARTICLE: Article = {
  title: 'City hands over an old building',
  lang: 'en',
  blocks: [
    { kind: 'paragraph', text: 'The city handed the old harbour building to the coast guard on Friday.' },
    { kind: 'paragraph', text: 'Officials said the building would be repainted next month.' },
    { kind: 'paragraph', text: 'The talks covered tariffs, visas, the monsoon, and the coast guard.' },
  ],
};

function topicsOf(extra: Partial<Record<TopicId, string[]>>): TopicId[][] {
  const r = summarize(ARTICLE, { extraKeywords: extra });
  if (!r.ok) throw new Error(r.message);
  return r.summary.sentences.map((s) => s.topics);
}

describe('user keywords', () => {
  test('without them, the weak lexicon entry alone does not make the sentence defence', () => {
    expect(topicsOf({})[0]).not.toContain('defence');
  });

  test.each<[string, Partial<Record<TopicId, string[]>>, TopicId]>([
    ['a phrase the lexicon has for the same topic, with less weight', { defence: ['coast guard'] }, 'defence'],
    ['a phrase the lexicon has for another topic', { security: ['coast guard'] }, 'security'],
    ['a phrase the lexicon does not have', { people: ['harbour building'] }, 'people'],
  ])('%s counts', (_, extra, topic) => {
    expect(topicsOf(extra)[0]).toContain(topic);
  });

  test('it counts in a list sentence too, where weak cues are damped', () => {
    expect(topicsOf({ defence: ['coast guard'] })[2]).toContain('defence');
  });
});
