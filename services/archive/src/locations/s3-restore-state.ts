/** Storage classes whose objects answer GET only after a RestoreObject (S3 Glacier Flexible Retrieval, Deep Archive). */
const RESTORE_FIRST = new Set(['GLACIER', 'DEEP_ARCHIVE']);

/**
 * Whether an object can be read now, from its HEAD: objects of a class that is read directly
 * (STANDARD, STANDARD_IA, GLACIER_IR, …) always can; GLACIER and DEEP_ARCHIVE ones only once
 * `x-amz-restore` says `ongoing-request="false"` (a restored copy is available).
 */
export function s3ObjectReadable(head: { storageClass?: string; restore?: string }): boolean {
  if (!head.storageClass || !RESTORE_FIRST.has(head.storageClass)) return true;
  return /ongoing-request="false"/.test(head.restore ?? '');
}

/** Whether a restore of the object is already running (`x-amz-restore: ongoing-request="true"`): asking again is an error in S3. */
export function s3RestoreRunning(head: { restore?: string }): boolean {
  return /ongoing-request="true"/.test(head.restore ?? '');
}
