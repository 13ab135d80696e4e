import type { AuthenticatedUser } from './auth.ts';
import { isObject } from './body-checks.ts';
import { lookupKindOf } from './lookups-routes.ts';
import { accessEndpointHandlers } from './operations/access-endpoints.ts';
import { backupHandlers } from './operations/backup.ts';
import { fileShareHandlers } from './operations/file-shares.ts';
import { lunHandlers } from './operations/luns.ts';
import type { OperationContext, ResourceHandlers } from './operations/resource.ts';
import { svmHandlers } from './operations/svms.ts';
import { Refusal } from './refusal.ts';
import { ErrorCode, emptyResponse, errorResponse, jsonResponse } from './responses.ts';
import type { Resource, Route } from './routes.ts';
import { jobHref } from './stored-job.ts';
import type { JobSpec } from './types.ts';

/** The resources AIQUM writes; the others are only read. */
const HANDLERS: Partial<Record<Resource, ResourceHandlers>> = {
  luns: lunHandlers,
  'file-shares': fileShareHandlers,
  'access-endpoints': accessEndpointHandlers,
  svms: svmHandlers,
  backup: backupHandlers,
};

export interface OperationRouteContext extends OperationContext {
  /** Starts the job of an accepted operation; answers its key. */
  startJob(spec: JobSpec): string;
}

/** A request body as received: parsed JSON, or not JSON at all. */
export interface RequestBody {
  json: unknown;
  /** false when there was a body and it was not JSON. */
  readable: boolean;
}

export interface OperationRequest {
  route: Extract<Route, { kind: 'collection' | 'object' }>;
  method: string;
  query: URLSearchParams;
  body: RequestBody;
  user: AuthenticatedUser;
}

/** The JSON object a create or update needs; 400 `body` otherwise. */
function objectBody(body: RequestBody): Record<string, unknown> {
  if (!body.readable)
    throw new Refusal(400, 'The request body is not JSON', ErrorCode.InvalidParameter, 'body');
  if (!isObject(body.json)) {
    throw new Refusal(
      400,
      'The request body expects a JSON object',
      ErrorCode.InvalidParameter,
      'body',
    );
  }
  return body.json;
}

/** A request's body: parsed JSON, undefined when empty, and whether it could be read. */
export async function readRequestBody(request: Request): Promise<RequestBody> {
  if (request.method === 'GET' || request.method === 'HEAD')
    return { json: undefined, readable: true };
  const text = await request.text();
  if (text.trim() === '') return { json: undefined, readable: true };
  try {
    return { json: JSON.parse(text) as unknown, readable: true };
  } catch {
    return { json: undefined, readable: false };
  }
}

function accepted(key: string): Response {
  return jsonResponse({ job: { key, _links: { self: { href: jobHref(key) } } } }, 202);
}

/** What the request's method does to its resource, or undefined when it has no such write. */
function operationOf(
  request: OperationRequest,
): ((context: OperationContext) => JobSpec) | undefined {
  const { route, method, body, query } = request;
  const handlers = HANDLERS[route.resource];
  if (!handlers) return undefined;
  if (route.kind === 'collection') {
    if (method !== 'POST') return undefined;
    // POST /admin/backup takes no body.
    return (context) =>
      handlers.create(route.resource === 'backup' ? {} : objectBody(body), context);
  }
  const { update, remove } = handlers;
  if (method === 'PATCH' && update) {
    return (context) => update(route.key, objectBody(body), context);
  }
  if (method === 'DELETE' && remove) return (context) => remove(route.key, query, context);
  return undefined;
}

/** What a resource's path takes: GET where it is read, POST, PATCH and DELETE where written. */
function allowedMethods(route: OperationRequest['route']): string[] {
  const reads = lookupKindOf(route.resource) === undefined ? [] : ['GET'];
  if (!HANDLERS[route.resource]) return reads;
  return route.kind === 'collection' ? [...reads, 'POST'] : [...reads, 'PATCH', 'DELETE'];
}

/**
 * A write to a resource, answered as AIQUM does: 405 for a method it lacks, 403 for a user
 * who may only read, 404 for an unknown key, 400 or 409 with an error body naming the field,
 * and otherwise 202 with the job now carrying the work.
 */
export function handleOperation(
  request: OperationRequest,
  path: string,
  context: OperationRouteContext,
): Response {
  const operation = operationOf(request);
  if (!operation) {
    const allowed = allowedMethods(request.route).join(', ');
    const message = `${request.method} is not allowed on ${path}; the simulator serves ${allowed}`;
    return errorResponse(405, message, ErrorCode.MethodNotAllowed, undefined, { allow: allowed });
  }
  if (!request.user.canWrite) return emptyResponse(403);
  try {
    return accepted(context.startJob(operation(context)));
  } catch (error) {
    if (!(error instanceof Refusal)) throw error;
    return errorResponse(error.status, error.message, error.code, error.target);
  }
}
