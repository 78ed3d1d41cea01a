import { loadInBatch } from './batch-per-tick';

describe('loadInBatch', () => {
  it('fetches the keys one scope asks for in one turn together, each once, and nothing of another scope', async () => {
    const calls: string[][] = [];
    const fetch = async (keys: string[]) => (
      calls.push(keys),
      new Map(keys.filter((k) => k !== 'missing').map((k) => [k, k.toUpperCase()]))
    );
    const scope = {};
    const other = {};
    const values = await Promise.all([
      loadInBatch(scope, 'rows', 'a', fetch),
      loadInBatch(scope, 'rows', 'b', fetch),
      loadInBatch(scope, 'rows', 'a', fetch),
      loadInBatch(scope, 'rows', 'missing', fetch),
      loadInBatch(other, 'rows', 'c', fetch),
    ]);
    expect(values).toEqual(['A', 'B', 'A', undefined, 'C']);
    expect(calls).toEqual([['a', 'b', 'missing'], ['c']]);
  });

  it('reads again in a later turn (nothing is cached) and passes a failure to every waiting caller', async () => {
    let version = 0;
    const scope = {};
    const fetch = async (keys: string[]) => new Map(keys.map((k) => [k, `${k}${++version}`]));
    expect(await loadInBatch(scope, 'rows', 'a', fetch)).toBe('a1');
    expect(await loadInBatch(scope, 'rows', 'a', fetch)).toBe('a2');
    const failing = async () => {
      throw new Error('database down');
    };
    await expect(
      Promise.all([loadInBatch(scope, 'rows', 'x', failing), loadInBatch(scope, 'rows', 'y', failing)]),
    ).rejects.toThrow('database down');
  });
});
