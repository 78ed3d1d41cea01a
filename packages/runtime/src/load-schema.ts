/** Reads a service's Federation SDL (a schema.graphql file or a schema/ folder beside its sources). */
export { loadSchema } from '@mam/graphql';
