// Failures of an admin operation that an operator can act on (an unknown site, a site that
// is disabled). Their message is the whole story, so the CLI prints it without a stack.

export class AdminError extends Error {
  override name = 'AdminError';
}

export const noSuchSite = (siteId: string): AdminError =>
  new AdminError(`no site "${siteId}" (list them with: sieve sites list)`);
