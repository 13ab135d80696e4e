import { describe, expect, it } from 'vitest';
import { SEEDED_NAMES, SEEDED_OBJECTS } from '../../src/simulator/inventory-seed.ts';
import { graphql } from '../generated/gql.ts';
import type { CreatedObjectUpdatesSubscription } from '../generated/graphql.ts';
import { ADMIN, execute, testAppFactory } from '../support/app.ts';
import { nextWithin, valueWithin } from '../support/async.ts';
import { disposedAfterEach, startGateway, webSocketClient } from '../support/gateway.ts';
import {
  CreateAccessEndpoint,
  CreateFileShare,
  CreateLun,
  CreateSvm,
  DeleteLun,
  GIB,
  JOB_RUN_MS,
} from '../support/mutation-cases.ts';

const LunFormChoices = graphql(`
  query LunFormChoices {
    svms(filter: { name: "svm_data" }) { nodes { id name } }
    performanceServiceLevels(filter: { name: "Value" }) { nodes { id name } }
  }
`);

// The README's example, as written there.
const CreateLunFromForm = graphql(`
  mutation CreateLunFromForm($svm: ID!, $level: ID!) {
    createLun(input: {
      name: "lun_form_01"
      space: { size: "1073741824" }
      osType: LINUX
      svm: { key: $svm }
      performanceServiceLevel: { key: $level }
    }) {
      job { key state }
    }
  }
`);

const CreatedLun = graphql(`
  query CreatedLun($key: ID!) {
    job(key: $key) {
      state
      createdObject { id ... on Lun { name size svm { name } performanceServiceLevel { name } } }
    }
  }
`);

const CreatedObject = graphql(`
  query CreatedObject($key: ID!) {
    job(key: $key) {
      state
      createdObject {
        __typename
        id
        ... on Lun { name size svm { id } performanceServiceLevel { id } }
        ... on Workload { key }
        ... on Svm { key name }
        ... on AccessEndpoint { key name }
      }
    }
  }
`);

const CreatedObjectUpdates = graphql(`
  subscription CreatedObjectUpdates($key: ID!) {
    jobUpdated(key: $key) { state createdObject { id ... on Lun { name } } }
  }
`);

const app = testAppFactory();
const PSL = SEEDED_OBJECTS.performanceServiceLevels;

const lunInput = (name: string, svm: string, level: string) => ({
  name,
  space: { size: GIB },
  osType: 'LINUX' as const,
  svm: { key: svm },
  performanceServiceLevel: { key: level },
});

