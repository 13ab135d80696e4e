import { readFileSync } from 'node:fs';
import { DockerfileParser, type Instruction } from 'dockerfile-ast';

export const DOCKERFILE = new URL('../../Dockerfile', import.meta.url);

/** What the image's last stage (the one that runs) says, read with a real Dockerfile parser. */
export interface RuntimeStage {
  env: Record<string, string>;
  /** `CMD` in exec form. */
  cmd: string[];
  /** The command of `HEALTHCHECK CMD`, in exec form. */
  healthcheck: string[];
  stopSignal: string | undefined;
  user: string | undefined;
  expose: string[];
  /** `COPY` instructions: `from` is the stage copied from, undefined for the build context. */
  copies: { from: string | undefined; sources: string[]; destination: string }[];
}

export function readRuntimeStage(): RuntimeStage {
  const dockerfile = DockerfileParser.parse(readFileSync(DOCKERFILE, 'utf8'));
  const lastFrom = dockerfile.getFROMs().at(-1);
  if (!lastFrom) throw new Error('expects a FROM in the Dockerfile');
  const stage = dockerfile
    .getInstructions()
    .filter((instruction) => instruction.getRange().start.line > lastFrom.getRange().start.line);
  const only = (keyword: string) => stage.filter((item) => item.getKeyword() === keyword);
  const last = (keyword: string) => only(keyword).at(-1);
  const words = (instruction: Instruction | undefined) =>
    instruction?.getArguments().map((argument) => argument.getValue()) ?? [];

  const env: Record<string, string> = {};
  for (const instruction of dockerfile.getENVs().filter((item) => stage.includes(item))) {
    for (const property of instruction.getProperties()) {
      env[property.getName()] = property.getValue() ?? '';
    }
  }
  const healthcheck = last('HEALTHCHECK')?.getArgumentsContent() ?? '';
  const healthcheckCommand = healthcheck.slice(healthcheck.indexOf('CMD') + 'CMD'.length);
  return {
    env,
    cmd: execForm('CMD', last('CMD')?.getArgumentsContent()),
    healthcheck: execForm('HEALTHCHECK CMD', healthcheckCommand),
    stopSignal: words(last('STOPSIGNAL'))[0],
    user: words(last('USER'))[0],
    expose: only('EXPOSE').flatMap(words),
    copies: dockerfile
      .getCOPYs()
      .filter((copy) => stage.includes(copy))
      .map((copy) => {
        const paths = words(copy);
        const from = copy.getFlags().find((flag) => flag.getName() === 'from');
        return {
          from: from?.getValue() ?? undefined,
          sources: paths.slice(0, -1),
          destination: paths.at(-1) ?? '',
        };
      }),
  };
}

/** A command in JSON exec form; the shell form would hide the process behind `sh -c`. */
function execForm(what: string, content: string | null | undefined): string[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(content ?? '');
  } catch {
    throw new Error(`expects ${what} in exec form (a JSON array), but got '${content}'`);
  }
  if (!Array.isArray(parsed) || !parsed.every((word) => typeof word === 'string')) {
    throw new Error(`expects ${what} to be an array of strings, but got '${content}'`);
  }
  return parsed;
}
