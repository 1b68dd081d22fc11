/** The end-to-end servers' ports and paths (playwright.config.ts starts them; specs address them). */

// E2E_PORT lets several checkouts on one machine run their suites at once without sharing a server.
export const PORT = Number(process.env.E2E_PORT) || 4173;
/** The sub-path build's server (tests/e2e/subpath.spec.ts): E2E_SUBPATH_PORT, else PORT + 1000. */
export const SUBPATH_PORT = Number(process.env.E2E_SUBPATH_PORT) || PORT + 1000;
/** The sub-path the second build is made for and served under. */
export const SUBPATH = '/cnn-atlas/';
