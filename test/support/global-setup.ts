import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const ROOT_DIR = new URL('../../', import.meta.url).pathname;

/**
 * Runs once before every test run: says which Node runs the tests (CI runs them on two), and
 * builds `dist/` as `npm run build` does, since the process and container tests run the
 * compiled gateway as production does. Up to date, the build takes a fraction of a second.
 */
export default function setup(): void {
  console.log(`tests run on Node ${process.version}`);
  const expectedMajor = process.env.EXPECT_NODE_MAJOR;
  if (expectedMajor && process.versions.node.split('.')[0] !== expectedMajor) {
    throw new Error(`expects Node ${expectedMajor}, but the tests run on ${process.version}`);
  }
  execFileSync(
    process.execPath,
    [require.resolve('typescript/bin/tsc'), '-b', 'tsconfig.build.json'],
    {
      cwd: ROOT_DIR,
      stdio: 'inherit',
    },
  );
}
