/** The address every URL in manifest.xml points at during development. */
export const DEV_BASE_URL: string;
/** The base URL with a trailing slash; throws unless it is https. */
export function normalizeBaseUrl(baseUrl: string): string;
/** Rewrites every development URL of the manifest to `baseUrl`. */
export function rewriteManifestUrls(xml: string, baseUrl: string): string;
