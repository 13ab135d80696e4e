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
 * The undici Agent (the keep-alive connection pool) of upstream calls, with their TLS settings.
 * A CA file is trusted on top of the system CAs, as AIQUM often has a self-signed certificate.
 */
export function createUpstreamAgent(options: UpstreamTlsOptions, logger: Logger): Agent {
  if (options.insecure) {
    logger.warn(
      'AIQUM_TLS_INSECURE=true: upstream certificates are NOT verified; anyone on the path can read credentials',
    );
    return new Agent({ connect: { rejectUnauthorized: false } });
  }
  if (options.caFile)
    return new Agent({ connect: { ca: [...rootCertificates, readPem(options.caFile)] } });
  return new Agent();
}

function readPem(file: string): string {
  let pem: string;
  try {
    pem = readFileSync(file, 'utf8');
  } catch (error) {
    throw new ConfigError(`AIQUM_CA_FILE expects a readable PEM file, but got '${file}'`, {
      cause: error,
    });
  }
  if (!pem.includes('-----BEGIN CERTIFICATE-----')) {
    throw new ConfigError(`AIQUM_CA_FILE expects PEM certificates, but '${file}' has none`);
  }
  return pem;
}
