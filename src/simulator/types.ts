// What the simulator's parts and its callers share: the jobs it is asked to run, the requests it
// records and the faults it can be told to answer with. simulator.ts and its routes import these
// from here, so none of them needs the other.

export interface RecordedRequest {
  method: string;
  /** The URL path as received, still percent-encoded, e.g. `/api/management-server/jobs`. */
  path: string;
  query: URLSearchParams;
  /** For `/management-server/jobs/{key}`, the decoded key. */
  jobKey?: string;
  /** The user its HTTP Basic credentials name, right or wrong; undefined without any. */
  user?: string;
  /** The request body parsed as JSON; undefined when there was none or it was not JSON. */
  body?: unknown;
}

export interface Fault {
  status?: number;
  /**
   * Sent as is (may be garbage), or made from the request it answers (e.g. a job read naming
   * the job's key); default an AIQUM error body (none for 401/403).
   */
  body?: string | ((request: RecordedRequest) => string);
  headers?: Record<string, string>;
  /** Real milliseconds to wait before answering; an abort of the request ends the wait. */
  delayMs?: number;
  /** Default 1. */
  times?: number;
  match?: (request: RecordedRequest) => boolean;
}

export interface JobSpec {
  name: string;
  type: string;
  /** Task names, default two generic tasks; each task takes stepMs. */
  tasks?: string[];
  /** Default 1000. */
  stepMs?: number;
  outcome?: 'normal' | 'warning' | 'partial_failures' | 'error';
  /** Added as job_results on completion, unless the outcome is 'error'. */
  results?: { name: string; value: string }[];
  /** The failure_reason of the failing task (outcomes 'error' and 'partial_failures'). */
  failureReason?: string;
  parentJobKey?: string;
  key?: string;
  /** Applies the operation's change when the job completes, unless its outcome is 'error'. */
  onComplete?: () => void;
  /**
   * What the job will hold once it completes (an object's name, an IP address; see
   * `operations/resource.ts`): as AIQUM does from acceptance on, no other write may claim them
   * while the job runs.
   */
  claims?: string[];
}
