// What a field costs beyond the objects it answers: the AIQUM requests it makes. The gateway
// prices every operation from these declarations before it runs (`http/operation-cost.ts`,
// `MAX_COST`); a field that declares nothing makes none, except a root field, which makes one
// (a mutation two: the operation, then the read of its job).

export const FIELD_COST_EXTENSION = 'cost';

export interface FieldCost {
  /** AIQUM requests each resolution of the field makes; a function of its arguments. */
  requests?: number | ((args: Record<string, unknown>) => number);
  /**
   * The field resolves through a per-request loader: this many resolutions at one depth of
   * the answer share one AIQUM request (`job(key)`, `parentJob`).
   */
  batchSize?: number;
}

/** Field options that declare what the field costs. */
export function costs(cost: FieldCost): { extensions: Record<string, FieldCost> } {
  return { extensions: { [FIELD_COST_EXTENSION]: cost } };
}
