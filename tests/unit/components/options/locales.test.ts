import { expect, test } from 'vitest';
import { chromeMessages } from './messages';

test('every options message exists in English and Hindi, with the same placeholders', async () => {
  const en = await chromeMessages('en');
  const hi = await chromeMessages('hi');
  const keys = (m: Record<string, unknown>) =>
    Object.keys(m)
      .filter((k) => k.startsWith('options_'))
      .sort();
  expect(keys(en).length).toBeGreaterThan(20);
  expect(keys(hi)).toEqual(keys(en));
  const names = (s: string | undefined) => [...(s ?? '').matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
  for (const k of keys(en)) expect(names(hi[k]?.message), k).toEqual(names(en[k]?.message));
});
