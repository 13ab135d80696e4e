/* eslint-disable */
import * as types from './graphql.ts';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query JobState($key: ID!) { job(key: $key) { key state status submitTime } }\n": typeof types.JobStateDocument,
    "\n  mutation StartBackupElsewhere {\n    createBackup { job { key name state } }\n  }\n": typeof types.StartBackupElsewhereDocument,
    "\n  subscription ListSharedParent($filter: JobFilter) {\n    jobsUpdated(filter: $filter) { key state taskReports { name state } parentJob { key state } }\n  }\n": typeof types.ListSharedParentDocument,
    "\n  subscription ListSharedParentName($filter: JobFilter) {\n    jobsUpdated(filter: $filter) { key name parentJob { key name } }\n  }\n": typeof types.ListSharedParentNameDocument,
    "\n  subscription JobUpdatedSharedParent($key: ID!) {\n    jobUpdated(key: $key) { key state taskReports { name state } parentJob { key state } }\n  }\n": typeof types.JobUpdatedSharedParentDocument,
    "\n  query LunFormChoices {\n    svms(filter: { name: \"svm_data\" }) { nodes { id name } }\n    performanceServiceLevels(filter: { name: \"Value\" }) { nodes { id name } }\n  }\n": typeof types.LunFormChoicesDocument,
    "\n  mutation CreateLunFromForm($svm: ID!, $level: ID!) {\n    createLun(input: {\n      name: \"lun_form_01\"\n      space: { size: \"1073741824\" }\n      osType: LINUX\n      svm: { key: $svm }\n      performanceServiceLevel: { key: $level }\n    }) {\n      job { key state }\n    }\n  }\n": typeof types.CreateLunFromFormDocument,
    "\n  query CreatedLun($key: ID!) {\n    job(key: $key) {\n      state\n      createdObject { id ... on Lun { name size svm { name } performanceServiceLevel { name } } }\n    }\n  }\n": typeof types.CreatedLunDocument,
    "\n  query CreatedObject($key: ID!) {\n    job(key: $key) {\n      state\n      createdObject {\n        __typename\n        id\n        ... on Lun { name size svm { id } performanceServiceLevel { id } }\n        ... on Workload { key }\n        ... on Svm { key name }\n        ... on AccessEndpoint { key name }\n      }\n    }\n  }\n": typeof types.CreatedObjectDocument,
    "\n  subscription CreatedObjectUpdates($key: ID!) {\n    jobUpdated(key: $key) { state createdObject { id ... on Lun { name } } }\n  }\n": typeof types.CreatedObjectUpdatesDocument,
    "\n  query LunsWithLinks {\n    luns(first: 100) {\n      totalCount\n      nodes {\n        name\n        svm { name cluster { name } }\n        performanceServiceLevel { name }\n        storageEfficiencyPolicy { name }\n      }\n    }\n  }\n": typeof types.LunsWithLinksDocument,
    "\n  subscription JobUpdated($key: ID!) {\n    jobUpdated(key: $key) { key state status terminal taskReports { name state } }\n  }\n": typeof types.JobUpdatedDocument,
    "\n  subscription JobUpdatedWithParent($key: ID!) {\n    jobUpdated(key: $key) { key state parentJob { key spawnedJobSummary { completedJobs } } }\n  }\n": typeof types.JobUpdatedWithParentDocument,
    "\n  query Job($key: ID!) {\n    job(key: $key) {\n      id\n      key\n      name\n      type\n      state\n      status\n      terminal\n      submitTime\n      completeTime\n      parentJobKey\n      spawnedJobSummary { totalJobs completedJobs successfulJobs }\n      taskReports { key name state status startTime completeTime failureReason }\n      results { name value }\n    }\n  }\n": typeof types.JobDocument,
    "\n  query JobWithParent($key: ID!) {\n    job(key: $key) { key parentJob { key name spawnedJobSummary { totalJobs } } }\n  }\n": typeof types.JobWithParentDocument,
    "\n  subscription JobsUpdated($filter: JobFilter) {\n    jobsUpdated(filter: $filter) { id key name type state status taskReports { name state } }\n  }\n": typeof types.JobsUpdatedDocument,
    "\n  subscription JobsUpdatedCreated($filter: JobFilter) {\n    jobsUpdated(filter: $filter) { key state createdObject { ... on Svm { name } } }\n  }\n": typeof types.JobsUpdatedCreatedDocument,
    "\n  query Jobs(\n    $first: Int\n    $after: String\n    $last: Int\n    $before: String\n    $filter: JobFilter\n    $orderBy: [JobOrder!]\n  ) {\n    jobs(first: $first, after: $after, last: $last, before: $before, filter: $filter, orderBy: $orderBy) {\n      totalCount\n      edges { cursor node { key } }\n      nodes { key name type state status parentJobKey }\n      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n    }\n  }\n": typeof types.JobsDocument,
    "\n  query RecordedLookups {\n    clusters {\n      totalCount\n      nodes {\n        id key name uuid managementIp location contact isSanOptimized\n        version { full generation major minor }\n        totalCapacity usedCapacity availableCapacity\n        nodes { key name model health uptimeSeconds }\n      }\n    }\n    svms {\n      nodes {\n        id name state language subtype nfsEnabled cifsEnabled cifsServerName\n        aggregates { key name uuid }\n        cluster { id name }\n      }\n    }\n    performanceServiceLevels {\n      nodes {\n        id name systemDefined expectedIopsPerTb peakIopsPerTb absoluteMinIops\n        peakIopsAllocationPolicy expectedLatencyMs usedSpace availableSpace workloadCount\n        createTime updateTime\n      }\n    }\n    storageEfficiencyPolicies {\n      nodes { id name compression deduplication spaceThinProvisioned systemDefined createTime }\n    }\n    luns {\n      nodes {\n        id name size osType expectedIops peakIops\n        volume { name }\n        svm { id name }\n        performanceServiceLevel { id name }\n        storageEfficiencyPolicy { id }\n      }\n    }\n    fileShares { nodes { id name size expectedIops svm { id } } }\n  }\n": typeof types.RecordedLookupsDocument,
    "\n  query RecordedEndpoints($resource: ID!) {\n    accessEndpoints(filter: { resourceKey: $resource }) {\n      totalCount\n      nodes { id name dataProtocols ipAddress netmask gateways vlan mtu wwpn }\n    }\n  }\n": typeof types.RecordedEndpointsDocument,
    "\n  query RecordedLun($id: ID!) {\n    node(id: $id) { id ... on Lun { name osType operationalState size } }\n  }\n": typeof types.RecordedLunDocument,
    "\n  query RecordedLunNames { luns { nodes { key name size } } }\n": typeof types.RecordedLunNamesDocument,
    "\n  query FilteredLuns($filter: LunFilter) { luns(filter: $filter) { totalCount nodes { name } } }\n": typeof types.FilteredLunsDocument,
    "\n  query FilteredSvms($filter: SvmFilter) { svms(filter: $filter) { totalCount nodes { name } } }\n": typeof types.FilteredSvmsDocument,
    "\n  query Endpoints($filter: AccessEndpointFilter!) {\n    accessEndpoints(filter: $filter) { totalCount nodes { name dataProtocols svm { name } } }\n  }\n": typeof types.EndpointsDocument,
    "\n  query SvmWithChildren($name: String!, $lunFilter: LunFilter) {\n    svms(filter: { name: $name }) {\n      nodes {\n        name\n        luns(filter: $lunFilter) { totalCount nodes { name } }\n        fileShares { totalCount nodes { name } }\n        cluster { name svms { totalCount nodes { name } } }\n      }\n    }\n  }\n": typeof types.SvmWithChildrenDocument,
    "\n  query NodeById($id: ID!) {\n    node(id: $id) {\n      __typename\n      id\n      ... on Job { key state }\n      ... on Cluster { key name }\n      ... on Svm { key name }\n      ... on PerformanceServiceLevel { key name }\n      ... on StorageEfficiencyPolicy { key name }\n      ... on Lun { key name }\n      ... on FileShare { key name }\n      ... on AccessEndpoint { key name }\n    }\n  }\n": typeof types.NodeByIdDocument,
    "\n  query NodesByIds($ids: [ID!]!) { nodes(ids: $ids) { __typename id } }\n": typeof types.NodesByIdsDocument,
    "\n  mutation CreateLun($input: CreateLunInput!) {\n    createLun(input: $input) { job { key name type state status terminal taskReports { name state } results { name value } } }\n  }\n": typeof types.CreateLunDocument,
    "\n  mutation UpdateLun($key: ID!, $input: UpdateLunInput!) {\n    updateLun(key: $key, input: $input) { job { key name type state status } }\n  }\n": typeof types.UpdateLunDocument,
    "\n  mutation DeleteLun($key: ID!) { deleteLun(key: $key) { job { key name type state status } } }\n": typeof types.DeleteLunDocument,
    "\n  mutation CreateFileShare($input: CreateFileShareInput!) {\n    createFileShare(input: $input) { job { key name type state status results { name value } } }\n  }\n": typeof types.CreateFileShareDocument,
    "\n  mutation UpdateFileShare($key: ID!, $input: UpdateFileShareInput!) {\n    updateFileShare(key: $key, input: $input) { job { key name type state status } }\n  }\n": typeof types.UpdateFileShareDocument,
    "\n  mutation DeleteFileShare($key: ID!) { deleteFileShare(key: $key) { job { key name type state } } }\n": typeof types.DeleteFileShareDocument,
    "\n  mutation CreateAccessEndpoint($input: CreateAccessEndpointInput!) {\n    createAccessEndpoint(input: $input) { job { key name type state status results { name value } } }\n  }\n": typeof types.CreateAccessEndpointDocument,
    "\n  mutation UpdateAccessEndpoint($key: ID!, $input: UpdateAccessEndpointInput!) {\n    updateAccessEndpoint(key: $key, input: $input) { job { key name type state } }\n  }\n": typeof types.UpdateAccessEndpointDocument,
    "\n  mutation DeleteAccessEndpoint($key: ID!) { deleteAccessEndpoint(key: $key) { job { key name type state } } }\n": typeof types.DeleteAccessEndpointDocument,
    "\n  mutation CreateSvm($input: CreateSvmInput!) {\n    createSvm(input: $input) { job { key name type state status taskReports { name } results { name value } } }\n  }\n": typeof types.CreateSvmDocument,
    "\n  mutation UpdateSvm($key: ID!, $input: UpdateSvmInput!) {\n    updateSvm(key: $key, input: $input) { job { key name type state } }\n  }\n": typeof types.UpdateSvmDocument,
    "\n  mutation DeleteSvm($key: ID!, $force: Boolean) { deleteSvm(key: $key, force: $force) { job { key name type state } } }\n": typeof types.DeleteSvmDocument,
    "\n  mutation CreateBackup { createBackup { job { key name type state status results { name value } } } }\n": typeof types.CreateBackupDocument,
    "\n  query JobAfterwards($key: ID!) {\n    job(key: $key) { key state status terminal taskReports { name state status failureReason } results { name value } }\n  }\n": typeof types.JobAfterwardsDocument,
};
const documents: Documents = {
    "\n  query JobState($key: ID!) { job(key: $key) { key state status submitTime } }\n": types.JobStateDocument,
    "\n  mutation StartBackupElsewhere {\n    createBackup { job { key name state } }\n  }\n": types.StartBackupElsewhereDocument,
    "\n  subscription ListSharedParent($filter: JobFilter) {\n    jobsUpdated(filter: $filter) { key state taskReports { name state } parentJob { key state } }\n  }\n": types.ListSharedParentDocument,
    "\n  subscription ListSharedParentName($filter: JobFilter) {\n    jobsUpdated(filter: $filter) { key name parentJob { key name } }\n  }\n": types.ListSharedParentNameDocument,
    "\n  subscription JobUpdatedSharedParent($key: ID!) {\n    jobUpdated(key: $key) { key state taskReports { name state } parentJob { key state } }\n  }\n": types.JobUpdatedSharedParentDocument,
    "\n  query LunFormChoices {\n    svms(filter: { name: \"svm_data\" }) { nodes { id name } }\n    performanceServiceLevels(filter: { name: \"Value\" }) { nodes { id name } }\n  }\n": types.LunFormChoicesDocument,
    "\n  mutation CreateLunFromForm($svm: ID!, $level: ID!) {\n    createLun(input: {\n      name: \"lun_form_01\"\n      space: { size: \"1073741824\" }\n      osType: LINUX\n      svm: { key: $svm }\n      performanceServiceLevel: { key: $level }\n    }) {\n      job { key state }\n    }\n  }\n": types.CreateLunFromFormDocument,
    "\n  query CreatedLun($key: ID!) {\n    job(key: $key) {\n      state\n      createdObject { id ... on Lun { name size svm { name } performanceServiceLevel { name } } }\n    }\n  }\n": types.CreatedLunDocument,
    "\n  query CreatedObject($key: ID!) {\n    job(key: $key) {\n      state\n      createdObject {\n        __typename\n        id\n        ... on Lun { name size svm { id } performanceServiceLevel { id } }\n        ... on Workload { key }\n        ... on Svm { key name }\n        ... on AccessEndpoint { key name }\n      }\n    }\n  }\n": types.CreatedObjectDocument,
    "\n  subscription CreatedObjectUpdates($key: ID!) {\n    jobUpdated(key: $key) { state createdObject { id ... on Lun { name } } }\n  }\n": types.CreatedObjectUpdatesDocument,
    "\n  query LunsWithLinks {\n    luns(first: 100) {\n      totalCount\n      nodes {\n        name\n        svm { name cluster { name } }\n        performanceServiceLevel { name }\n        storageEfficiencyPolicy { name }\n      }\n    }\n  }\n": types.LunsWithLinksDocument,
    "\n  subscription JobUpdated($key: ID!) {\n    jobUpdated(key: $key) { key state status terminal taskReports { name state } }\n  }\n": types.JobUpdatedDocument,
    "\n  subscription JobUpdatedWithParent($key: ID!) {\n    jobUpdated(key: $key) { key state parentJob { key spawnedJobSummary { completedJobs } } }\n  }\n": types.JobUpdatedWithParentDocument,
    "\n  query Job($key: ID!) {\n    job(key: $key) {\n      id\n      key\n      name\n      type\n      state\n      status\n      terminal\n      submitTime\n      completeTime\n      parentJobKey\n      spawnedJobSummary { totalJobs completedJobs successfulJobs }\n      taskReports { key name state status startTime completeTime failureReason }\n      results { name value }\n    }\n  }\n": types.JobDocument,
    "\n  query JobWithParent($key: ID!) {\n    job(key: $key) { key parentJob { key name spawnedJobSummary { totalJobs } } }\n  }\n": types.JobWithParentDocument,
    "\n  subscription JobsUpdated($filter: JobFilter) {\n    jobsUpdated(filter: $filter) { id key name type state status taskReports { name state } }\n  }\n": types.JobsUpdatedDocument,
    "\n  subscription JobsUpdatedCreated($filter: JobFilter) {\n    jobsUpdated(filter: $filter) { key state createdObject { ... on Svm { name } } }\n  }\n": types.JobsUpdatedCreatedDocument,
    "\n  query Jobs(\n    $first: Int\n    $after: String\n    $last: Int\n    $before: String\n    $filter: JobFilter\n    $orderBy: [JobOrder!]\n  ) {\n    jobs(first: $first, after: $after, last: $last, before: $before, filter: $filter, orderBy: $orderBy) {\n      totalCount\n      edges { cursor node { key } }\n      nodes { key name type state status parentJobKey }\n      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n    }\n  }\n": types.JobsDocument,
    "\n  query RecordedLookups {\n    clusters {\n      totalCount\n      nodes {\n        id key name uuid managementIp location contact isSanOptimized\n        version { full generation major minor }\n        totalCapacity usedCapacity availableCapacity\n        nodes { key name model health uptimeSeconds }\n      }\n    }\n    svms {\n      nodes {\n        id name state language subtype nfsEnabled cifsEnabled cifsServerName\n        aggregates { key name uuid }\n        cluster { id name }\n      }\n    }\n    performanceServiceLevels {\n      nodes {\n        id name systemDefined expectedIopsPerTb peakIopsPerTb absoluteMinIops\n        peakIopsAllocationPolicy expectedLatencyMs usedSpace availableSpace workloadCount\n        createTime updateTime\n      }\n    }\n    storageEfficiencyPolicies {\n      nodes { id name compression deduplication spaceThinProvisioned systemDefined createTime }\n    }\n    luns {\n      nodes {\n        id name size osType expectedIops peakIops\n        volume { name }\n        svm { id name }\n        performanceServiceLevel { id name }\n        storageEfficiencyPolicy { id }\n      }\n    }\n    fileShares { nodes { id name size expectedIops svm { id } } }\n  }\n": types.RecordedLookupsDocument,
    "\n  query RecordedEndpoints($resource: ID!) {\n    accessEndpoints(filter: { resourceKey: $resource }) {\n      totalCount\n      nodes { id name dataProtocols ipAddress netmask gateways vlan mtu wwpn }\n    }\n  }\n": types.RecordedEndpointsDocument,
    "\n  query RecordedLun($id: ID!) {\n    node(id: $id) { id ... on Lun { name osType operationalState size } }\n  }\n": types.RecordedLunDocument,
    "\n  query RecordedLunNames { luns { nodes { key name size } } }\n": types.RecordedLunNamesDocument,
    "\n  query FilteredLuns($filter: LunFilter) { luns(filter: $filter) { totalCount nodes { name } } }\n": types.FilteredLunsDocument,
    "\n  query FilteredSvms($filter: SvmFilter) { svms(filter: $filter) { totalCount nodes { name } } }\n": types.FilteredSvmsDocument,
    "\n  query Endpoints($filter: AccessEndpointFilter!) {\n    accessEndpoints(filter: $filter) { totalCount nodes { name dataProtocols svm { name } } }\n  }\n": types.EndpointsDocument,
    "\n  query SvmWithChildren($name: String!, $lunFilter: LunFilter) {\n    svms(filter: { name: $name }) {\n      nodes {\n        name\n        luns(filter: $lunFilter) { totalCount nodes { name } }\n        fileShares { totalCount nodes { name } }\n        cluster { name svms { totalCount nodes { name } } }\n      }\n    }\n  }\n": types.SvmWithChildrenDocument,
    "\n  query NodeById($id: ID!) {\n    node(id: $id) {\n      __typename\n      id\n      ... on Job { key state }\n      ... on Cluster { key name }\n      ... on Svm { key name }\n      ... on PerformanceServiceLevel { key name }\n      ... on StorageEfficiencyPolicy { key name }\n      ... on Lun { key name }\n      ... on FileShare { key name }\n      ... on AccessEndpoint { key name }\n    }\n  }\n": types.NodeByIdDocument,
    "\n  query NodesByIds($ids: [ID!]!) { nodes(ids: $ids) { __typename id } }\n": types.NodesByIdsDocument,
    "\n  mutation CreateLun($input: CreateLunInput!) {\n    createLun(input: $input) { job { key name type state status terminal taskReports { name state } results { name value } } }\n  }\n": types.CreateLunDocument,
    "\n  mutation UpdateLun($key: ID!, $input: UpdateLunInput!) {\n    updateLun(key: $key, input: $input) { job { key name type state status } }\n  }\n": types.UpdateLunDocument,
    "\n  mutation DeleteLun($key: ID!) { deleteLun(key: $key) { job { key name type state status } } }\n": types.DeleteLunDocument,
    "\n  mutation CreateFileShare($input: CreateFileShareInput!) {\n    createFileShare(input: $input) { job { key name type state status results { name value } } }\n  }\n": types.CreateFileShareDocument,
    "\n  mutation UpdateFileShare($key: ID!, $input: UpdateFileShareInput!) {\n    updateFileShare(key: $key, input: $input) { job { key name type state status } }\n  }\n": types.UpdateFileShareDocument,
    "\n  mutation DeleteFileShare($key: ID!) { deleteFileShare(key: $key) { job { key name type state } } }\n": types.DeleteFileShareDocument,
    "\n  mutation CreateAccessEndpoint($input: CreateAccessEndpointInput!) {\n    createAccessEndpoint(input: $input) { job { key name type state status results { name value } } }\n  }\n": types.CreateAccessEndpointDocument,
    "\n  mutation UpdateAccessEndpoint($key: ID!, $input: UpdateAccessEndpointInput!) {\n    updateAccessEndpoint(key: $key, input: $input) { job { key name type state } }\n  }\n": types.UpdateAccessEndpointDocument,
    "\n  mutation DeleteAccessEndpoint($key: ID!) { deleteAccessEndpoint(key: $key) { job { key name type state } } }\n": types.DeleteAccessEndpointDocument,
    "\n  mutation CreateSvm($input: CreateSvmInput!) {\n    createSvm(input: $input) { job { key name type state status taskReports { name } results { name value } } }\n  }\n": types.CreateSvmDocument,
    "\n  mutation UpdateSvm($key: ID!, $input: UpdateSvmInput!) {\n    updateSvm(key: $key, input: $input) { job { key name type state } }\n  }\n": types.UpdateSvmDocument,
    "\n  mutation DeleteSvm($key: ID!, $force: Boolean) { deleteSvm(key: $key, force: $force) { job { key name type state } } }\n": types.DeleteSvmDocument,
    "\n  mutation CreateBackup { createBackup { job { key name type state status results { name value } } } }\n": types.CreateBackupDocument,
    "\n  query JobAfterwards($key: ID!) {\n    job(key: $key) { key state status terminal taskReports { name state status failureReason } results { name value } }\n  }\n": types.JobAfterwardsDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query JobState($key: ID!) { job(key: $key) { key state status submitTime } }\n"): typeof import('./graphql.ts').JobStateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartBackupElsewhere {\n    createBackup { job { key name state } }\n  }\n"): typeof import('./graphql.ts').StartBackupElsewhereDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription ListSharedParent($filter: JobFilter) {\n    jobsUpdated(filter: $filter) { key state taskReports { name state } parentJob { key state } }\n  }\n"): typeof import('./graphql.ts').ListSharedParentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription ListSharedParentName($filter: JobFilter) {\n    jobsUpdated(filter: $filter) { key name parentJob { key name } }\n  }\n"): typeof import('./graphql.ts').ListSharedParentNameDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription JobUpdatedSharedParent($key: ID!) {\n    jobUpdated(key: $key) { key state taskReports { name state } parentJob { key state } }\n  }\n"): typeof import('./graphql.ts').JobUpdatedSharedParentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LunFormChoices {\n    svms(filter: { name: \"svm_data\" }) { nodes { id name } }\n    performanceServiceLevels(filter: { name: \"Value\" }) { nodes { id name } }\n  }\n"): typeof import('./graphql.ts').LunFormChoicesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateLunFromForm($svm: ID!, $level: ID!) {\n    createLun(input: {\n      name: \"lun_form_01\"\n      space: { size: \"1073741824\" }\n      osType: LINUX\n      svm: { key: $svm }\n      performanceServiceLevel: { key: $level }\n    }) {\n      job { key state }\n    }\n  }\n"): typeof import('./graphql.ts').CreateLunFromFormDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CreatedLun($key: ID!) {\n    job(key: $key) {\n      state\n      createdObject { id ... on Lun { name size svm { name } performanceServiceLevel { name } } }\n    }\n  }\n"): typeof import('./graphql.ts').CreatedLunDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CreatedObject($key: ID!) {\n    job(key: $key) {\n      state\n      createdObject {\n        __typename\n        id\n        ... on Lun { name size svm { id } performanceServiceLevel { id } }\n        ... on Workload { key }\n        ... on Svm { key name }\n        ... on AccessEndpoint { key name }\n      }\n    }\n  }\n"): typeof import('./graphql.ts').CreatedObjectDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription CreatedObjectUpdates($key: ID!) {\n    jobUpdated(key: $key) { state createdObject { id ... on Lun { name } } }\n  }\n"): typeof import('./graphql.ts').CreatedObjectUpdatesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LunsWithLinks {\n    luns(first: 100) {\n      totalCount\n      nodes {\n        name\n        svm { name cluster { name } }\n        performanceServiceLevel { name }\n        storageEfficiencyPolicy { name }\n      }\n    }\n  }\n"): typeof import('./graphql.ts').LunsWithLinksDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription JobUpdated($key: ID!) {\n    jobUpdated(key: $key) { key state status terminal taskReports { name state } }\n  }\n"): typeof import('./graphql.ts').JobUpdatedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription JobUpdatedWithParent($key: ID!) {\n    jobUpdated(key: $key) { key state parentJob { key spawnedJobSummary { completedJobs } } }\n  }\n"): typeof import('./graphql.ts').JobUpdatedWithParentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Job($key: ID!) {\n    job(key: $key) {\n      id\n      key\n      name\n      type\n      state\n      status\n      terminal\n      submitTime\n      completeTime\n      parentJobKey\n      spawnedJobSummary { totalJobs completedJobs successfulJobs }\n      taskReports { key name state status startTime completeTime failureReason }\n      results { name value }\n    }\n  }\n"): typeof import('./graphql.ts').JobDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query JobWithParent($key: ID!) {\n    job(key: $key) { key parentJob { key name spawnedJobSummary { totalJobs } } }\n  }\n"): typeof import('./graphql.ts').JobWithParentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription JobsUpdated($filter: JobFilter) {\n    jobsUpdated(filter: $filter) { id key name type state status taskReports { name state } }\n  }\n"): typeof import('./graphql.ts').JobsUpdatedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription JobsUpdatedCreated($filter: JobFilter) {\n    jobsUpdated(filter: $filter) { key state createdObject { ... on Svm { name } } }\n  }\n"): typeof import('./graphql.ts').JobsUpdatedCreatedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Jobs(\n    $first: Int\n    $after: String\n    $last: Int\n    $before: String\n    $filter: JobFilter\n    $orderBy: [JobOrder!]\n  ) {\n    jobs(first: $first, after: $after, last: $last, before: $before, filter: $filter, orderBy: $orderBy) {\n      totalCount\n      edges { cursor node { key } }\n      nodes { key name type state status parentJobKey }\n      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n    }\n  }\n"): typeof import('./graphql.ts').JobsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RecordedLookups {\n    clusters {\n      totalCount\n      nodes {\n        id key name uuid managementIp location contact isSanOptimized\n        version { full generation major minor }\n        totalCapacity usedCapacity availableCapacity\n        nodes { key name model health uptimeSeconds }\n      }\n    }\n    svms {\n      nodes {\n        id name state language subtype nfsEnabled cifsEnabled cifsServerName\n        aggregates { key name uuid }\n        cluster { id name }\n      }\n    }\n    performanceServiceLevels {\n      nodes {\n        id name systemDefined expectedIopsPerTb peakIopsPerTb absoluteMinIops\n        peakIopsAllocationPolicy expectedLatencyMs usedSpace availableSpace workloadCount\n        createTime updateTime\n      }\n    }\n    storageEfficiencyPolicies {\n      nodes { id name compression deduplication spaceThinProvisioned systemDefined createTime }\n    }\n    luns {\n      nodes {\n        id name size osType expectedIops peakIops\n        volume { name }\n        svm { id name }\n        performanceServiceLevel { id name }\n        storageEfficiencyPolicy { id }\n      }\n    }\n    fileShares { nodes { id name size expectedIops svm { id } } }\n  }\n"): typeof import('./graphql.ts').RecordedLookupsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RecordedEndpoints($resource: ID!) {\n    accessEndpoints(filter: { resourceKey: $resource }) {\n      totalCount\n      nodes { id name dataProtocols ipAddress netmask gateways vlan mtu wwpn }\n    }\n  }\n"): typeof import('./graphql.ts').RecordedEndpointsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RecordedLun($id: ID!) {\n    node(id: $id) { id ... on Lun { name osType operationalState size } }\n  }\n"): typeof import('./graphql.ts').RecordedLunDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RecordedLunNames { luns { nodes { key name size } } }\n"): typeof import('./graphql.ts').RecordedLunNamesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FilteredLuns($filter: LunFilter) { luns(filter: $filter) { totalCount nodes { name } } }\n"): typeof import('./graphql.ts').FilteredLunsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FilteredSvms($filter: SvmFilter) { svms(filter: $filter) { totalCount nodes { name } } }\n"): typeof import('./graphql.ts').FilteredSvmsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Endpoints($filter: AccessEndpointFilter!) {\n    accessEndpoints(filter: $filter) { totalCount nodes { name dataProtocols svm { name } } }\n  }\n"): typeof import('./graphql.ts').EndpointsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SvmWithChildren($name: String!, $lunFilter: LunFilter) {\n    svms(filter: { name: $name }) {\n      nodes {\n        name\n        luns(filter: $lunFilter) { totalCount nodes { name } }\n        fileShares { totalCount nodes { name } }\n        cluster { name svms { totalCount nodes { name } } }\n      }\n    }\n  }\n"): typeof import('./graphql.ts').SvmWithChildrenDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NodeById($id: ID!) {\n    node(id: $id) {\n      __typename\n      id\n      ... on Job { key state }\n      ... on Cluster { key name }\n      ... on Svm { key name }\n      ... on PerformanceServiceLevel { key name }\n      ... on StorageEfficiencyPolicy { key name }\n      ... on Lun { key name }\n      ... on FileShare { key name }\n      ... on AccessEndpoint { key name }\n    }\n  }\n"): typeof import('./graphql.ts').NodeByIdDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NodesByIds($ids: [ID!]!) { nodes(ids: $ids) { __typename id } }\n"): typeof import('./graphql.ts').NodesByIdsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateLun($input: CreateLunInput!) {\n    createLun(input: $input) { job { key name type state status terminal taskReports { name state } results { name value } } }\n  }\n"): typeof import('./graphql.ts').CreateLunDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateLun($key: ID!, $input: UpdateLunInput!) {\n    updateLun(key: $key, input: $input) { job { key name type state status } }\n  }\n"): typeof import('./graphql.ts').UpdateLunDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteLun($key: ID!) { deleteLun(key: $key) { job { key name type state status } } }\n"): typeof import('./graphql.ts').DeleteLunDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateFileShare($input: CreateFileShareInput!) {\n    createFileShare(input: $input) { job { key name type state status results { name value } } }\n  }\n"): typeof import('./graphql.ts').CreateFileShareDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateFileShare($key: ID!, $input: UpdateFileShareInput!) {\n    updateFileShare(key: $key, input: $input) { job { key name type state status } }\n  }\n"): typeof import('./graphql.ts').UpdateFileShareDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteFileShare($key: ID!) { deleteFileShare(key: $key) { job { key name type state } } }\n"): typeof import('./graphql.ts').DeleteFileShareDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateAccessEndpoint($input: CreateAccessEndpointInput!) {\n    createAccessEndpoint(input: $input) { job { key name type state status results { name value } } }\n  }\n"): typeof import('./graphql.ts').CreateAccessEndpointDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateAccessEndpoint($key: ID!, $input: UpdateAccessEndpointInput!) {\n    updateAccessEndpoint(key: $key, input: $input) { job { key name type state } }\n  }\n"): typeof import('./graphql.ts').UpdateAccessEndpointDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteAccessEndpoint($key: ID!) { deleteAccessEndpoint(key: $key) { job { key name type state } } }\n"): typeof import('./graphql.ts').DeleteAccessEndpointDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateSvm($input: CreateSvmInput!) {\n    createSvm(input: $input) { job { key name type state status taskReports { name } results { name value } } }\n  }\n"): typeof import('./graphql.ts').CreateSvmDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateSvm($key: ID!, $input: UpdateSvmInput!) {\n    updateSvm(key: $key, input: $input) { job { key name type state } }\n  }\n"): typeof import('./graphql.ts').UpdateSvmDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteSvm($key: ID!, $force: Boolean) { deleteSvm(key: $key, force: $force) { job { key name type state } } }\n"): typeof import('./graphql.ts').DeleteSvmDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateBackup { createBackup { job { key name type state status results { name value } } } }\n"): typeof import('./graphql.ts').CreateBackupDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query JobAfterwards($key: ID!) {\n    job(key: $key) { key state status terminal taskReports { name state status failureReason } results { name value } }\n  }\n"): typeof import('./graphql.ts').JobAfterwardsDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
