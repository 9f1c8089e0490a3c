/** Types of config/addin-urls.js (CommonJS, required by webpack.config.js) for the tests. */
export const devUrl: string;
export const previewUrl: string;
export const defaultProductionUrl: string;
export function productionUrl(env?: Record<string, string | undefined>): string;
export function rebase(text: string, from: string, to: string): string;
export function productionManifest(devManifest: string, baseUrl?: string): string;
