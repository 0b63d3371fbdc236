import type { Page } from '@playwright/test';

// What the app keeps in the browser, read and written the way the app does: one IndexedDB database,
// `http-playground`, whose `workspace` store holds a value per key (workspace, library,
// environments, cookies, and what was set aside as unreadable).

/** The value the app saved under `key`; undefined before the app has created its database. */
export function readStored(page: Page, key: string): Promise<unknown> {
  return page.evaluate(
    (key) =>
      new Promise<unknown>((resolve, reject) => {
        const open = indexedDB.open('http-playground');
        // Never create the database here: that is the app's job.
        open.onupgradeneeded = () => open.transaction?.abort();
        open.onerror = () => resolve(undefined);
        open.onsuccess = () => {
          const db = open.result;
          const read = db.transaction('workspace').objectStore('workspace').get(key);
          read.onsuccess = () => {
            db.close();
            resolve(read.result);
          };
          read.onerror = () => reject(read.error);
        };
      }),
    key,
  );
}

/**
 * The value under `key` as JSON, made inside the page (files show as `{}`); '' before the app has
 * created its database.
 */
export function readStoredJson(page: Page, key: string): Promise<string> {
  return page.evaluate(
    (key) =>
      new Promise<string>((resolve, reject) => {
        const open = indexedDB.open('http-playground');
        open.onupgradeneeded = () => open.transaction?.abort();
        open.onerror = () => resolve('');
        open.onsuccess = () => {
          const db = open.result;
          const read = db.transaction('workspace').objectStore('workspace').get(key);
          read.onsuccess = () => {
            db.close();
            resolve(JSON.stringify(read.result ?? null));
          };
          read.onerror = () => reject(read.error);
        };
      }),
    key,
  );
}

/** Puts `value` under `key`, as an earlier visit (or something else on the machine) would have left it. */
export function writeStored(page: Page, key: string, value: unknown): Promise<void> {
  return page.evaluate(
    ({ key, value }) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('http-playground');
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction('workspace', 'readwrite');
          tx.objectStore('workspace').put(value, key);
          tx.oncomplete = () => {
            db.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    { key, value },
  );
}
