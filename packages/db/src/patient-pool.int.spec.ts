import pg from 'pg';
import { startPrivatePostgres, type PrivatePostgres } from '@mam/testkit';
import { PatientPool } from './patient-pool';

// A server of this test's own, filled to its last connection slot: the shared one is never touched.
let server: PrivatePostgres;
const held: pg.Client[] = [];

beforeAll(async () => {
  server = await startPrivatePostgres();
  for (;;) {
    const client = new pg.Client({ connectionString: `${server.urlBase}/postgres` });
    try {
      await client.connect();
    } catch (error) {
      expect((error as { code?: string }).code).toBe('53300');
      break;
    }
    held.push(client);
  }
}, 120_000);

afterAll(async () => {
  for (const client of held) await client.end().catch(() => undefined);
  await server?.destroy();
});

it('a plain pool fails at once when the server has no connection slot free', async () => {
  const plain = new pg.Pool({ connectionString: `${server.urlBase}/postgres`, max: 1 });
  await expect(plain.query('select 1')).rejects.toMatchObject({ code: '53300' });
  await plain.end();
});

it('the patient pool waits for a slot to free and then answers', async () => {
  const pool = new PatientPool({ connectionString: `${server.urlBase}/postgres`, max: 1 });
  const answer = pool.query<{ n: number }>('select 41 + 1 as n');
  await new Promise((resolve) => setTimeout(resolve, 500));
  await held.pop()!.end();
  expect((await answer).rows).toEqual([{ n: 42 }]);
  await pool.end();
}, 30_000);
