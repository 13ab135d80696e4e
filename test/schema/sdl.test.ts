import { readFileSync } from 'node:fs';
import { buildSchema, lexicographicSortSchema, parse, print, printSchema, visit } from 'graphql';
import { describe, expect, it } from 'vitest';
import { schema } from '../../src/schema/index.ts';

describe('schema.graphql', () => {
  it('should match the schema the code builds (run npm run codegen when it does not)', () => {
    const committed = buildSchema(
      readFileSync(new URL('../../schema.graphql', import.meta.url), 'utf8'),
    );
    expect(printSchema(lexicographicSortSchema(committed))).toBe(
      printSchema(lexicographicSortSchema(schema)),
    );
  });

  it('should keep the fields of the contract in shared DESIGN.md', () => {
    // Descriptions aside: they explain the contract, they are not part of its shape.
    const sdl = print(
      visit(parse(printSchema(schema)), {
        enter: (node) => ('description' in node ? { ...node, description: undefined } : node),
      }),
    );
    expect(sdl).toContain('job(key: ID!): Job');
    expect(sdl).toMatch(/jobs\([^)]*first: Int = 20[^)]*\): JobConnection!/);
    expect(sdl).toContain('enum JobState {\n  RUNNING\n  COMPLETED\n  ABORTED\n  UNKNOWN\n}');
    expect(sdl).toContain('enum JobStatus {\n  NORMAL\n  WARNING\n  PARTIAL_FAILURES\n  ERROR\n}');
  });
});
