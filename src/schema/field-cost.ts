// What a field costs beyond the objects it answers: the AIQUM requests it makes. The gateway
// prices every operation from these declarations before it runs (`http/operation-cost.ts`,
// `MAX_COST`); a field that declares nothing makes none, except a root field, which makes one
// (a mutation two: the operation, then the read of its job).

import { KEYS_PER_LIST_REQUEST } from '../resolvers/key-loader.ts';

export const FIELD_COST_EXTENSION = 'cost';

type ArgsFunction = (args: Record<string, unknown>) => number;

export interface FieldCost {
  /** AIQUM requests each resolution of the field makes; a function of its arguments. */
  requests?: number | ArgsFunction;
  /**
   * The field resolves through the request's loader of this name: the loads of one loader at
   * one depth of the answer share a request per `batchSize` (`job(key)`, `parentJob`, a LUN's
   * `svm`).
   */
  batch?: { loader: string; size: number };
  /** How many items the list the field answers holds, from its arguments (`nodes(ids)`). */
  items?: ArgsFunction;
  /**
   * A list of a parent's objects (`Svm.luns`): its `requests` count against `MAX_PARENT_LISTS`,
   * beyond which the lists are refused without asking AIQUM.
   */
  parentList?: true;
}

/** Field options that declare what the field costs. */
export function costs(cost: FieldCost): { extensions: Record<string, FieldCost> } {
  return { extensions: { [FIELD_COST_EXTENSION]: cost } };
}

/** A field read through the request's key loader of `loader`: 40 keys per AIQUM request. */
export function loadsThrough(loader: string): { extensions: Record<string, FieldCost> } {
  return costs({ batch: { loader, size: KEYS_PER_LIST_REQUEST } });
}