describe('Job.createdObject', () => {
  it("should run the README's LUN form: choices from lookups, createLun with their ids", async () => {
    const gateway = app();
    const choices = (await execute(gateway, LunFormChoices)).data;
    const svm = choices?.svms.nodes[0]?.id ?? '';
    const level = choices?.performanceServiceLevels.nodes[0]?.id ?? '';
    expect([svm, level]).toEqual([
      `Svm:${SEEDED_OBJECTS.svm}`,
      `PerformanceServiceLevel:${PSL.value}`,
    ]);
    const created = await execute(gateway, CreateLunFromForm, { svm, level });
    const key = created.data?.createLun.job.key ?? '';
    expect(created.data?.createLun.job.state).toBe('RUNNING');
    expect(gateway.simulator.requests.at(-2)?.body).toMatchObject({
      svm: { key: SEEDED_OBJECTS.svm },
      performance_service_level: { key: PSL.value },
    });

    const running = await execute(gateway, CreatedLun, { key });
    expect(running.data?.job).toEqual({ state: 'RUNNING', createdObject: null });

    gateway.simulator.advance(JOB_RUN_MS);
    const done = await execute(gateway, CreatedLun, { key });
    expect(done.errors).toBeUndefined();
    const lunKey = gateway.simulator
      .getJob(key)
      ?.job_results?.find((result) => result.name === 'lunKey')?.value;
    expect(done.data?.job).toEqual({
      state: 'COMPLETED',
      createdObject: {
        id: `Lun:${lunKey}`,
        name: 'lun_form_01',
        size: GIB,
        svm: { name: SEEDED_NAMES.svm },
        performanceServiceLevel: { name: 'Value' },
      },
    });
  });

  it('should link a completed createLun to the LUN it made, with its links', async () => {
    const gateway = app();
    const svm = `Svm:${SEEDED_OBJECTS.sanSvm}`;
    const level = `PerformanceServiceLevel:${PSL.extreme}`;
    const created = await execute(gateway, CreateLun, {
      input: lunInput('lun_linked_01', svm, level),
    });
    gateway.simulator.advance(JOB_RUN_MS);
    const key = created.data?.createLun.job.key ?? '';
    const done = await execute(gateway, CreatedObject, { key });
    expect(done.data?.job?.createdObject).toMatchObject({
      __typename: 'Lun',
      name: 'lun_linked_01',
      svm: { id: svm },
      performanceServiceLevel: { id: level },
    });
  });

  it.each([
    [
      'FileShare',
      'fileShare',
      CreateFileShare,
      {
        input: {
          name: 'fs_created',
          space: { size: GIB },
          performanceServiceLevel: { key: PSL.value },
          svm: { key: SEEDED_OBJECTS.svm },
        },
      },
    ],
    [
      'Svm',
      'svm',
      CreateSvm,
      { input: { name: 'svm_created', cluster: { key: SEEDED_OBJECTS.cluster } } },
    ],
    [
      'AccessEndpoint',
      'accessEndpoint',
      CreateAccessEndpoint,
      {
        input: {
          dataProtocols: ['NFS'],
          ip: { address: '10.9.9.9', netmask: '24' },
          svm: { key: SEEDED_OBJECTS.svm },
          name: 'lif_created',
        },
      },
    ],
  ] as const)(
    'should link a completed creation to the %s it made',
    async (typename, field, document, variables) => {
      const gateway = app();
      const response = await execute(gateway, document as typeof CreateSvm, variables as never);
      const payload = Object.values(response.data ?? {})[0] as { job: { key: string } };
      gateway.simulator.advance(JOB_RUN_MS);
      const done = await execute(gateway, CreatedObject, { key: payload.job.key });
      expect(done.errors).toBeUndefined();
      expect(done.data?.job?.createdObject?.__typename).toBe(typename);
      const key = (done.data?.job?.createdObject as { key?: string } | null)?.key ?? '';
      expect(gateway.simulator.getObject(field, key)).toBeDefined();
    },
  );

  it('should be null for a job that failed, and once the object is deleted', async () => {
    const gateway = app();
    gateway.simulator.setNextJobOutcome('error');
    const failed = await execute(gateway, CreateLun, {
      input: lunInput('lun_failed', SEEDED_OBJECTS.svm, PSL.value),
    });
    const made = await execute(gateway, CreateLun, {
      input: lunInput('lun_deleted', SEEDED_OBJECTS.svm, PSL.value),
    });
    gateway.simulator.advance(JOB_RUN_MS);
    const failedKey = failed.data?.createLun.job.key ?? '';
    expect((await execute(gateway, CreatedObject, { key: failedKey })).data?.job).toEqual({
      state: 'COMPLETED',
      createdObject: null,
    });

    const madeKey = made.data?.createLun.job.key ?? '';
    const lun = (await execute(gateway, CreatedObject, { key: madeKey })).data?.job?.createdObject;
    expect(lun?.id).toMatch(/^Lun:/);
    await execute(gateway, DeleteLun, { key: lun?.id ?? '' });
    gateway.simulator.advance(JOB_RUN_MS);
    const gone = await execute(gateway, CreatedObject, { key: madeKey });
    expect(gone.errors).toBeUndefined();
    expect(gone.data?.job?.createdObject).toBeNull();
  });

  it('should be null for a job that made no LUN, file share, SVM or endpoint', async () => {
    const gateway = app();
    const response = await execute(
      gateway,
      `{ jobs(first: 100) { nodes { createdObject { id } } } }`,
    );
    expect(response.errors).toBeUndefined();
    // The seeded jobs name objects the simulated AIQUM does not hold, or none at all.
    const nodes = (response.data as { jobs: { nodes: { createdObject: unknown }[] } }).jobs.nodes;
    expect(nodes.every((node) => node.createdObject === null)).toBe(true);
  });
});

const disposables = disposedAfterEach();

describe('Job.createdObject over graphql-ws', () => {
  it('should arrive with the terminal event of jobUpdated', async () => {
    const { app: gateway, url } = await startGateway(disposables);
    const created = await execute(gateway, CreateLun, {
      input: lunInput('lun_live_01', SEEDED_OBJECTS.svm, PSL.extreme),
    });
    const key = created.data?.createLun.job.key ?? '';
    const client = webSocketClient(disposables, url, ADMIN);
    const events = client.iterate<CreatedObjectUpdatesSubscription>({
      query: CreatedObjectUpdates.toString(),
      variables: { key },
    });
    disposables.push(async () => {
      await events.return?.();
    });

    expect((await valueWithin(events)).data?.jobUpdated).toEqual({
      state: 'RUNNING',
      createdObject: null,
    });
    gateway.simulator.advance(JOB_RUN_MS);
    let last = await valueWithin(events);
    while (last.data?.jobUpdated.state === 'RUNNING') last = await valueWithin(events);
    expect(last.data?.jobUpdated).toMatchObject({
      state: 'COMPLETED',
      createdObject: { id: expect.stringMatching(/^Lun:/), name: 'lun_live_01' },
    });
    expect((await nextWithin(events)).done).toBe(true);
  });
});
