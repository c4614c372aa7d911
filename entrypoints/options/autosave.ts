/** Saving settings as they change: at once, or debounced for typing; saves never overlap. */
import type { Settings } from '../../utils/settings/schema';

/** What the autosaver reports. */
export type AutosaveState = 'pending' | 'saving' | 'saved' | 'failed';

/** An autosaver for one page. */
export interface Autosave {
  /** Queues `value`; it is saved at once, or after `delayMs` of quiet when `debounce` is set. */
  change(value: Settings, debounce?: boolean): void;
  /** Saves any queued value now (e.g. when the page is hidden). */
  flush(): Promise<void>;
  /** True while a value waits or is being saved. */
  busy(): boolean;
}

/** Creates an autosaver over `save`, reporting each state change to `onState`. */
export function createAutosave(save: (s: Settings) => Promise<unknown>, delayMs: number, onState: (state: AutosaveState) => void): Autosave {
  let queued: Settings | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let inFlight = 0;
  let chain: Promise<void> = Promise.resolve();

  const run = (): Promise<void> => {
    clearTimeout(timer);
    timer = undefined;
    const value = queued;
    queued = null;
    if (!value) return chain;
    inFlight++;
    onState('saving');
    chain = chain
      .then(() => save(value))
      .then(
        () => {
          inFlight--;
          if (!queued && !inFlight) onState('saved');
        },
        () => {
          inFlight--;
          onState('failed');
        },
      );
    return chain;
  };

  return {
    change(value, debounce = false) {
      queued = value;
      clearTimeout(timer);
      if (debounce) {
        onState('pending');
        timer = setTimeout(run, delayMs);
      } else void run();
    },
    flush: run,
    busy: () => queued !== null || inFlight > 0,
  };
}
