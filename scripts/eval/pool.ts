/**
 * Runs page tasks on a few worker processes (jsdom parsing is CPU-bound and single-threaded).
 * Each worker is a `tsx` child process; tasks go out one at a time as workers free up, and the
 * results come back in task order. With one worker everything runs in this process.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { runTask, type PageOutcome, type PageTask } from './extraction-pages';
import type { WorkerRequest } from './extraction-worker';

interface WorkerReply {
  i: number;
  outcome: PageOutcome;
}

/** Default worker count: the machine's cores, at most 4. */
export function defaultWorkers(): number {
  return Math.max(1, Math.min(4, availableParallelism()));
}

/** Scores every task; results are in task order. */
export async function runTasks(tasks: readonly PageTask[], workers = defaultWorkers()): Promise<PageOutcome[]> {
  if (workers <= 1 || tasks.length <= 1) return tasks.map(runTask);
  const results: (PageOutcome | undefined)[] = new Array<PageOutcome | undefined>(tasks.length);
  const script = fileURLToPath(new URL('./extraction-worker.ts', import.meta.url));
  const tsx = import.meta.resolve('tsx');
  let next = 0;
  const children: ChildProcess[] = [];
  try {
    await Promise.all(
      Array.from(
        { length: Math.min(workers, tasks.length) },
        () =>
          new Promise<void>((resolve, reject) => {
            const child = fork(script, [], { execArgv: ['--import', tsx], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
            children.push(child);
            const sendNext = (): void => {
              if (next >= tasks.length) {
                resolve();
                return;
              }
              const i = next++;
              const request: WorkerRequest = { i, task: tasks[i] as PageTask };
              child.send(request);
            };
            child.on('message', (reply: WorkerReply) => {
              results[reply.i] = reply.outcome;
              sendNext();
            });
            child.on('error', reject);
            child.on('exit', (code) => {
              if (next < tasks.length || code) reject(new Error(`eval worker exited with code ${code}`));
            });
            sendNext();
          }),
      ),
    );
  } finally {
    for (const child of children) child.kill();
  }
  return results.map((r, i) => {
    if (!r) throw new Error(`no result for task ${i}`);
    return r;
  });
}
