/** A topic's name in both languages, the UI language first, each marked with its `lang`. */
import type { Topic } from '../../engine/topics/taxonomy';
import { useI18n } from '../i18n';

/** Props: the topic to name. */
export interface TopicNameProps {
  topic: Topic;
}

/** "Defence · रक्षा" (or "रक्षा · Defence" when the UI is Hindi). */
export function TopicName({ topic }: TopicNameProps) {
  const { lang } = useI18n();
  const other = lang === 'hi' ? 'en' : 'hi';
  return (
    <span class="topic-name">
      <span lang={lang}>{topic.label[lang]}</span>
      <span aria-hidden="true"> · </span>
      <span lang={other} class="topic-name-other">
        {topic.label[other]}
      </span>
    </span>
  );
}
