/** "What changed" in a thread: per topic, the newest article's lines next to the previous article's. */
import type { TopicChange, TopicLines } from '../../engine/dossier/filters';
import { sentenceLink } from '../../engine/dossier/fragment';
import { topicById } from '../../engine/topics/taxonomy';
import { useI18n } from '../i18n';
import { formatDate } from '../lib/formatDate';
import { topicColor } from '../lib/topicColors';

function Side({ label, side }: { label: string; side: TopicLines }) {
  const { lang } = useI18n();
  return (
    <div class="side" lang={side.entry.language}>
      <p class="side-head">
        {label} · {formatDate(new Date(side.entry.date).toISOString(), lang)} · {side.entry.title}
      </p>
      <ul>
        {side.lines.map((l) => (
          <li key={l.index}>
            <a href={sentenceLink(side.entry.url, l.text) ?? side.entry.url} target="_blank" rel="noopener noreferrer">
              {l.text}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** One block per topic, newest coverage first. */
export function WhatChanged({ changes }: { changes: readonly TopicChange[] }) {
  const { t, lang } = useI18n();
  if (!changes.length) return null;
  return (
    <section class="changes" data-testid="what-changed" aria-labelledby="changes-heading">
      <h2 id="changes-heading">{t('dossier.changes.heading')}</h2>
      {changes.map((c) => {
        const label = topicById(c.topic)?.label;
        return (
          <div key={c.topic} class="change" style={{ borderColor: topicColor(c.topic) }} data-topic={c.topic}>
            <h3>
              {label ? (lang === 'hi' ? `${label.hi} · ${label.en}` : `${label.en} · ${label.hi}`) : c.topic} ({c.articles})
            </h3>
            <div class="sides">
              <Side label={t('dossier.changes.newest')} side={c.newest} />
              {c.previous ? <Side label={t('dossier.changes.previous')} side={c.previous} /> : <p class="hint">{t('dossier.changes.only')}</p>}
            </div>
          </div>
        );
      })}
    </section>
  );
}
