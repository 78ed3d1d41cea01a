import { DataSource, type EntitySchema, type MixedList } from 'typeorm';
import { patientPg } from './patient-pool';

/** An entity or migration class, as TypeORM takes them. */
type ClassOf = abstract new (...args: never[]) => unknown;

export interface DataSourceOptions {
  url: string;
  entities: MixedList<EntitySchema | ClassOf>;
  migrations: MixedList<ClassOf>;
  poolSize?: number;
}

/** A TypeORM data source over one service's own database; schema changes only through migrations. */
export function createDataSource(options: DataSourceOptions): DataSource {
  return new DataSource({
    type: 'postgres',
    driver: patientPg,
    url: options.url,
    entities: options.entities,
    migrations: options.migrations,
    migrationsTableName: 'schema_migrations',
    migrationsTransactionMode: 'each',
    synchronize: false,
    logging: false,
    extra: { max: options.poolSize ?? 10 },
  });
}
