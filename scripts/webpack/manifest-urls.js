/* eslint-disable */
/** The address every URL in manifest.xml points at during development. */
const DEV_BASE_URL = "https://localhost:3000/";

/**
 * Rewrites every development URL in the manifest (all occurrences, with or without the trailing
 * slash, as in `<AppDomain>`) to the production base URL.
 *
 * @example
 * rewriteManifestUrls('<X DefaultValue="https://localhost:3000/taskpane.html"/>', "https://credit.example.com")
 * // '<X DefaultValue="https://credit.example.com/taskpane.html"/>'
 */
function normalizeBaseUrl(baseUrl) {
  const withSlash = baseUrl.endsWith("/") ? baseUrl : `${baseUrl}/`;
  if (!/^https:\/\/[^\s"'<>]+\/$/.test(withSlash)) {
    throw new Error(`ADDIN_BASE_URL must be an https:// address, got "${baseUrl}".`);
  }
  return withSlash;
}

function rewriteManifestUrls(xml, baseUrl) {
  const withSlash = normalizeBaseUrl(baseUrl);
  // <AppDomain> holds an origin, not a base path.
  const origin = new URL(withSlash).origin;
  return xml.split(DEV_BASE_URL).join(withSlash).split(DEV_BASE_URL.slice(0, -1)).join(origin);
}

module.exports = { rewriteManifestUrls, normalizeBaseUrl, DEV_BASE_URL };
