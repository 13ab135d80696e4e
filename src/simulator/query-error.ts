/** A request the simulator refuses with 400; `target` names the offending parameter. */
export class QueryError extends Error {
  override readonly name = 'QueryError';

  constructor(
    message: string,
    readonly target: string,
  ) {
    super(message);
  }
}
