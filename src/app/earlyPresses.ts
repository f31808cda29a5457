/**
 * A pre-rendered page is on screen, and can be pressed, before the app has hydrated it. Links and forms
 * work without the app (a link loads its page, the search form submits to /search?q=…), but a button
 * only the app acts on (Filter stories, Show only, Share) would do nothing and the press would be lost.
 * Such presses are noted from the moment the entry runs and pressed again once React has hydrated the
 * page; from `hydrateRoot` on, React itself hydrates a pressed part first and delivers the event.
 */
let held: HTMLElement[] | null = null;
let heldOn: HTMLElement | null = null;

function note(event: MouseEvent): void {
  const target = event.target instanceof Element ? event.target.closest<HTMLElement>('button[type="button"]') : null;
  if (target && !target.hasAttribute('disabled')) held?.push(target);
}

/** Starts noting presses on the app's own buttons inside `root` (the pre-rendered page). */
export function holdEarlyPresses(root: HTMLElement): void {
  if (held) return;
  held = [];
  heldOn = root;
  root.addEventListener('click', note, true);
}

/** Stops noting (call just before React takes over `root`) and returns a function that presses them again. */
export function releaseEarlyPresses(): () => void {
  const presses = held ?? [];
  heldOn?.removeEventListener('click', note, true);
  held = null;
  heldOn = null;
  return () => {
    // Only elements React kept: a page drawn afresh replaced them, and its buttons start unpressed.
    for (const button of presses) if (button.isConnected) button.click();
  };
}
