/** The names in the article, in both scripts, grouped by kind, with how often each is mentioned. */
import { useState } from 'preact/hooks';
import type { Entity, EntityKind, Lang } from '../engine/types';
import { BilingualText } from './BilingualText';
import { type MessageKey, useI18n } from './i18n';

const KINDS: readonly { kind: EntityKind; key: MessageKey }[] = [
  { kind: 'person', key: 'popup.entities.person' },
  { kind: 'country', key: 'popup.entities.country' },
  { kind: 'place', key: 'popup.entities.place' },
  { kind: 'organisation', key: 'popup.entities.organisation' },
];

/** Props: the entities and the leading language. */
export interface EntityListProps {
  entities: readonly Entity[];
  primary: Lang;
}

/** "mentioned once" / "mentioned 3 times", chosen by the UI language's plural rules. */
export function mentionCount(count: number, lang: string, t: ReturnType<typeof useI18n>['t']): string {
  const category = new Intl.PluralRules(lang).select(count);
  return category === 'one' && count === 1 ? t('popup.entities.countOne') : t('popup.entities.count', { count });
}

/** Names shown at a glance whatever their count; past this, names mentioned once wait for "more". */
export const NAMES_AT_A_GLANCE = 6;

/** Renders "एस. जयशंकर · S. Jaishankar ×3" items under People, Countries, Places, Organisations. */
export function EntityList({ entities, primary }: EntityListProps) {
  const { t, lang } = useI18n();
  const [all, setAll] = useState(false);
  if (!entities.length) return null;
  // A long list keeps to the names mentioned more than once until the reader asks for the rest.
  const brief = entities.length > NAMES_AT_A_GLANCE ? entities.filter((e) => e.count > 1) : entities;
  const hidden = entities.length - brief.length;
  const shown = all ? entities : brief;
  return (
    <section class="entities" data-testid="entities" aria-labelledby="entities-heading">
      <h2 id="entities-heading" class="sr-only">
        {t('popup.entities.heading')}
      </h2>
      {KINDS.map(({ kind, key }) => {
        const list = shown.filter((e) => e.kind === kind);
        if (!list.length) return null;
        return (
          <div key={kind} class="entity-group" data-kind={kind}>
            <h3>{t(key)}</h3>
            <ul>
              {list.map((e) => (
                <li key={`${e.kind}|${e.en}|${e.hi}`} data-testid="entity" data-kind={e.kind}>
                  <BilingualText pair={e} primary={primary} />{' '}
                  <span class="count" title={mentionCount(e.count, lang, t)}>
                    <span aria-hidden="true">×{e.count}</span>
                    <span class="sr-only">{mentionCount(e.count, lang, t)}</span>
                  </span>
                </li>
              ))}
            </ul>
          </div>
        );
      })}
      {hidden > 0 && (
        <button type="button" class="link-button" data-testid="entities-more" aria-expanded={all} onClick={() => setAll(!all)}>
          {all ? t('popup.less') : t('popup.entities.more', { count: hidden })}
        </button>
      )}
    </section>
  );
}
