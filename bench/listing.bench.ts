import { createDataSource, dropDatabase, ensureDatabase } from '@mam/db';
import { CreateEventTables1764400000000 } from '@mam/events';
import { encodeCursor, type Identity } from '@mam/graphql';
import type { AssetsContext } from '@mam/assets';
import { AssetEntity, queryAssets as assets, createPostgresIndex, assetsEntities, assetsMigrations } from '@mam/assets';
import { testInfrastructure } from '@mam/testkit';
import { fmt, sized, smoke, timed } from './support';

const ROWS = sized('BENCH_LISTING_ROWS', 1_000_000, 2_000);
const PAGE = 50;
const RUNS = smoke ? 1 : 30;
const OFFSET_RUNS = smoke ? 1 : 5;
const WORKSPACE = 'bench';

function median(samples: number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

async function measure(runs: number, work: () => Promise<unknown>): Promise<number> {
  const samples: number[] = [];
  for (let i = 0; i < runs + 2; i++) {
    const start = process.hrtime.bigint();
    await work();
    if (i >= 2) samples.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  return median(samples);
}

/**
 * `assets(first: 50, after:)` pages deep into a million assets, through the resolver and the
 * repository it uses (keyset on the time-ordered id), against OFFSET paging of the same rows.
 */
export async function benchListing(): Promise<void> {
  const infra = testInfrastructure();
  const databaseUrl = `${infra.databaseUrlBase}/bench_listing_${Date.now()}`;
  await ensureDatabase(databaseUrl);
  const dataSource = createDataSource({
    url: databaseUrl,
    entities: assetsEntities,
    migrations: [CreateEventTables1764400000000, ...assetsMigrations],
  });
  try {
    await dataSource.initialize();
    await dataSource.runMigrations();
    // UUIDv7 layout: 48 bits of milliseconds, version 7, then sequence and variant; ids grow with time.
    const idOf = `(lpad(to_hex(1700000000000 + g), 12, '0') || '7' || lpad(to_hex(g % 4096), 3, '0') || '8' || lpad(to_hex(g), 15, '0'))::uuid`;
    const seeded = await timed(() =>
      dataSource.query(
        `INSERT INTO assets (id, workspace_id, title, description, created_by, created_at, updated_at, revision, type, metadata)
         SELECT ${idOf},
                $1, 'Clip ' || g, 'Description of clip ' || g, 'bench',
                to_timestamp((1700000000000 + g) / 1000.0), to_timestamp((1700000000000 + g) / 1000.0), 1,
                (ARRAY['video', 'audio', 'image'])[1 + g % 3], jsonb_build_object('episode', g % 200)
         FROM generate_series(1, $2::int) AS g`,
        [WORKSPACE, ROWS],
      ),
    );
    // A group granted (through a collection) every tenth asset: what a member of a restricted workspace pages through.
    await dataSource.query(
      `INSERT INTO asset_acl (asset_id, principal, role) SELECT ${idOf}, 'group:cutters', 'viewer' FROM generate_series(10, $1::int, 10) AS g`,
      [ROWS],
    );
    await dataSource.query('ANALYZE assets');
    await dataSource.query('ANALYZE asset_acl');
    process.stdout.write(`seeded ${ROWS} asset rows in ${fmt(seeded.seconds, 1)} s\n`);

    const identity: Identity = {
      subject: 'bench',
      workspaceId: WORKSPACE,
      roles: ['viewer'],
      kind: 'user',
      groups: [],
      workspaceRole: 'viewer',
    };
    const context: AssetsContext = { identity, dataSource, search: createPostgresIndex(dataSource) };
    const restricted: AssetsContext = {
      ...context,
      identity: { ...identity, subject: 'cutter', groups: ['cutters'], workspaceRole: null },
    };
    const depths = [0, 0.01, 0.1, 0.5, 0.99].map((share) => Math.round(ROWS * share));
    const lines: string[] = [];
    for (const depth of depths) {
      const [row] =
        depth === 0
          ? [undefined]
          : await dataSource.query('SELECT id FROM assets WHERE workspace_id = $1 ORDER BY id DESC OFFSET $2 LIMIT 1', [
              WORKSPACE,
              depth - 1,
            ]);
      const after = row ? encodeCursor(row.id) : null;
      const page = await assets(undefined, { first: PAGE, after }, context);
      if (page.edges.length !== Math.min(PAGE, ROWS - depth))
        throw new Error(`page at depth ${depth} has ${page.edges.length} assets`);
      const keyset = await measure(RUNS, () => assets(undefined, { first: PAGE, after }, context));
      const granted = await assets(undefined, { first: PAGE, after }, restricted);
      if (granted.edges.length !== Math.min(PAGE, Math.floor((ROWS - depth) / 10)))
        throw new Error(`restricted page at depth ${depth} has ${granted.edges.length} assets`);
      const restrictedKeyset = await measure(RUNS, () => assets(undefined, { first: PAGE, after }, restricted));
      const offset = await measure(OFFSET_RUNS, () =>
        dataSource
          .getRepository(AssetEntity)
          .find({ where: { workspaceId: WORKSPACE }, order: { id: 'DESC' }, skip: depth, take: PAGE + 1 }),
      );
      lines.push(
        `${String(depth).padStart(9)}  ${fmt(keyset).padStart(8)} ms  ${fmt(restrictedKeyset).padStart(11)} ms  ${fmt(offset).padStart(9)} ms  ${fmt(offset / keyset, 1).padStart(8)}x`,
      );
    }
    process.stdout.write(
      [
        `assets(first: ${PAGE}, after:) over ${ROWS} rows, median of ${RUNS} (keyset) and ${OFFSET_RUNS} (OFFSET) runs`,
        '    depth    keyset   restricted      OFFSET   OFFSET/keyset',
        ...lines,
        '(aim: keyset flat across depths; restricted: a member granted every tenth asset, access filtered inside the query)',
        '',
      ].join('\n'),
    );
  } finally {
    if (dataSource.isInitialized) await dataSource.destroy();
    await dropDatabase(databaseUrl).catch(() => undefined);
  }
}
