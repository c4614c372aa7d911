/**
 * Read-only indexes by key, and the lazy one the engine reads its compiled data into: the keys
 * are read on first use, each key's entries only when it is first looked up. An article looks up
 * a few hundred of the thousands of keys, so building every entry up front would cost more than
 * the lookups.
 */

/** What the engine asks of an index: a key's entries (read-only), and its keys for tests and tools. */
export interface KeyedIndex<T> {
  get(key: string): readonly T[] | undefined;
  keys(): Iterable<string>;
}

/**
 * An index over text: `keys` one per line, `groups` the matching lines; `decode` turns a key's
 * line into its entries, once. Lookups of the same key return the same array.
 */
export class LazyIndex<T> implements KeyedIndex<T> {
  private readonly slots = new Map<string, number>();
  private readonly lines: string[];
  private readonly entries: (readonly T[] | undefined)[];

  constructor(
    keys: string,
    groups: string,
    private readonly decode: (line: string, key: string) => readonly T[],
  ) {
    const list = keys.split('\n');
    for (let i = 0; i < list.length; i++) this.slots.set(list[i] as string, i);
    this.lines = groups.split('\n');
    if (this.lines.length !== list.length) throw new Error(`LazyIndex: ${list.length} keys but ${this.lines.length} groups`);
    this.entries = new Array<readonly T[] | undefined>(list.length);
  }

  get(key: string): readonly T[] | undefined {
    const slot = this.slots.get(key);
    if (slot === undefined) return undefined;
    return (this.entries[slot] ??= this.decode(this.lines[slot] as string, key));
  }

  keys(): Iterable<string> {
    return this.slots.keys();
  }
}

/** Items read from text one line each, on first use (shared by every group that names them). */
export class LazyList<T> {
  private readonly lines: string[];
  private readonly items: (T | undefined)[];

  constructor(
    text: string,
    private readonly decode: (line: string) => T,
  ) {
    this.lines = text.split('\n');
    this.items = new Array<T | undefined>(this.lines.length);
  }

  get length(): number {
    return this.lines.length;
  }

  /** Item `i` (0 ≤ i < length). */
  at(i: number): T {
    return (this.items[i] ??= this.decode(this.lines[i] as string));
  }
}
