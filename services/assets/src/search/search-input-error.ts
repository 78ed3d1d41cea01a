/** A search request the engine must not run: the resolver turns it into BAD_USER_INPUT naming the argument. */
export class SearchInputError extends Error {
  override name = 'SearchInputError';
  constructor(
    message: string,
    readonly field: string,
  ) {
    super(message);
  }
}
