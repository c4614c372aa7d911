/** The topics: a checkbox to show each one, and Move up / Move down buttons to order them. */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Settings } from '../../utils/settings/schema';
import { topicById } from '../../engine/topics/taxonomy';
import type { TopicId } from '../../engine/types';
import { useI18n } from '../i18n';
import { moveTopic, setTopicShown } from './edits';
import { TopicName } from './TopicName';
import type { SettingsChange } from './SettingsForm';

/** Props: the settings and the change callback. */
export interface TopicListProps {
  value: Settings;
  onChange: SettingsChange;
}

type Direction = 'up' | 'down';

/** A fieldset listing topics in the user's order; moving keeps focus on the moved topic's button. */
export function TopicList({ value, onChange }: TopicListProps) {
  const { t, lang } = useI18n();
  const buttons = useRef(new Map<string, HTMLButtonElement>());
  const pendingFocus = useRef<string | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const order = value.topicOrder;

  // After a move re-renders the list, put focus back on the button that was pressed.
  useEffect(() => {
    const key = pendingFocus.current;
    pendingFocus.current = null;
    if (key) buttons.current.get(key)?.focus();
  }, [order]);

  const move = (id: TopicId, dir: Direction) => {
    const next = moveTopic(value, id, dir === 'up' ? -1 : 1);
    if (next === value) return;
    const at = next.topicOrder.indexOf(id);
    const atEnd = dir === 'up' ? at === 0 : at === order.length - 1;
    // At either end the pressed button is disabled, so focus its twin instead.
    pendingFocus.current = `${atEnd ? (dir === 'up' ? 'down' : 'up') : dir}-${id}`;
    const name = topicById(id)?.label[lang] ?? id;
    setAnnouncement(t('options.topics.moved', { topic: name, position: at + 1, count: order.length }));
    onChange(next);
  };

  const buttonRef = (key: string) => (el: HTMLButtonElement | null) => {
    if (el) buttons.current.set(key, el);
    else buttons.current.delete(key);
  };

  return (
    <fieldset class="panel">
      <legend>{t('options.topics.legend')}</legend>
      <p class="hint" id="topics-hint">
        {t('options.topics.hint')}
      </p>
      <ol class="topic-list" aria-describedby="topics-hint">
        {order.map((id, i) => {
          const topic = topicById(id);
          if (!topic) return null;
          const name = topic.label[lang];
          return (
            <li key={id} class="topic-row">
              <input
                type="checkbox"
                id={`topic-toggle-${id}`}
                data-testid={`topic-toggle-${id}`}
                checked={!value.hiddenTopics.includes(id)}
                onChange={(e) => onChange(setTopicShown(value, id, e.currentTarget.checked))}
              />
              <label for={`topic-toggle-${id}`}>
                <TopicName topic={topic} />
              </label>
              <span class="topic-moves">
                <button
                  type="button"
                  ref={buttonRef(`up-${id}`)}
                  data-testid={`topic-up-${id}`}
                  aria-label={t('options.topics.upLabel', { topic: name })}
                  title={t('options.topics.up')}
                  disabled={i === 0}
                  onClick={() => move(id, 'up')}
                >
                  <span aria-hidden="true">↑</span>
                </button>
                <button
                  type="button"
                  ref={buttonRef(`down-${id}`)}
                  data-testid={`topic-down-${id}`}
                  aria-label={t('options.topics.downLabel', { topic: name })}
                  title={t('options.topics.down')}
                  disabled={i === order.length - 1}
                  onClick={() => move(id, 'down')}
                >
                  <span aria-hidden="true">↓</span>
                </button>
              </span>
            </li>
          );
        })}
      </ol>
      <p class="visually-hidden" aria-live="polite">
        {announcement}
      </p>
    </fieldset>
  );
}
