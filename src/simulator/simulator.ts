import type { UpstreamJob } from '../aiqum/wire-types.ts';
import {
  Accounts,
  BASIC_CHALLENGE,
  claimedUserName,
  DEFAULT_USERS,
  type SimulatorUser,
} from './auth.ts';
import { ManualClock, type SimulatorClock, systemClock } from './clock.ts';
import { FaultQueue, faultResponse } from './faults.ts';
import { abortReason, HeldRequests } from './held-requests.ts';
import type { Inventory, ObjectKind, SimulatedObject } from './inventory.ts';
import { seedInventory } from './inventory-seed.ts';
import { JobKeyGenerator } from './job-keys.ts';
import { JobStore } from './job-store.ts';
import { getJob, type JobsRouteContext, listJobs } from './jobs-routes.ts';
import { type JobOutcome, planLifecycle } from './lifecycle.ts';
import { getCollectionObject, listCollection, lookupKindOf } from './lookups-routes.ts';
import {
  handleOperation,
  type OperationRouteContext,
  readRequestBody,
} from './operations-routes.ts';
import { QueryError } from './query-error.ts';
import { ErrorCode, emptyResponse, errorResponse } from './responses.ts';
import { matchRoute, type Route } from './routes.ts';
import { seedDemoJobs } from './seed.ts';
import type { Fault, JobSpec, RecordedRequest } from './types.ts';
import { validateJobSpec } from './validate-job-spec.ts';

export interface SimulatorOptions {
  /** Default systemClock (real timers drive jobs); with a ManualClock only advance() does. */
  clock?: SimulatorClock;
  /** Default true: seed the demo jobs of seed.ts. */
  seed?: boolean;
  /** Default true. false = an AIQUM without long polling (no last_modified, 400 on its parameters). */
  longPoll?: boolean;
  /** Default admin/admin (may write) and operator/operator (read only). */
  users?: Record<string, SimulatorUser>;
  /** Real milliseconds every answer waits, like a real AIQUM's processing time. Default 0. */
  latencyMs?: number;
}

/** How the next job a write endpoint starts will end (see `setNextJobOutcome`). */
export interface NextJobOutcome {
  outcome: JobOutcome;
  failureReason?: string;
}

/** The request log keeps this many of the latest requests, so a long demo stays small. */
export const MAX_RECORDED_REQUESTS = 10_000;

/** An in-process fake of the AIQUM jobs API: a WHATWG fetch handler, base path `/api`. */
export class Simulator {
  /** Bound, and shaped like the global fetch so it can be injected wherever fetch goes. */
  readonly fetch: (input: RequestInfo | URL, init?: RequestInit) => Promise<Response>;
  /** The latest requests received (at most MAX_RECORDED_REQUESTS), oldest first. */
  readonly requests: RecordedRequest[] = [];
  /** GETs of `/management-server/jobs/{key}` per key, since the start, unbounded by the log. */
  readonly #jobRequestCounts = new Map<string, number>();
  readonly #clock: SimulatorClock;
  readonly #latencyMs: number;
  readonly #accounts: Accounts;
  readonly #store = new JobStore();
  readonly #held = new HeldRequests();
  readonly #faults = new FaultQueue();
  readonly #keys = new JobKeyGenerator();
  readonly #context: JobsRouteContext;
  readonly #inventory: Inventory = seedInventory();
  readonly #operations: OperationRouteContext;
  readonly #nextOutcomes: NextJobOutcome[] = [];
  #stepTimer: ReturnType<typeof setTimeout> | undefined;
  #closed = false;

