/**
 * Where a dossier search's milliseconds go, in real Chromium (the e2e build): imports the generated
 * cards through the page's Import, then for each query records a CPU profile (CDP `Profiler`) and a
 * trace (CDP `Tracing`, the renderer's style, layout and paint) from the input to the results drawn,
 * and prints the page's own measure, the busiest functions (self time, during the input event;
 * by file; total time of the functions `--names` lists), the trace's steps and, at the end, how
 * long a requestAnimationFrame takes in the tab. Build with `minify: false` for readable names.
 *
 *   npx tsx scripts/profile-dossier-search.ts [--cards N] [--extension DIR] [--top N] [--names a,b]
 *     [--timeline]   the renderer's steps after the input, in order (layout's dirty objects)
 *     [--no-cpu]     the trace alone: the sampling profiler slows the page down
 *     [--callers F]  the commonest callers of function F
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { dossierJson } from '../engine/dossier/transfer';
import { CHROMIUM, extensionArgs } from './lib/chromium';
import { importIntoDossier } from './lib/dossier-browser';
import { generateCards } from './lib/history-corpus';

const arg = (name: string) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : undefined;
};
const COUNT = Number(arg('--cards') ?? 10_000);
const TOP = Number(arg('--top') ?? 15);
const EXTENSION = resolve(process.cwd(), arg('--extension') ?? '.output/chrome-mv3-e2e');
const QUERIES = ['रक्षा', 'defence', 'रूस', 'Russia', 'satellite', 'Japan trade'];

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  startTime: number;
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}
interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  args?: { data?: { type?: string }; beginData?: { dirtyObjects?: number; totalObjects?: number; partialLayout?: boolean }; elementCount?: number };
  pid: number;
  tid: number;
}

/** Self time (ms) per function, the busiest first; only samples within [from, to] (µs, the trace's clock) when given. */
function selfTimes(profile: Profile, from = -Infinity, to = Infinity): [string, number][] {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const totals = new Map<string, number>();
  let at = profile.startTime;
  profile.samples.forEach((id, i) => {
    at += profile.timeDeltas[i] ?? 0;
    if (at < from || at > to) return;
    const f = byId.get(id)?.callFrame;
    if (!f) return;
    const key = `${f.functionName || '(anonymous)'} ${f.url.split('/').pop() ?? ''}:${f.lineNumber + 1}`;
    totals.set(key, (totals.get(key) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
  });
  return [...totals].sort((a, b) => b[1] - a[1]);
}

/** Total time (ms, callees included) of the functions named in `names`. */
function totalTimes(profile: Profile, names: readonly string[]): [string, number][] {
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const totals = new Map<string, number>(names.map((n) => [n, 0]));
  profile.samples.forEach((id, i) => {
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const name = byId.get(at)?.callFrame.functionName ?? '';
      if (totals.has(name) && !seen.has(name)) {
        seen.add(name);
        totals.set(name, (totals.get(name) as number) + (profile.timeDeltas[i] ?? 0) / 1000);
      }
    }
  });
  return [...totals].filter(([, t]) => t > 0.05);
}
const NAMED = (
  arg('--names') ?? 'App,EntryList,DossierFilters,groupByThread,search,parseQuery,filterEntries,buildSearchIndex,formatDate,sentenceLink,sourcesOf,threadsOf'
).split(',');

const cards = generateCards(COUNT);
const profileDir = mkdtempSync(join(tmpdir(), 'kootniti-profile-search-'));
const filePath = `${profileDir}.json`;
writeFileSync(filePath, dossierJson(cards, Date.now()));
const context = await chromium.launchPersistentContext(profileDir, { executablePath: CHROMIUM, headless: true, args: extensionArgs(EXTENSION) });
try {
  const { page } = await importIntoDossier(context, filePath);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  const search = async (query: string) => {
    const before = await page.evaluate(() => performance.getEntriesByName('kootniti:filter').length);
    await page.getByTestId('dossier-search').fill(query);
    await page.waitForFunction((n) => performance.getEntriesByName('kootniti:filter').length > n, before);
    return page.evaluate(() => performance.getEntriesByName('kootniti:filter').at(-1)!.duration);
  };
  for (const query of QUERIES) {
    if (await page.getByTestId('dossier-search').inputValue()) await search('');
    const events: TraceEvent[] = [];
    const collect = (e: { value: object[] }) => events.push(...(e.value as TraceEvent[]));
    cdp.on('Tracing.dataCollected', collect);
    const traced = new Promise<void>((done) => cdp.once('Tracing.tracingComplete', () => done()));
    await cdp.send('Tracing.start', { categories: 'devtools.timeline,blink.user_timing', transferMode: 'ReportEvents' });
    // --no-cpu: the trace alone (the sampling profiler slows the page down).
    const cpu = !process.argv.includes('--no-cpu');
    if (cpu) await cdp.send('Profiler.start');
    const ms = await search(query);
    const { profile } = cpu
      ? ((await cdp.send('Profiler.stop')) as unknown as { profile: Profile })
      : { profile: { startTime: 0, nodes: [], samples: [], timeDeltas: [] } };
    await cdp.send('Tracing.end');
    await traced;
    cdp.off('Tracing.dataCollected', collect);
    const count = await page.evaluate(
      () =>
        `${document.querySelector('[data-testid="dossier-count"]')?.textContent}; index built: ${performance.getEntriesByName('kootniti:search-index-built').at(-1)?.startTime.toFixed(0) ?? 'not yet'} (now ${performance.now().toFixed(0)}); ${document.querySelectorAll('*').length} elements, ${document.querySelectorAll('[data-testid="thread"]').length} threads, ${document.querySelectorAll('[data-testid="dossier-entry"]').length} cards`,
    );
    console.log(`\n"${query}": ${Math.round(ms)} ms (the page's measure); ${count}`);
    const input = events.filter((e) => e.name === 'EventDispatch' && e.args?.data?.type === 'input').sort((a, b) => (b.dur ?? 0) - (a.dur ?? 0))[0];
    if (input) console.log(`  the input event's dispatch: ${((input.dur ?? 0) / 1000).toFixed(1)} ms`);
    const own = selfTimes(profile, input?.ts, input ? input.ts + (input.dur ?? 0) : undefined);
    const byFile = new Map<string, number>();
    for (const [fn, t] of own) {
      const file = fn.split(' ').pop()?.split(':')[0] || 'native';
      const key = file.replace(/-[\w-]{8}\.js$/, '.js');
      byFile.set(key, (byFile.get(key) ?? 0) + t);
    }
    console.log(
      `  by file: ${[...byFile]
        .sort((a, b) => b[1] - a[1])
        .map(([f, t]) => `${f} ${t.toFixed(1)}`)
        .join(', ')}`,
    );
    for (const [fn, t] of own.slice(0, TOP)) console.log(`  ${t.toFixed(1).padStart(7)} ms  ${fn}`);
    console.log(
      `  total: ${totalTimes(profile, NAMED)
        .map(([n, t]) => `${n} ${t.toFixed(1)}`)
        .join(', ')}`,
    );
    if (input && process.argv.includes('--timeline')) {
      const line = events
        .filter(
          (e) =>
            e.pid === input.pid &&
            e.tid === input.tid &&
            e.ts >= input.ts &&
            e.ts <= input.ts + 200_000 &&
            (e.ph === 'X' ? (e.dur ?? 0) >= 300 : /kootniti|Animation|Frame/.test(e.name)),
        )
        .sort((a, b) => a.ts - b.ts)
        .map((e) => {
          const b = e.args?.beginData;
          const more =
            e.name === 'Layout' && b
              ? `[${b.dirtyObjects}/${b.totalObjects}${b.partialLayout ? ' partial' : ''}]`
              : e.name === 'UpdateLayoutTree' && e.args?.elementCount
                ? `[${e.args.elementCount}]`
                : '';
          return `${((e.ts - input.ts) / 1000).toFixed(1)}:${e.name}${e.dur ? `(${(e.dur / 1000).toFixed(1)})` : ''}${more}`;
        });
      console.log(`  timeline from the input: ${line.join(' ')}`);
    }
    const callersOf = arg('--callers');
    if (callersOf) {
      const parent = new Map<number, number>();
      for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
      const byId = new Map(profile.nodes.map((n) => [n.id, n]));
      const chains = new Map<string, number>();
      profile.samples.forEach((id, i) => {
        if (byId.get(id)?.callFrame.functionName !== callersOf) return;
        const chain: string[] = [];
        for (let at = parent.get(id); at !== undefined && chain.length < 6; at = parent.get(at)) {
          const f = byId.get(at)?.callFrame;
          chain.push(`${f?.functionName || '(anon)'}@${f?.url.split('/').pop()}:${(f?.lineNumber ?? 0) + 1}`);
        }
        const key = chain.join(' < ');
        chains.set(key, (chains.get(key) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
      });
      for (const [c, t] of [...chains].sort((a, b) => b[1] - a[1]).slice(0, 3)) console.log(`  ${callersOf} ${t.toFixed(1)} ms from ${c}`);
    }
    const steps = new Map<string, number>();
    for (const e of events) if (e.ph === 'X' && e.dur) steps.set(e.name, (steps.get(e.name) ?? 0) + e.dur / 1000);
    const wanted = [
      'EventDispatch',
      'FunctionCall',
      'TimerFire',
      'FireAnimationFrame',
      'UpdateLayoutTree',
      'Layout',
      'PrePaint',
      'Paint',
      'Layerize',
      'Commit',
      'MajorGC',
      'MinorGC',
      'V8.GC_MC_BACKGROUND_MARKING',
    ];
    console.log(
      `  trace: ${wanted
        .filter((n) => steps.has(n))
        .map((n) => `${n} ${steps.get(n)!.toFixed(1)}`)
        .join(', ')}`,
    );
  }
  // How long a requestAnimationFrame takes to fire here (Preact runs effects after the next frame, or after 35 ms).
  const rafMs = await page.evaluate(async () => {
    const out: number[] = [];
    for (let i = 0; i < 10; i++) {
      const t = performance.now();
      await new Promise((r) => requestAnimationFrame(r));
      out.push(Math.round(performance.now() - t));
      await new Promise((r) => setTimeout(r, 7));
    }
    return out;
  });
  const seen = await page.evaluate(() => `${document.visibilityState}, focus ${document.hasFocus()}`);
  console.log(`\nrequestAnimationFrame to its callback (ms): ${rafMs.join(', ')}; the page: ${seen}`);
} finally {
  await context.close();
  rmSync(profileDir, { recursive: true, force: true });
  rmSync(filePath, { force: true });
}
