/**
 * Schemas (valibot) for stored values that are repaired rather than refused: a list keeps the
 * items that pass and drops the rest, a record keeps the entries that pass, and an object reads
 * anything that is not one as `{}`, so that each field falls back to its own default. A value
 * written by an older version, or spoiled by a bug, loses only what is wrong with it.
 */
import * as v from 'valibot';

/** An array whose items that fail `item` are dropped; anything not an array fails. */
export function lenientArray<TItem extends v.GenericSchema>(item: TItem) {
  return v.pipe(
    v.array(v.unknown()),
    v.transform((list): v.InferOutput<TItem>[] =>
      list.flatMap((value) => {
        const result = v.safeParse(item, value);
        return result.success ? [result.output] : [];
      }),
    ),
  );
}

/** Any object (an array too, whose entries are its indices). */
const AnyObjectSchema = v.custom<Record<string, unknown>>((x) => typeof x === 'object' && x !== null, 'Not an object');

/** A record whose entries that fail `key` or `value` are dropped; anything not an object fails. */
export function lenientRecord<TKey extends v.GenericSchema<string, string>, TValue extends v.GenericSchema>(key: TKey, value: TValue) {
  return v.pipe(
    AnyObjectSchema,
    v.transform((record) => {
      const out: Partial<Record<v.InferOutput<TKey>, v.InferOutput<TValue>>> = {};
      for (const [k, x] of Object.entries(record)) {
        const keyResult = v.safeParse(key, k);
        const valueResult = v.safeParse(value, x);
        if (keyResult.success && valueResult.success) out[keyResult.output as v.InferOutput<TKey>] = valueResult.output;
      }
      return out;
    }),
  );
}

/**
 * An object whose every entry has a fallback (`v.fallback`): each field falls back on its own,
 * and a value that is not an object at all reads as `{}` (every field its default).
 */
export function lenientObject<TEntries extends v.ObjectEntries>(entries: TEntries) {
  const schema = v.object(entries);
  return v.fallback(schema, () => v.parse(schema, {}));
}
