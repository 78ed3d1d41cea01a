import { serviceConfigShape, z } from '@mam/config';

/** Environment of the assets service, validated at start. */
export const assetsConfigShape = serviceConfigShape('assets').extend({
  /** Elasticsearch 8.x; when empty, PostgreSQL full-text search serves the same interface. */
  ELASTICSEARCH_URL: z.union([z.literal(''), z.url()]).default(''),
  /** The gateway's public URL, for invite links; empty gives paths. */
  PUBLIC_BASE_URL: z.union([z.literal(''), z.url()]).default(''),
  SEARCH_INDEX: z
    .string()
    .regex(/^[a-z0-9._-]+$/, 'lowercase letters, digits, dot, dash, underscore')
    .default('mam-assets'),
});

export type AssetsConfig = z.infer<typeof assetsConfigShape>;
