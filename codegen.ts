import type { CodegenConfig } from '@graphql-codegen/cli';
import { printSchema } from 'graphql';
import { schema } from './src/schema/index.ts';

const TYPED_DOCUMENTS_CONFIG = {
  documentMode: 'string',
  importExtension: '.ts',
  enumsAsTypes: true,
  useTypeImports: true,
  scalars: { DateTime: 'string', ID: 'string' },
} as const;

// The schema comes from the Pothos builder itself, so schema.graphql can never drift from it.
const config: CodegenConfig = {
  schema: printSchema(schema),
  ignoreNoDocuments: true,
  generates: {
    'schema.graphql': { plugins: ['schema-ast'] },
    'test/generated/': {
      documents: ['test/**/*.ts', 'bench/**/*.ts', '!test/generated/**'],
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: TYPED_DOCUMENTS_CONFIG,
    },
    'examples/live-jobs/src/generated/': {
      documents: ['examples/live-jobs/src/**/*.ts', '!examples/live-jobs/src/generated/**'],
      preset: 'client',
      // persisted-documents.json: what TRUSTED_DOCUMENTS takes; each document carries its hash.
      presetConfig: { fragmentMasking: false, persistedDocuments: { hashAlgorithm: 'sha256' } },
      // Sizes exceed 32 bits: the page sends them as decimal strings.
      config: {
        ...TYPED_DOCUMENTS_CONFIG,
        scalars: { ...TYPED_DOCUMENTS_CONFIG.scalars, Bytes: 'string' },
      },
    },
  },
};

export default config;
