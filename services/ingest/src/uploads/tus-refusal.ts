import { errorCodeOf, httpStatusOf } from '@mam/graphql';

/** How tus answers a refusal: an HTTP status and a plain-text body. */
export interface TusRefusal {
  status_code: number;
  body: string;
}

/**
 * The one mapping of an upload refusal to tus: an error of the kit (the same one GraphQL answers
 * uploadSmallFile with) becomes the HTTP status of its code and its message; anything else is
 * not a refusal and goes on as it is (tus answers 500 and it is logged).
 */
export function asTusRefusal(error: unknown): unknown {
  const code = errorCodeOf(error);
  if (!code || !(error instanceof Error)) return error;
  return { status_code: httpStatusOf(code), body: `${error.message}\n` } satisfies TusRefusal;
}
