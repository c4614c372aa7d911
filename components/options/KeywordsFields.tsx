/** The user's own keywords: one textarea per topic, parsed as typed and saved debounced. */
import { useEffect, useMemo, useState } from 'preact/hooks';
import { MAX_KEYWORD_LENGTH, MAX_KEYWORDS_PER_TOPIC, type Settings } from '../../utils/settings/schema';
import { type Topic, TOPICS } from '../../engine/topics/taxonomy';
import { useI18n } from '../i18n';
import { setKeywords } from './edits';
import { formatKeywords, parseKeywords, sameKeywords } from './keywords';
import type { SettingsChange } from './SettingsForm';
import { TopicName } from './TopicName';

/** Props: the settings and the change callback. */
export interface KeywordsFieldsProps {
  value: Settings;
  onChange: SettingsChange;
}

/** A fieldset with a keywords textarea for every topic, in taxonomy order. */
export function KeywordsFields({ value, onChange }: KeywordsFieldsProps) {
  const { t } = useI18n();
  return (
    <fieldset class="panel">
      <legend>{t('options.keywords.legend')}</legend>
      <p class="hint" id="keywords-hint">
        {t('options.keywords.hint', { max: MAX_KEYWORDS_PER_TOPIC, length: MAX_KEYWORD_LENGTH })}
      </p>
      <div class="keyword-grid">
        {TOPICS.map((topic) => (
          <KeywordsField
            key={topic.id}
            topic={topic}
            keywords={value.extraKeywords[topic.id]}
            onKeywords={(list) => onChange(setKeywords(value, topic.id, list), 'debounced')}
          />
        ))}
      </div>
    </fieldset>
  );
}

/** Props of one topic's textarea. */
export interface KeywordsFieldProps {
  topic: Topic;
  keywords: string[] | undefined;
  onKeywords: (keywords: string[]) => void;
}

/**
 * One textarea. It keeps the text as typed (so a trailing comma or blank line survives), reports
 * the parsed list, and takes the stored list again only when it changes from outside (a reset).
 */
export function KeywordsField({ topic, keywords, onKeywords }: KeywordsFieldProps) {
  const { t } = useI18n();
  const [text, setText] = useState(() => formatKeywords(keywords));
  const parsed = useMemo(() => parseKeywords(text), [text]);

  useEffect(() => {
    if (!sameKeywords(parseKeywords(text).keywords, keywords)) setText(formatKeywords(keywords));
    // Only a new stored list should replace the text; typing is handled by onInput.
  }, [keywords]);

  const id = `keywords-${topic.id}`;
  const left: string[] = [];
  if (parsed.duplicates) left.push(t('options.keywords.duplicates', { count: parsed.duplicates }));
  if (parsed.tooLong) left.push(t('options.keywords.tooLong', { count: parsed.tooLong, length: MAX_KEYWORD_LENGTH }));
  if (parsed.overLimit) left.push(t('options.keywords.overLimit', { count: parsed.overLimit, max: MAX_KEYWORDS_PER_TOPIC }));

  return (
    <div class="keyword-field">
      <label for={id}>
        <TopicName topic={topic} />
      </label>
      <textarea
        id={id}
        data-testid={id}
        rows={3}
        value={text}
        aria-describedby={`keywords-hint ${id}-count${left.length ? ` ${id}-trimmed` : ''}`}
        onInput={(e) => {
          const next = e.currentTarget.value;
          setText(next);
          const list = parseKeywords(next).keywords;
          if (!sameKeywords(list, keywords)) onKeywords(list);
        }}
      />
      <p class="hint count" id={`${id}-count`}>
        {t('options.keywords.count', { count: parsed.keywords.length, max: MAX_KEYWORDS_PER_TOPIC })}
      </p>
      {left.length > 0 && (
        <p class="trimmed" id={`${id}-trimmed`} data-testid={`keywords-trimmed-${topic.id}`}>
          {t('options.keywords.trimmed')} {left.join('; ')}
        </p>
      )}
    </div>
  );
}
