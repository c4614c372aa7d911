/** One colour per topic, for the share bar and section accents; readable on light and dark. */
import type { TopicId } from '../../engine/types';

/** Mid-tone colours, distinct from their neighbours in the default topic order. */
export const TOPIC_COLORS: Record<TopicId, string> = {
  defence: '#4e79a7',
  security: '#e15759',
  geopolitics: '#f28e2b',
  multilateral: '#76b7b2',
  trade: '#59a14f',
  investment: '#edc948',
  energy: '#b07aa1',
  connectivity: '#ff9da7',
  technology: '#9c755f',
  space: '#6b6ecf',
  health: '#d37295',
  climate: '#8cd17d',
  agriculture: '#b6992d',
  people: '#499894',
};

/** The colour of a topic; grey for an id this build does not know. */
export function topicColor(topic: string): string {
  return (TOPIC_COLORS as Record<string, string>)[topic] ?? '#8a8a8a';
}
