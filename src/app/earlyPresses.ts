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

/**
 * Choices made in the page's selects (the list's Sort) before the app ran: each select shows the reader's
 * choice, but React never saw the change and hydrating resets the select to the app's value. The
 * pre-rendered option marked `selected` is the app's value, so any other shown value is the reader's.
 * Read before hydration, even when the choice came before this module ran.
 */
function earlyChoices(root: HTMLElement | null): Array<[HTMLSelectElement, string]> {
  if (!root) return [];
  return [...root.querySelectorAll('select')].flatMap((select): Array<[HTMLSelectElement, string]> => {
    const served = [...select.options].find((o) => o.defaultSelected) ?? select.options[0];
    return served && select.value !== served.value ? [[select, select.value]] : [];
  });
}

/** Stops noting (call just before React takes over `root`) and returns a function that presses them again. */
export function releaseEarlyPresses(): () => void {
  const presses = held ?? [];
  const choices = earlyChoices(heldOn);
  heldOn?.removeEventListener('click', note, true);
  held = null;
  heldOn = null;
  return () => {
    // Only elements React kept: a page drawn afresh replaced them, and its buttons start unpressed.
    for (const button of presses) if (button.isConnected) button.click();
    // Choose again, as the reader did: React hears the change now.
    for (const [select, value] of choices) {
      if (!select.isConnected) continue;
      select.value = value;
      select.dispatchEvent(new Event('change', { bubbles: true }));
    }
  };
}
