import type { DataSource, EntityManager } from 'typeorm';

/** Anything that runs SQL: the data source, or a transaction's manager. */
export type Queryable = Pick<DataSource | EntityManager, 'query'>;
