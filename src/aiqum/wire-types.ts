// The AIQUM jobs API as it is on the wire (snake_case, lower-case enum strings,
// timestamps like `2019-11-15 09:57:18+05:30`), as AIQUM's API v2 Swagger describes it.

export interface UpstreamLink {
  href: string;
}

export interface UpstreamTaskReport {
  key?: string;
  name?: string;
  type?: string;
  description?: string;
  state?: string;
  status?: string;
  start_time?: string;
  complete_time?: string;
  failure_reason?: string | null;
}

export interface UpstreamJobResult {
  name?: string;
  value?: string;
}

export interface UpstreamSpawnedJobSummary {
  total_jobs?: number;
  running_jobs?: number;
  completed_jobs?: number;
  successful_jobs?: number;
  failed_jobs?: number;
  aborted_jobs?: number;
}

export interface UpstreamJob {
  key: string;
  name?: string;
  type?: string;
  /** `running`, `completed`, `aborted`; other values may appear. */
  state?: string;
  /** `normal`, `warning`, `partial_failures`, `error`. */
  status?: string;
  submit_time?: string;
  complete_time?: string;
  parent_job_key?: string;
  spawned_job_summary?: UpstreamSpawnedJobSummary;
  task_reports?: UpstreamTaskReport[];
  job_results?: UpstreamJobResult[];
  /** Only where upstream supports long polling (the embedded simulator does). */
  last_modified?: string;
  _links?: { self?: UpstreamLink };
}

export interface UpstreamJobList {
  records: UpstreamJob[];
  num_records: number;
  total_records?: number;
  _links?: { self?: UpstreamLink; next?: UpstreamLink };
}

/** The body of a 202 Accepted answer. */
export interface UpstreamJobLinkResponse {
  job: { key: string; _links?: { self?: UpstreamLink } };
}

export interface UpstreamErrorBody {
  error: { message?: string; code?: string; target?: string };
}
