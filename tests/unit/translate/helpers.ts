/** Shared set-up for the translate tests: a fake Translator on a scratch scope, a settle tracker. */
import { installFakeTranslator, type FakeTranslatorCall, type FakeTranslatorOptions } from '../../support/fake-translator';
import { findTranslatorApi, type TranslatorApi } from '../../../utils/translate/on-device';
import type { KeyValueArea } from '../../../utils/translate/cache';
import type { LangPair } from '../../../utils/translate/types';

/** Hindi to English. */
export const HI_EN: LangPair = { from: 'hi', to: 'en' };
/** English to Hindi. */
export const EN_HI: LangPair = { from: 'en', to: 'hi' };

/** Installs the fake on a fresh scope; returns its API and the live call log. */
export function fakeApi(options: FakeTranslatorOptions = {}, scope: Record<string, unknown> = {}) {
  installFakeTranslator(options, scope);
  const api = findTranslatorApi(scope);
  if (!api) throw new Error('fake not detected');
  const calls = scope.__fakeTranslatorCalls as FakeTranslatorCall[];
  const count = (method: FakeTranslatorCall['method']) => calls.filter((c) => c.method === method).length;
  return { api: api as TranslatorApi, calls, count, scope };
}

/** Watches a promise without awaiting it, so fake-timer tests can check it has not settled yet. */
export function track<T>(promise: Promise<T>) {
  const state: { settled: boolean; value?: T; error?: unknown } = { settled: false };
  promise.then(
    (value) => Object.assign(state, { settled: true, value }),
    (error: unknown) => Object.assign(state, { settled: true, error }),
  );
  return state;
}

/** An in-memory KeyValueArea that copies on write (as storage does) and counts writes. */
export function memoryArea(initial?: unknown) {
  const area: KeyValueArea & { value: unknown; writes: number } = {
    value: initial,
    writes: 0,
    get: async () => area.value,
    set: async (value: unknown) => {
      area.value = structuredClone(value);
      area.writes++;
    },
  };
  return area;
}
