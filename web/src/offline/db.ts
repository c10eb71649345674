// A small promise wrapper over IndexedDB: the queue of progress events and the
// drafts of what a person types and the photos that wait to be uploaded, all
// kept across reloads and while offline.
const NAME = "ledelyst";
const VERSION = 2;
export const EVENTS = "progressEvents";
export const DRAFTS = "drafts";
/** A photo's bytes by the client event id of the evidence it belongs to. */
export const PHOTOS = "photos";

let opened: Promise<IDBDatabase> | null = null;

export function openDatabase(factory: IDBFactory = indexedDB): Promise<IDBDatabase> {
  if (!opened) {
    opened = new Promise((resolve, reject) => {
      const request = factory.open(NAME, VERSION);
      request.onupgradeneeded = () => {
        const db = request.result;
        if (!db.objectStoreNames.contains(EVENTS)) {
          db.createObjectStore(EVENTS, { keyPath: "clientEventId" });
        }
        if (!db.objectStoreNames.contains(DRAFTS)) db.createObjectStore(DRAFTS);
        if (!db.objectStoreNames.contains(PHOTOS)) db.createObjectStore(PHOTOS);
      };
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
  }
  return opened;
}

/** For tests: forget the open connection (a fresh IndexedDB per test). */
export function resetDatabaseForTests(): void {
  opened = null;
}

export async function run<T>(
  store: string,
  mode: IDBTransactionMode,
  work: (store: IDBObjectStore) => IDBRequest<T> | void,
): Promise<T | undefined> {
  const db = await openDatabase();
  return new Promise((resolve, reject) => {
    const transaction = db.transaction(store, mode);
    const request = work(transaction.objectStore(store));
    transaction.oncomplete = () => resolve(request ? request.result : undefined);
    transaction.onerror = () => reject(transaction.error);
    transaction.onabort = () => reject(transaction.error);
  });
}

/** One transaction over several stores: all of it is written or none. */
export async function transact(
  stores: string[],
  mode: IDBTransactionMode,
  work: (transaction: IDBTransaction) => void,
): Promise<void> {
  const db = await openDatabase();
  return new Promise((resolve, reject) => {
    const transaction = db.transaction(stores, mode);
    work(transaction);
    transaction.oncomplete = () => resolve();
    transaction.onerror = () => reject(transaction.error);
    transaction.onabort = () => reject(transaction.error);
  });
}

export async function saveDraft(key: string, text: string): Promise<void> {
  await run(DRAFTS, "readwrite", (store) => store.put(text, key));
}

export async function readDraft(key: string): Promise<string | undefined> {
  return (await run<string>(DRAFTS, "readonly", (store) => store.get(key))) ?? undefined;
}

export async function dropDraft(key: string): Promise<void> {
  await run(DRAFTS, "readwrite", (store) => store.delete(key));
}