  constructor(options: SimulatorOptions = {}) {
    this.#clock = options.clock ?? systemClock;
    this.#latencyMs = options.latencyMs ?? 0;
    const accounts = new Accounts(options.users ?? DEFAULT_USERS);
    this.#accounts = accounts;
    this.#context = {
      store: this.#store,
      held: this.#held,
      wire: { longPoll: options.longPoll ?? true },
      sees: (key, userName) => accounts.sees(key, userName),
    };
    this.#operations = {
      inventory: this.#inventory,
      jobs: this.#store,
      startJob: (spec) => this.#startOperationJob(spec),
    };
    // Request-likes pass as they are: @whatwg-node/server hands over its own Request class.
    this.fetch = (input, init) =>
      this.#handle(
        typeof input === 'string' || input instanceof URL || init !== undefined
          ? new Request(input, init)
          : input,
      );
    if (options.seed ?? true) seedDemoJobs(this.#store, this.#clock.now());
    this.#scheduleNextStep();
  }

  /** Requests held right now (long polls and delay faults). */
  get heldRequestCount(): number {
    return this.#held.count;
  }

  requestsForJob(key: string): number {
    return this.#jobRequestCounts.get(key) ?? 0;
  }

  injectFault(fault: Fault): void {
    this.#faults.add(fault);
  }

  startJob(spec: JobSpec): UpstreamJob {
    validateJobSpec(spec, this.#store);
    const nowMs = this.#clock.now();
    const key = spec.key ?? this.#keys.next(nowMs, (taken) => this.#store.has(taken));
    this.#store.add(planLifecycle(spec, key, nowMs));
    this.#scheduleNextStep();
    return this.#view(key);
  }

  /**
   * Chooses how the next job started by a write endpoint ends (default 'normal'); each call
   * queues one choice, used first in, first out. 'error' leaves the object unchanged and
   * reports no job_results; the failing task carries `failureReason`.
   */
  setNextJobOutcome(outcome: JobOutcome, options: { failureReason?: string } = {}): void {
    const outcomes: JobOutcome[] = ['normal', 'warning', 'partial_failures', 'error'];
    if (!outcomes.includes(outcome)) {
      throw new Error(
        `setNextJobOutcome expects one of ${outcomes.join(', ')}, but got ${outcome}`,
      );
    }
    this.#nextOutcomes.push({ outcome, ...options });
  }

  /** A LUN, file share, access endpoint or SVM the simulated AIQUM holds now (a copy). */
  getObject(kind: ObjectKind, key: string): SimulatedObject | undefined {
    const object = this.#inventory.get(kind, key);
    return object && structuredClone(object);
  }

  /** Every object of a kind the simulated AIQUM holds now (copies). */
  listObjects(kind: ObjectKind): SimulatedObject[] {
    return this.#inventory.list(kind).map((object) => structuredClone(object));
  }

  getJob(key: string): UpstreamJob | undefined {
    return this.#store.view(key, this.#context.wire);
  }

  /** Adds a user, or changes the password or role of one: from now on only that logs in. */
  setUser(name: string, user: SimulatorUser): void {
    this.#accounts.setUser(name, user);
  }

  /** Removes a user: its credentials get 401 from now on. */
  removeUser(name: string): void {
    this.#accounts.removeUser(name);
  }

  /** Hides a job from one user, as a narrower role would: 404 to them, absent from their lists. */
  hideJob(key: string, userName: string): void {
    this.#view(key);
    this.#accounts.hideJob(key, userName);
  }

  /** Removes a job: 404 to everyone from now on, held long polls on it included. */
  deleteJob(key: string): void {
    this.#store.delete(key);
    this.#scheduleNextStep();
  }

  /** Aborts a running job now (state `aborted`); a terminal job stays as it is. */
  abortJob(key: string, reason = 'Job aborted by user'): UpstreamJob {
    this.#store.abort(key, this.#clock.now(), reason);
    this.#scheduleNextStep();
    return this.#view(key);
  }

  advance(ms: number): void {
    const clock = this.#clock;
    if (!(clock instanceof ManualClock)) {
      throw new Error(
        'Simulator.advance() needs a ManualClock; this simulator runs on its own timers',
      );
    }
    if (!Number.isFinite(ms) || ms < 0) {
      throw new Error(`Simulator.advance() expects a non-negative number of ms, but got ${ms}`);
    }
    const targetMs = clock.now() + ms;
    for (let dueMs = this.#store.nextDueMs(); dueMs !== undefined && dueMs <= targetMs; ) {
      clock.moveTo(Math.max(dueMs, clock.now()));
      this.#store.applyStepsDueBy(dueMs);
      dueMs = this.#store.nextDueMs();
    }
    clock.moveTo(targetMs);
  }

  close(): void {
    this.#closed = true;
    clearTimeout(this.#stepTimer);
    this.#stepTimer = undefined;
    this.#held.close();
  }

  #startOperationJob(spec: JobSpec): string {
    const next = this.#nextOutcomes.shift();
    const chosen = next
      ? {
          outcome: next.outcome,
          ...(next.failureReason === undefined ? {} : { failureReason: next.failureReason }),
        }
      : {};
    return this.startJob({ ...spec, ...chosen }).key;
  }

  #view(key: string): UpstreamJob {
    const view = this.#store.view(key, this.#context.wire);
    if (!view) throw new Error(`No job with key '${key}'`);
    return view;
  }

  /** With a real clock a timer fires at the next due step; a ManualClock waits for advance(). */
  #scheduleNextStep(): void {
    clearTimeout(this.#stepTimer);
    this.#stepTimer = undefined;
    const dueMs = this.#store.nextDueMs();
    if (this.#closed || this.#clock instanceof ManualClock || dueMs === undefined) return;
    this.#stepTimer = setTimeout(
      () => {
        this.#stepTimer = undefined;
        this.#store.applyStepsDueBy(this.#clock.now());
        this.#scheduleNextStep();
      },
      Math.max(0, dueMs - this.#clock.now()),
    );
    // A forgotten simulator must not keep the process alive.
    this.#stepTimer.unref?.();
  }

  async #handle(request: Request): Promise<Response> {
    const url = new URL(request.url);
    const route = matchRoute(url.pathname);
    const recorded: RecordedRequest = {
      method: request.method,
      path: url.pathname,
      query: new URLSearchParams(url.searchParams),
    };
    const claimedUser = claimedUserName(request);
    if (claimedUser !== undefined) recorded.user = claimedUser;
    const body = await readRequestBody(request);
    if (body.json !== undefined) recorded.body = body.json;
    if (route?.kind === 'job') {
      recorded.jobKey = route.key;
      if (request.method === 'GET') {
        this.#jobRequestCounts.set(route.key, this.requestsForJob(route.key) + 1);
      }
    }
    this.requests.push(recorded);
    if (this.requests.length > MAX_RECORDED_REQUESTS) this.requests.shift();
    if (request.signal.aborted) throw abortReason(request.signal);

    const fault = this.#faults.take(recorded);
    const delayMs = (fault?.delayMs ?? 0) + this.#latencyMs;
    if (delayMs > 0) await this.#held.hold({ timeoutMs: delayMs, signal: request.signal });
    const injected = fault && faultResponse(fault, recorded);
    if (injected) return injected;

    const user = this.#accounts.authenticate(request);
    if (!user) {
      return emptyResponse(401, { 'www-authenticate': BASIC_CHALLENGE });
    }
    if (!route) {
      return errorResponse(404, `No resource at ${url.pathname}`, ErrorCode.NotFound);
    }
    const isLookup = 'resource' in route && lookupKindOf(route.resource) !== undefined;
    if (route.kind === 'collection' || route.kind === 'object') {
      if (!(isLookup && request.method === 'GET')) {
        const operation = { route, method: request.method, query: recorded.query, body, user };
        return handleOperation(operation, url.pathname, this.#operations);
      }
    } else if (request.method !== 'GET') {
      const message = `${request.method} is not allowed on ${url.pathname}; only GET is`;
      return errorResponse(405, message, ErrorCode.MethodNotAllowed, undefined, { allow: 'GET' });
    }
    try {
      return await this.#read(route, user.name, request, recorded.query);
    } catch (error) {
      if (!(error instanceof QueryError)) throw error;
      return errorResponse(400, error.message, ErrorCode.InvalidParameter, error.target);
    }
  }

  /** A GET: the jobs, one job (perhaps a long poll), or the objects operations name. */
  #read(
    route: Route,
    userName: string,
    request: Request,
    query: URLSearchParams,
  ): Promise<Response> | Response {
    switch (route.kind) {
      case 'list':
        return listJobs(this.#context, userName, query);
      case 'job':
        return getJob(this.#context, route.key, userName, request, query);
      case 'collection':
        return listCollection(this.#inventory, route.resource, query);
      case 'object':
        return getCollectionObject(this.#inventory, route.resource, route.key);
    }
  }
}
