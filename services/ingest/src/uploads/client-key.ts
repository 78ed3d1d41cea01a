/**
 * The key an uploader gives an upload so that creating it twice makes one upload: the
 * Idempotency-Key header, else the tus metadata `fingerprint` (such as tus-js-client's
 * fingerprint, sent as metadata). Unique per uploader while the upload lives.
 */
export function clientKeyOf(
  header: string | null | undefined,
  fingerprint: string | null | undefined,
): string | undefined {
  const key = (header ?? '').trim() || (fingerprint ?? '').trim();
  return key || undefined;
}
