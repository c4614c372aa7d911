/**
 * The dossier page: saved cards grouped by thread (country pair or group), searched in either
 * script, filtered, with what changed per topic in a thread, exports, import and delete all. The
 * store comes in as `api` (main.tsx passes the IndexedDB store; tests may pass a fake).
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import { DossierActions, type ActionStatus } from '../../components/dossier/DossierActions';
import { DossierFilters, type FilterState, NO_FILTER } from '../../components/dossier/DossierFilters';
import { EntryList, PAGE_SIZE } from '../../components/dossier/EntryList';
import { ThreadNav } from '../../components/dossier/ThreadNav';
import { Timeline } from '../../components/dossier/Timeline';
import { WhatChanged } from '../../components/dossier/WhatChanged';
import { useI18n } from '../../components/i18n';
import type { DossierEntry } from '../../engine/dossier/entry';
import { dossierCsv } from '../../engine/dossier/export-csv';
import { dossierMarkdown, isoDay } from '../../engine/dossier/export-md';
import { filterEntries, sourcesOf, whatChanged } from '../../engine/dossier/filters';
import { type DossierSummary, sourceList, threadList } from '../../engine/dossier/summary';
import { groupByThread, newestFirst } from '../../engine/dossier/threads';
import { DOSSIER_JSON_TAIL, dossierJsonHead, dossierJsonTexts, mergeStream, planMerge } from '../../engine/dossier/transfer';
import { pageSource } from './import-source';
import { CHECK_SLICE, type DossierApi, dayEnd, dayStart, EXPORT_SLICE, IMPORT_ERRORS, ImportRefused, nextPaint, phases } from './api';
import { useSearchCode, useSearchIndex } from './use-search-index';

export type { DossierApi } from './api';

/** The page; `initialThread` opens a thread (the card's "Earlier coverage" link, `?thread=`). */
export function App({ api, initialThread = null }: { api: DossierApi; initialThread?: string | null }) {
  const { t, lang } = useI18n();
  const [entries, setEntries] = useState<DossierEntry[] | null>(null);
  // Drawn until every entry is read: the newest page and the summary's counts (api.first).
  const [preview, setPreview] = useState<{ entries: DossierEntry[]; summary: DossierSummary } | null>(null);
  const [skipped, setSkipped] = useState(0);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [filter, setFilter] = useState<FilterState>(NO_FILTER);
  const [thread, setThread] = useState<string | null>(initialThread);
  const [limit, setLimit] = useState(PAGE_SIZE);
  const [status, setStatus] = useState<ActionStatus>({ kind: 'idle' });
  const [busy, setBusy] = useState(false);
  const [usage, setUsage] = useState<number | null>(null);

  const load = async () => {
    try {
      if (api.first && entries === null) {
        setPreview(await api.first(thread, PAGE_SIZE));
        // Let the first page paint before every entry is read and checked (main-thread work that would hold it back).
        await nextPaint();
      }
      const { entries: list, skipped: bad } = await api.list();
      setEntries(list.sort(newestFirst));
      setSkipped(bad);
    } catch (e) {
      setLoadError(e instanceof Error ? e.message : String(e));
    }
    setUsage(await api.usage().catch(() => null));
  };
  useEffect(() => {
    document.title = t('dossier.title');
    document.documentElement.lang = lang;
    void load();
  }, []);

  // The search index is built in idle slices once every entry is read (0.3–0.5 s of work for 10,000 cards
  // here), never while the page opens; a search before it is done finishes it.
  const searching = filter.query.trim() !== '';
  const search = useSearchCode((e) => setLoadError(e instanceof Error ? e.message : String(e)));
  // For the benchmark (scripts/bench-history-browser.ts): when the loaded cards were first drawn.
  useEffect(() => {
    if ((entries !== null || preview !== null) && !performance.getEntriesByName('kootniti:dossier-ready').length) performance.mark('kootniti:dossier-ready');
    if (entries !== null && search !== null && !performance.getEntriesByName('kootniti:dossier-complete').length) performance.mark('kootniti:dossier-complete');
  }, [entries, preview, search]);
  const index = useSearchIndex(entries, searching);
  const filtered = useMemo(() => {
    const found = index && search && searching ? search(index, filter.query) : (entries ?? []);
    return filterEntries(found, {
      ...(filter.topic ? { topics: [filter.topic] } : {}),
      ...(filter.language ? { language: filter.language } : {}),
      ...(filter.source ? { sources: [filter.source] } : {}),
      from: dayStart(filter.from),
      to: dayEnd(filter.to),
    });
  }, [index, search, entries, filter, searching]);
  const groups = useMemo(() => groupByThread(filtered), [filtered]);
  // For the benchmark: from a change of the search or filters to the result drawn.
  useEffect(() => {
    if (performance.getEntriesByName('kootniti:filter-start').length) {
      performance.measure('kootniti:filter', 'kootniti:filter-start');
      performance.clearMarks('kootniti:filter-start');
    }
  }, [filtered]);
  const current = thread ? groups.find((g) => g.id === thread) : undefined;
  // Until every entry is read and the search's code has loaded, the first page is drawn, its filters disabled.
  const loaded = entries !== null && search !== null;
  const partial = !loaded && preview !== null;
  const shown = partial ? preview.entries : current ? current.entries : filtered;
  const changes = useMemo(() => (current ? whatChanged(current.entries) : []), [current]);
  const sources = useMemo(() => (partial ? sourceList(preview.summary) : sourcesOf(entries ?? [])), [entries, preview]);
  const threads = partial ? threadList(preview.summary) : groups.map((g) => ({ ...g, count: g.entries.length }));
  const total = partial ? preview.summary.total : (entries?.length ?? 0);
  const currentLabel = current?.label ?? (partial && thread ? preview.summary.threads[thread]?.label : undefined);
  const shownCount = partial ? (thread ? (preview.summary.threads[thread]?.count ?? 0) : total) : shown.length;

  const run = async (work: () => Promise<void>) => {
    setBusy(true);
    try {
      await work();
    } finally {
      setBusy(false);
    }
  };

  const exportAs = (format: 'markdown' | 'json' | 'csv') =>
    run(async () => {
      const stamp = isoDay(Date.now());
      try {
        if (format === 'markdown') {
          const md = dossierMarkdown(current ? [{ label: current.label, entries: current.entries }] : groups, Date.now());
          api.download(`kootniti-dossier-${stamp}.md`, md, 'text/markdown');
        } else if (format === 'csv') {
          api.download(`kootniti-dossier-${stamp}.csv`, dossierCsv(shown), 'text/csv');
        } else {
          const total = shown.length;
          const phase = phases('export');
          setStatus({ kind: 'progress', what: 'export', done: 0, total });
          const { texts } = await api.cardTexts(
            shown.map((e) => e.url),
            (done) => setStatus({ kind: 'progress', what: 'export', done, total }),
          );
          phase('read');
          // Written in parts (a Blob of them, never one 70 MB string), with progress between slices.
          const parts = [dossierJsonHead(texts.length, Date.now())];
          for (let from = 0; from < texts.length; from += EXPORT_SLICE) {
            setStatus({ kind: 'progress', what: 'export', done: from, total });
            await new Promise((r) => setTimeout(r, 0));
            parts.push(dossierJsonTexts(texts, from, from + EXPORT_SLICE));
          }
          phase('json');
          api.download(`kootniti-dossier-${stamp}.json`, [...parts, DOSSIER_JSON_TAIL], 'application/json');
        }
        setStatus({ kind: 'message', text: t('dossier.export.done', { count: shown.length }) });
      } catch (e) {
        setStatus({ kind: 'message', text: t('dossier.export.failed', { reason: e instanceof Error ? e.message : String(e) }), error: true });
      }
    });

  const importFile = (file: File) =>
    run(async () => {
      const fail = (text: string) => setStatus({ kind: 'message', text: `${text} ${t('dossier.import.nothingChanged')}`, error: true });
      const phase = phases('import');
      // The file is read, checked and made ready to store a slice at a time by the import worker (or
      // by the page when there is none), while IndexedDB writes the slice before, all in one
      // transaction. The first bad card aborts it (nothing written) and refuses the file.
      const source = api.importSteps?.(file) ?? pageSource(file, CHECK_SLICE);
      try {
        // The first step read before the transaction opens: a refused file never starts one.
        let step = await source.next();
        phase('read');
        if (step && 'refused' in step) return fail(t(IMPORT_ERRORS[step.refused.error], { detail: step.refused.message }));
        const stored = await api.savedAt();
        const take = mergeStream(stored);
        const seen: DossierEntry[] = [];
        if (step) setStatus({ kind: 'progress', what: 'import', done: 0, total: step.total });
        try {
          await api.put(
            async () => {
              step ??= await source.next();
              const given = step;
              step = null;
              if (!given) return null;
              if ('refused' in given) throw new ImportRefused(given.refused);
              const { entries, texts } = given.slice;
              seen.push(...entries);
              setStatus({ kind: 'progress', what: 'import', done: Math.min(given.from + entries.length, given.total), total: given.total });
              const keep = entries.map((e) => take(e));
              return { entries: entries.filter((_, i) => keep[i]), texts: texts.filter((_: string, i: number) => keep[i]) };
            },
            () => {},
          );
        } catch (e) {
          if (!(e instanceof ImportRefused)) throw e;
          return fail(t(IMPORT_ERRORS[e.refusal.error], { detail: e.refusal.message }));
        }
        source.stop();
        phase('write');
        performance.mark('kootniti:import-worker-cards', { detail: source.fromWorker() });
        const plan = planMerge(stored, seen);
        setStatus({ kind: 'message', text: t('dossier.import.done', { added: plan.added, updated: plan.updated, unchanged: plan.unchanged }) });
        // The reader sees the import's outcome before every entry is read again (main-thread work that would hold it back).
        await nextPaint();
        await load();
      } catch (e) {
        fail(t('dossier.import.failed', { detail: e instanceof Error ? e.message : String(e) }));
      } finally {
        source.stop();
      }
    });

  const deleteAll = () =>
    run(async () => {
      await api.deleteAll();
      setThread(null);
      setStatus({ kind: 'message', text: t('dossier.deleteAll.done') });
      await load();
    });

  // One card: deleted from the store (which counts it out of the summary), then from what is drawn.
  const deleteOne = (entry: DossierEntry) =>
    run(async () => {
      try {
        await api.delete([entry.url]);
        setEntries((list) => list?.filter((e) => e.url !== entry.url) ?? null);
        setStatus({ kind: 'message', text: t('dossier.delete.done', { title: entry.title }) });
        setUsage(await api.usage().catch(() => null));
      } catch (e) {
        setStatus({ kind: 'message', text: t('dossier.delete.failed', { reason: e instanceof Error ? e.message : String(e) }), error: true });
      }
    });

  const label = (l: { en: string; hi: string }) => (lang === 'hi' ? `${l.hi} · ${l.en}` : `${l.en} · ${l.hi}`);
  const ready = entries !== null || preview !== null;

  return (
    <main class="dossier" data-testid="dossier" data-state={loadError ? 'error' : loaded ? 'ready' : preview ? 'partial' : 'loading'} lang={lang}>
      <header class="top">
        <h1>{t('dossier.title')}</h1>
        <p class="intro">{t('dossier.intro')}</p>
      </header>
      {loadError && <p class="error">{t('dossier.loadFailed', { reason: loadError })}</p>}
      {!ready && !loadError && <p>{t('dossier.loading')}</p>}
      {skipped > 0 && <p class="error">{t('dossier.skipped', { count: skipped })}</p>}
      {ready && (
        <>
          <DossierActions
            count={total}
            usage={usage}
            status={status}
            busy={busy || partial}
            onExport={(f) => void exportAs(f)}
            onImport={(f) => void importFile(f)}
            onDeleteAll={() => void deleteAll()}
          />
          {total === 0 ? (
            <p class="empty" data-testid="dossier-empty">
              {t('dossier.empty')}
            </p>
          ) : (
            <>
              <fieldset class="filters-wrap" disabled={!loaded}>
                <DossierFilters
                  value={filter}
                  sources={sources}
                  onChange={(f) => {
                    performance.mark('kootniti:filter-start');
                    setFilter(f);
                    setLimit(PAGE_SIZE);
                  }}
                />
              </fieldset>
              <div class="layout">
                <ThreadNav
                  threads={threads}
                  current={thread}
                  all={partial ? total : filtered.length}
                  onPick={(id) => {
                    setThread(id);
                    if (id !== null) setLimit(PAGE_SIZE);
                  }}
                />
                <div class="results">
                  <p class="count" data-testid="dossier-count">
                    {currentLabel ? `${label(currentLabel)}: ` : ''}
                    {t('dossier.results', { shown: shownCount, total })}
                  </p>
                  {current && <Timeline entries={current.entries} />}
                  <WhatChanged changes={changes} />
                  <EntryList
                    entries={shown}
                    limit={limit}
                    onMore={() => setLimit((n) => n + PAGE_SIZE)}
                    onShare={api.shareCard && ((e) => api.shareCard!(e.url))}
                    onDelete={(e) => void deleteOne(e)}
                    busy={busy || partial}
                  />
                </div>
              </div>
            </>
          )}
        </>
      )}
    </main>
  );
}
