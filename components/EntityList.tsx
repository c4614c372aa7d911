/** The names in the article, in both scripts, grouped by kind, with how often each is mentioned. */
import type { Entity, EntityKind, Lang } from '../utils/types';
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

/** Renders "एस. जयशंकर · S. Jaishankar ×3" items under People, Countries, Places, Organisations. */
export function EntityList({ entities, primary }: EntityListProps) {
  const { t } = useI18n();
  if (!entities.length) return null;
  return (
    <section class="entities" data-testid="entities" aria-labelledby="entities-heading">
      <h2 id="entities-heading">{t('popup.entities.heading')}</h2>
      {KINDS.map(({ kind, key }) => {
        const list = entities.filter((e) => e.kind === kind);
        if (!list.length) return null;
        return (
          <div key={kind} class="entity-group" data-kind={kind}>
            <h3>{t(key)}</h3>
            <ul>
              {list.map((e) => (
                <li key={`${e.kind}|${e.en}|${e.hi}`} data-testid="entity" data-kind={e.kind}>
                  <BilingualText pair={e} primary={primary} />{' '}
                  <span class="count" title={t('popup.entities.count', { count: e.count })}>
                    <span aria-hidden="true">×{e.count}</span>
                    <span class="sr-only">{t('popup.entities.count', { count: e.count })}</span>
                  </span>
                </li>
              ))}
            </ul>
          </div>
        );
      })}
    </section>
  );
}
