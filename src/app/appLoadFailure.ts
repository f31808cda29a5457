import { reloadOnceForThisBuild } from './pageLoadError';

/**
 * The app's own code (src/app/start.tsx or React DOM) could not be downloaded: after a redeploy, one
 * reload fetches the new build. Otherwise a pre-rendered page stays as it is (it reads without the app,
 * and its links are plain links); an empty shell (a page never visited, offline) gets a plain message
 * instead of staying blank. Built with DOM calls: React is what failed to arrive.
 */
export function showAppLoadFailure(root: HTMLElement): void {
  if (reloadOnceForThisBuild() || root.childElementCount > 0) return;
  const section = document.createElement('section');
  section.className = 'state state--error';
  section.setAttribute('role', 'alert');
  const heading = document.createElement('h1');
  heading.textContent = 'This page could not be loaded';
  const message = document.createElement('p');
  message.textContent = navigator.onLine
    ? 'Part of the site could not be downloaded. Reload the page to try again.'
    : 'You are offline, and this page has not been saved for offline reading. Reload it once you are back online.';
  const retry = document.createElement('button');
  retry.type = 'button';
  retry.className = 'button';
  retry.textContent = 'Retry';
  retry.addEventListener('click', () => window.location.reload());
  const main = document.createElement('main');
  main.id = 'main';
  main.className = 'site-main';
  section.append(heading, message, retry);
  main.append(section);
  root.replaceChildren(main);
}
