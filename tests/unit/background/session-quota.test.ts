/**
 * A full storage.session: other tabs' cached cards give way, the oldest first, so the card just
 * made is cached; a card too large on its own is not cached and nothing fails. storage.session is
 * fakeBrowser's with Chrome's quota check in front of its `set` (JSON size of keys and values).
 */
import { expect, test } from 'vitest';
import { useQuota } from '../../support/storage-quota';
import { getCached, setCached } from '../../../entrypoints/background/cache';
import type { CacheEntry } from '../../../utils/protocol';
import { EN_SUMMARY } from '../components/sample';

const QUOTA = 60_000;
useQuota('session', QUOTA, 'Session storage quota bytes exceeded. Values were not stored.');

/** A cached card made at `createdAt`, padded to about `chars` characters. */
const card = (createdAt: number, chars = 9_000): CacheEntry => ({
  url: `https://news.example.in/${createdAt}`,
  engineKey: 'k',
  state: {
    ok: true,
    summary: { ...EN_SUMMARY, title: `Story ${createdAt} ${'x'.repeat(chars)}` },
    url: `https://news.example.in/${createdAt}`,
    source: 'page',
    createdAt,
    engineMs: 1,
  },
});

test('a full session store drops the oldest cards of other tabs and caches the new one', async () => {
  // Six tabs' cards fill the store (made at times 6, 1, 5, 2, 4, 3).
  const made = [6, 1, 5, 2, 4, 3];
  for (const [i, at] of made.entries()) await setCached(i + 1, card(at));
  const kept = async () => (await Promise.all(made.map((_, i) => getCached(i + 1)))).map((c) => (c?.state.ok ? c.state.createdAt : null));
  expect((await kept()).filter((x) => x !== null).length).toBeGreaterThanOrEqual(5);

  await setCached(99, card(100));
  expect((await getCached(99))?.url).toBe('https://news.example.in/100');
  const left = (await kept()).filter((x): x is number => x !== null);
  // Only the oldest gave way: every card left is newer than every card dropped.
  const dropped = made.filter((at) => !left.includes(at));
  expect(dropped.length).toBeGreaterThan(0);
  expect(Math.min(...left)).toBeGreaterThan(Math.max(...dropped));
});

test('a card larger than the whole store is not cached, and nothing throws', async () => {
  await setCached(1, card(1));
  await expect(setCached(2, card(2, QUOTA))).resolves.toBeUndefined();
  expect(await getCached(2)).toBeNull();
});
