/**
 * The dossier's search index, built once every entry is read, in short slices between which the
 * page draws and takes input. A search before it is done gets the same answer: the index scans
 * the entries it has not indexed yet (engine/dossier/search-index.ts).
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { DossierEntry } from '../../engine/dossier/entry';
import type { search } from '../../engine/dossier/search';
import { type SearchIndex, type SearchIndexBuilder, searchIndexBuilder } from '../../engine/dossier/search-index';

/** Longest slice of the build (ms): a keystroke during it waits at most this long. */
export const INDEX_SLICE_MS = 10;

/**
 * Runs `run` soon, after what is waiting (input, drawing); returns a cancel. Not requestIdleCallback:
 * headless Chromium under a test driver that polls every frame ran it too seldom to finish the build.
 */
const soon = (run: () => void): (() => void) => {
  const id = setTimeout(run, 0);
  return () => clearTimeout(id);
};

/** The index of `entries` when `searching` (null otherwise, or before the entries are read). */
export function useSearchIndex(entries: readonly DossierEntry[] | null, searching: boolean, later = soon): SearchIndex | null {
  const built = useRef<{ of: readonly DossierEntry[]; builder: SearchIndexBuilder } | null>(null);
  const builderOf = (list: readonly DossierEntry[]) => {
    if (built.current?.of !== list) built.current = { of: list, builder: searchIndexBuilder(list) };
    return built.current.builder;
  };
  useEffect(() => {
    if (!entries) return;
    const builder = builderOf(entries);
    let cancel = () => {};
    const slice = () => {
      const end = performance.now() + INDEX_SLICE_MS;
      if (!builder.step(() => performance.now() >= end)) cancel = later(slice);
      // For scripts/profile-dossier-search.ts: when the index was complete.
      else performance.mark('kootniti:search-index-built');
    };
    cancel = later(slice);
    return () => cancel();
  }, [entries]);
  return useMemo(() => (searching && entries ? builderOf(entries).index : null), [entries, searching]);
}

/**
 * The search itself, loaded after the first paint: it bridges the scripts with the glossary and the
 * gazetteer, most of the page's code (a chunk of its own), which the first page does not need.
 * Null until it has loaded; `onError` hears when it cannot load.
 */
export function useSearchCode(onError: (error: unknown) => void): typeof search | null {
  const [code, setCode] = useState<{ search: typeof search } | null>(null);
  useEffect(() => {
    let live = true;
    import('../../engine/dossier/search').then(
      (module) => live && setCode({ search: module.search }),
      (error: unknown) => live && onError(error),
    );
    return () => {
      live = false;
    };
  }, []);
  return code?.search ?? null;
}
