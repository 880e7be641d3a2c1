import { afterEach, describe, expect, it, vi } from 'vitest';
import { openLibrary } from '../../../src/library/store';
import { freshIndexedDb, newItem } from './helpers';

/**
 * Makes the `nth` put (1-based) fail the way a full quota fails in a browser: the call itself
 * returns its request, then the transaction aborts with a QuotaExceededError, its writes are
 * rolled back and its pending requests fail with AbortError, all reported later through events
 * (fake-indexeddb's own abort step, the one the spec runs).
 */
function fillQuotaAtPut(nth: number): void {
  let puts = 0;
  const realPut = IDBObjectStore.prototype.put;
  vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (
    this: IDBObjectStore,
    ...args: Parameters<IDBObjectStore['put']>
  ) {
    const request = realPut.apply(this, args);
    if (++puts === nth) (this.transaction as unknown as { _abort(name: string): void })._abort('QuotaExceededError');
    return request;
  });
}

describe('library store on a full storage quota', () => {
  freshIndexedDb();
  afterEach(() => vi.restoreAllMocks());

  it('answers quota-exceeded with a message and loses nothing already saved', async () => {
    const lib = await openLibrary();
    await lib.save(newItem(1));
    const before = await lib.list();
    // The origin's quota is used up: the write's transaction aborts.
    fillQuotaAtPut(1);
    const result = await lib.save(newItem(2));
    expect(result).toMatchObject({ ok: false, error: 'quota-exceeded' });
    expect(!result.ok && result.message).toMatch(/storage .* is full.*still there/);
    vi.restoreAllMocks();
    expect(await lib.list()).toEqual(before);
  });

  it('writes nothing of an import that runs out of space halfway', async () => {
    const lib = await openLibrary();
    await lib.save(newItem(1));
    const exported = await lib.exportAll();
    if (!exported.ok) throw new Error(exported.message);
    await lib.clear();
    await lib.save(newItem(9));
    const before = await lib.list();
    const items = [newItem(2), newItem(3), newItem(4)].map((n, i) => ({
      ...exported.value.items[0]!,
      ...n,
      id: `id-${i}`,
    }));
    fillQuotaAtPut(3);
    const result = await lib.importJson(JSON.stringify({ ...exported.value, items }));
    vi.restoreAllMocks();
    expect(result).toMatchObject({ ok: false, error: 'quota-exceeded' });
    expect(await lib.list()).toEqual(before);
  });
});
