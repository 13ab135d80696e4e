import { LOOKUPS } from '../../aiqum/lookups.ts';
import { checkName } from './input-checks.ts';
import { type Operation, objectPath } from './run-operation.ts';
import { type InputObject, toUpdateBody, toUpstreamBody } from './upstream-body.ts';

const FILE_SHARES_PATH = LOOKUPS.fileShare.path;

function fileSharePath(key: string): string {
  return objectPath(FILE_SHARES_PATH, key, 'FileShare');
}

/** POST /storage-provider/file-shares (`fileshare`). */
export function createFileShareOperation(input: InputObject): Operation {
  checkName(input.name, 'input.name');
  return { method: 'POST', path: FILE_SHARES_PATH, body: toUpstreamBody(input) };
}

/** PATCH /storage-provider/file-shares/{key}: only the attributes given (one per call). */
export function updateFileShareOperation(key: string, input: InputObject): Operation {
  return { method: 'PATCH', path: fileSharePath(key), body: toUpdateBody(input) };
}

export function deleteFileShareOperation(key: string): Operation {
  return { method: 'DELETE', path: fileSharePath(key) };
}
