import { readFileSync } from 'node:fs';
import { rootCertificates } from 'node:tls';
import { Agent } from 'undici';
import { ConfigError } from '../config.ts';
import type { Logger } from '../logger.ts';

export interface UpstreamTlsOptions {
  caFile: string | undefined;
  insecure: boolean;
}

/**
 * An undici Agent carrying the upstream TLS settings, or undefined when the system CAs do.
 * A CA file is trusted on top of the system CAs, as AIQUM often has a self-signed certificate.
 */
export function createUpstreamAgent(
  options: UpstreamTlsOptions,
  logger: Logger,
): Agent | undefined {
  if (options.insecure) {
    logger.warn(
      'AIQUM_TLS_INSECURE=true: upstream certificates are NOT verified; anyone on the path can read credentials',
    );
    return new Agent({ connect: { rejectUnauthorized: false } });
  }
  if (options.caFile) {
    let pem: string;
    try {
      pem = readFileSync(options.caFile, 'utf8');
    } catch (error) {
      throw new ConfigError(
        `AIQUM_CA_FILE expects a readable PEM file, but got '${options.caFile}'`,
        {
          cause: error,
        },
      );
    }
    if (!pem.includes('-----BEGIN CERTIFICATE-----')) {
      throw new ConfigError(
        `AIQUM_CA_FILE expects PEM certificates, but '${options.caFile}' has none`,
      );
    }
    return new Agent({ connect: { ca: [...rootCertificates, pem] } });
  }
  return undefined;
}
