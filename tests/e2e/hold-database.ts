/** What both harnesses' pages offer (Playwright's and Puppeteer's): run a function in the page. */
interface EvaluatingPage {
  evaluate<T>(fn: () => T | Promise<T>): Promise<T>;
}

/**
 * Holds every request the background makes of the database until `release`: a readwrite transaction
 * over all of Rapport's stores, opened from one of its pages (the background's origin, so the same
 * database) and kept alive by a chain of reads. What the background then receives is received but not
 * answered: a request in flight, for as long as the test wants. Shared by Chromium and Firefox tests.
 */
export async function holdDatabase(extensionPage: EvaluatingPage): Promise<{ release: () => Promise<void> }> {
  await extensionPage.evaluate(() => new Promise<void>((resolve, reject) => {
    const opening = indexedDB.open('rapport');
    opening.onerror = () => reject(opening.error ?? new Error('the database did not open'));
    opening.onsuccess = () => {
      const db = opening.result;
      const tx = db.transaction([...db.objectStoreNames], 'readwrite');
      const store = tx.objectStore(db.objectStoreNames[0] ?? '');
      let held = true;
      const read = () => {
        if (held) store.count().onsuccess = read;
      };
      read();
      tx.oncomplete = () => db.close();
      (globalThis as unknown as { releaseDatabase: () => void }).releaseDatabase = () => {
        held = false;
      };
      resolve();
    };
  }));
  return { release: () => extensionPage.evaluate(() => (globalThis as unknown as { releaseDatabase: () => void }).releaseDatabase()) };
}
