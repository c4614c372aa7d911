/** The people gazetteer covers the four tracked offices for the G20 and India's neighbours (issue 4). */
import { describe, expect, test } from 'vitest';
import people from '../../../engine/entities/data/people.json';

const OFFICES = ['head-of-state', 'head-of-government', 'foreign-minister', 'defence-minister'] as const;
/** G20 members (the EU and the African Union as organisations) and India's neighbours. */
const G20 = ['AR', 'AU', 'BR', 'CA', 'CN', 'DE', 'FR', 'GB', 'ID', 'IN', 'IT', 'JP', 'KR', 'MX', 'RU', 'SA', 'TR', 'US', 'ZA', 'org:EU', 'org:AU'];
const NEIGHBOURS = ['PK', 'CN', 'NP', 'BT', 'BD', 'LK', 'MV', 'MM', 'AF'];

interface Person {
  en: string;
  country?: string;
  org?: string;
  offices?: string[];
  verify?: boolean;
}
const list = people.people as Person[];
const coverage = people.coverage as Record<string, string>;
// Organisations are "org:<abbr>" (the African Union is org:AU; Australia is the country AU).
const holderOf = (who: string): Person[] => list.filter((p) => (who.startsWith('org:') ? p.org === who.slice(4) : p.country === who));

describe('people gazetteer coverage', () => {
  test.each([...new Set([...G20, ...NEIGHBOURS])])('%s: every tracked office has a holder or a coverage note', (who) => {
    const held = new Set(holderOf(who).flatMap((p) => p.offices ?? []));
    const missing = OFFICES.filter((o) => !held.has(o) && !coverage[who]?.includes(o.replace(/-/g, ' ')));
    expect(missing).toEqual([]);
  });

  test('offices use the four known values; verify is a flag, not a note', () => {
    for (const p of list) {
      for (const o of p.offices ?? []) expect(OFFICES).toContain(o);
      if (p.verify !== undefined) expect(p.verify).toBe(true);
    }
  });

  test('coverage notes name real gaps only', () => {
    for (const [code, note] of Object.entries(coverage)) {
      expect(note.length).toBeGreaterThan(20);
      expect(code).toMatch(/^(?:[A-Z]{2}|org:[A-Z]+)$/);
    }
  });
});
