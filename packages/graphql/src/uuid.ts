const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Whether a client-given id can be a row id at all (any letter case); others are simply not found. */
export function isUuid(value: string): boolean {
  return UUID.test(value);
}
