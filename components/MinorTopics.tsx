/**
 * The article's minor topics (a sentence or two each), in one group after the sections: their
 * names at a glance, their lines on demand, each line tagged with its topic.
 */
import type { Section, SentenceRef } from '../engine/summary/types';
import { topicById } from '../engine/topics/taxonomy';
import type { Lang } from '../engine/types';
import { useI18n } from './i18n';
import { type LineExtras, SummaryLine } from './SummaryLine';

/** The id of the group's toggle (the topic map jumps to it for a minor topic). */
export const MINOR_TOGGLE_ID = 'minor-topics';

/** Props: the minor sections, the languages, whether the group is open, and the line actions. */
export interface MinorTopicsProps {
  sections: readonly Section[];
  primary: Lang;
  articleLang: Lang;
  expanded: boolean;
  onToggle: () => void;
  extras: (line: SentenceRef, where: string) => LineExtras;
  onShow: (line: SentenceRef, where: string) => void;
}

/** Renders "Also in the article: Space, Geopolitics (+2 lines)" and, open, the lines. */
export function MinorTopics({ sections, primary, articleLang, expanded, onToggle, extras, onShow }: MinorTopicsProps) {
  const { t } = useI18n();
  if (!sections.length) return null;
  const count = sections.reduce((n, s) => n + s.sentences.length, 0);
  return (
    <section class="minor-topics" data-testid="minor-topics" data-expanded={expanded}>
      <h2 class="topic-head" id={MINOR_TOGGLE_ID} tabIndex={-1}>
        <button
          type="button"
          class="topic-toggle"
          aria-expanded={expanded}
          aria-controls={`${MINOR_TOGGLE_ID}-lines`}
          data-testid="minor-toggle"
          onClick={onToggle}
        >
          <span class="topic-name">
            {t('popup.alsoInArticle')}{' '}
            <span class="secondary" lang={primary}>
              {sections.map((s) => (topicById(s.topic)?.short ?? s.label)[primary]).join(' · ')}
            </span>
          </span>
          <span class="more">{expanded ? t('popup.less') : t('popup.more', { count })}</span>
        </button>
      </h2>
      {expanded && (
        <ol class="lines" id={`${MINOR_TOGGLE_ID}-lines`}>
          {sections.flatMap((section) =>
            section.sentences.map((line) => {
              const more = extras(line, 'minor');
              // The line's own minor topic leads its tags: it has no heading of its own here.
              const tags = [
                { topic: section.topic, label: topicById(section.topic)?.short ?? section.label },
                ...(more.tags ?? []).filter((x) => x.topic !== section.topic),
              ];
              return <SummaryLine key={line.index} line={line} lang={articleLang} primary={primary} {...more} tags={tags} onShow={(l) => onShow(l, 'minor')} />;
            }),
          )}
        </ol>
      )}
    </section>
  );
}
