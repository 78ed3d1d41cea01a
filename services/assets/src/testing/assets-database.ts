import { createDataSource, dropDatabase, ensureDatabase, type DataSource } from '@mam/db';
import { CreateEventTables1764400000000 } from '@mam/events';
import { testInfrastructure, uniqueName } from '@mam/testkit';
import { assetsEntities, assetsMigrations } from '../service';

/**
 * A database of its own for one integration test file, with every assets migration run before
 * the tests and dropped after them. `prepare` runs first on the empty database (e.g. to build an
 * older schema with data a migration must carry over).
 */
export function assetsTestDatabase(label: string, options: { prepare?: (url: string) => Promise<void> } = {}) {
  const url = `${testInfrastructure().databaseUrlBase}/${uniqueName(label)}`;
  let dataSource: DataSource | undefined;
  beforeAll(async () => {
    await ensureDatabase(url);
    await options.prepare?.(url);
    dataSource = createDataSource({
      url,
      entities: assetsEntities,
      migrations: [CreateEventTables1764400000000, ...assetsMigrations],
    });
    await dataSource.initialize();
    await dataSource.runMigrations();
  });
  afterAll(async () => {
    await dataSource?.destroy();
    await dropDatabase(url);
  });
  return {
    get dataSource(): DataSource {
      if (!dataSource) throw new Error('the assets test database is ready only inside tests');
      return dataSource;
    },
  };
}
