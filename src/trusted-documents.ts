import { readFileSync } from 'node:fs';
import { parse } from 'graphql';

/** Operations the gateway serves in trusted mode: document id (hash) to document text. */
export type TrustedDocuments = ReadonlyMap<string, string>;

// GraphQL Code Generator writes hex hashes; anything else in a key is a sign of the wrong file.
const DOCUMENT_ID = /^[\w:.-]{1,128}$/;

/**
 * Reads the `persisted-documents.json` that GraphQL Code Generator's client preset writes with
 * `persistedDocuments: true`: one JSON object of document id to document text. Throws an Error
 * saying what is wrong with the file (unreadable, not JSON, not such an object, an empty one,
 * an id of the wrong form, a document that does not parse).
 */
export function readTrustedDocuments(file: string): TrustedDocuments {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new Error(`cannot read '${file}': ${(error as Error).message}`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new Error(`'${file}' is not JSON: ${(error as Error).message}`);
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    throw new Error(
      `'${file}' expects an object of document id to document, but got ${kindOf(json)}`,
    );
  }
  const documents = new Map<string, string>();
  for (const [id, document] of Object.entries(json)) {
    if (!DOCUMENT_ID.test(id)) {
      throw new Error(
        `'${file}' expects document ids of letters, digits and _:.-, but got '${id.slice(0, 140)}'`,
      );
    }
    if (typeof document !== 'string') {
      throw new Error(
        `'${file}' expects the document of '${id}' to be a string, but got ${kindOf(document)}`,
      );
    }
    try {
      parse(document);
    } catch (error) {
      throw new Error(
        `'${file}': the document of '${id}' does not parse: ${(error as Error).message}`,
      );
    }
    documents.set(id, document);
  }
  if (documents.size === 0) throw new Error(`'${file}' holds no document`);
  return documents;
}

const SHA256_PREFIX = 'sha256:';

/**
 * The document with this id. Code Generator writes `sha256:<hex>`; a client sending
 * `extensions.persistedQuery.sha256Hash` sends the bare hex, which finds it too.
 */
export function findTrustedDocument(documents: TrustedDocuments, id: string): string | undefined {
  return (
    documents.get(id) ??
    (id.startsWith(SHA256_PREFIX) ? undefined : documents.get(SHA256_PREFIX + id))
  );
}

function kindOf(value: unknown): string {
  if (value === null) return 'null';
  return Array.isArray(value) ? 'an array' : typeof value;
}
