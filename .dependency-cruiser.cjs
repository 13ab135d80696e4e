/**
 * The import rules of the layout (docs/ARCHITECTURE.md), checked by `npm run lint`.
 * Type-only imports count: a part that needs another's types depends on it.
 * @type {import('dependency-cruiser').IConfiguration}
 */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      comment: 'No two modules may need each other, directly or through others.',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    {
      name: 'aiqum-stands-alone',
      comment:
        'aiqum/ is the AIQUM API: the gateway and the simulator build on it, not it on them.',
      severity: 'error',
      from: { path: '^src/aiqum/' },
      to: { path: '^src/(live|schema|resolvers|http|simulator)/' },
    },
    {
      name: 'live-below-the-schema',
      comment:
        'live/ follows jobs through aiqum/; it knows nothing of GraphQL fields, HTTP or the simulator.',
      severity: 'error',
      from: { path: '^src/live/' },
      to: { path: '^src/(schema|resolvers|http|simulator)/' },
    },
    {
      name: 'simulator-speaks-only-wire',
      comment:
        'The simulator is an AIQUM: from the gateway it takes only the wire types, enums and filter syntax.',
      severity: 'error',
      from: { path: '^src/simulator/' },
      to: {
        path: '^src/',
        pathNot:
          '^src/(simulator/|aiqum/(wire-types|lookup-wire-types|operation-enums|filter-syntax)[.]ts$)',
      },
    },
    {
      name: 'schema-not-transport',
      comment:
        'schema/ declares fields over resolvers/, aiqum/ and live/; it never speaks HTTP or reaches the simulator.',
      severity: 'error',
      from: { path: '^src/schema/' },
      to: { path: '^src/(http|simulator)/' },
    },
  ],
  options: {
    includeOnly: '^src/',
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
  },
};
