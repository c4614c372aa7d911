/**
 * The raw IndexedDB API behind a few promises: open with upgrades, run one transaction, and turn a
 * request into a promise. Small on purpose (no wrapper library is installed): the dossier's store
 * (store.ts) is the one user.
 */

/** A request's result as a promise. */
export function done<T>(request: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('IndexedDB request failed'));
  });
}

/** Resolves when a transaction commits; rejects when it aborts or fails (nothing it wrote is kept). */
export function committed(tx: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onabort = () => reject(tx.error ?? new DOMException('The transaction was aborted', 'AbortError'));
    tx.onerror = () => reject(tx.error ?? new Error('IndexedDB transaction failed'));
  });
}

/** Opens a database at `version`, running `upgrade` (inside the version-change transaction) when it is older. */
export function openDatabase(
  factory: IDBFactory,
  name: string,
  version: number,
  upgrade: (db: IDBDatabase, tx: IDBTransaction, oldVersion: number) => void,
): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = factory.open(name, version);
    request.onupgradeneeded = (event) => {
      const tx = request.transaction;
      if (tx) upgrade(request.result, tx, event.oldVersion);
    };
    request.onsuccess = () => {
      const db = request.result;
      // Another context (the background, or a newer build) upgrading the database: let it.
      db.onversionchange = () => db.close();
      resolve(db);
    };
    request.onerror = () => reject(request.error ?? new Error(`Cannot open ${name}`));
    request.onblocked = () => reject(new Error(`Opening ${name} is blocked by another open page`));
  });
}
