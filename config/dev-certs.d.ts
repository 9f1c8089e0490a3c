/** Types of config/dev-certs.js (CommonJS, required by webpack.config.js) for the tests. */
export interface CertificateFiles {
  ca: string;
  cert: string;
  key: string;
}
export function certificateFiles(directory?: string): CertificateFiles;
export function certificateProblem(files: CertificateFiles, now?: number): string | undefined;
export function ensureDevCertificates(options?: {
  directory?: string;
  now?: number;
  log?: (message: string) => void;
}): Promise<{ renewed: boolean; reason?: string }>;
export function devHttpsOptions(
  directory?: string,
): Promise<{ ca: Buffer; cert: Buffer; key: Buffer }>;
