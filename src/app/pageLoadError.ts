/**
 * A piece of the app's code (a page module, or the app itself) could not be downloaded: the reader is
 * offline and it was never saved, or the site was redeployed under an open tab and the old build's
 * chunk names are gone. Kept apart from other errors because the cure differs: a reload, which fetches
 * the current build, rather than asking for the same missing file again.
 */
export class PageLoadError extends Error {
  constructor(cause: unknown) {
    super('Part of the site could not be downloaded.', { cause });
    this.name = 'PageLoadError';
  }
}

const RELOADED_KEY = 'verbatim:reloaded-for-build';
/**
 * This build's identity: the address of the script holding this module, whose name carries a hash of
 * the build's code. A new deploy has a new address, so it may be reloaded for once more.
 */
const BUILD = import.meta.url;

/**
 * Whether a failed download should be answered with one automatic reload: online (offline, a reload
 * fetches nothing new) and not already reloaded for this build in this tab's session, so a file that is
 * missing from the current build as well ends in the error view instead of a reload loop. Records the
 * reload when it says yes; storage that cannot be used says no.
 */
export function claimReloadForThisBuild(): boolean {
  if (typeof navigator !== 'undefined' && !navigator.onLine) return false;
  try {
    if (sessionStorage.getItem(RELOADED_KEY) === BUILD) return false;
    sessionStorage.setItem(RELOADED_KEY, BUILD);
    return true;
  } catch {
    return false;
  }
}

/**
 * Reloads the page if `claimReloadForThisBuild` allows it (once per build and session, online only):
 * after a redeploy that fetches the new build, and the reader never sees an error. Says whether it did.
 */
export function reloadOnceForThisBuild(reload: () => void = () => window.location.reload()): boolean {
  if (!claimReloadForThisBuild()) return false;
  reload();
  return true;
}
