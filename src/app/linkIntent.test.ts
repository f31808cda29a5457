// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { HOVER_MS, watchLinkIntent } from './linkIntent';

describe('watchLinkIntent', () => {
  let stop: () => void = () => undefined;
  const seen: string[] = [];
  beforeEach(() => {
    seen.length = 0;
    window.history.replaceState(null, '', '/');
    document.body.innerHTML = `
      <a id="person" href="/?person=ada-vell"><span>Ada Vell</span></a>
      <a id="story" href="/articles/one">One</a>
      <a id="away" href="https://elsewhere.example/x">Elsewhere</a>
      <a id="tab" href="/articles/two" target="_blank">New tab</a>
      <a id="same" href="/#main">Same page</a>`;
    stop = watchLinkIntent(document, (url) => seen.push(url.pathname + url.search));
  });
  afterEach(() => {
    stop();
    vi.useRealTimers();
  });
  const press = (id: string, from = document.getElementById(id)!) =>
    from.dispatchEvent(new Event('pointerdown', { bubbles: true }));

  it('tells the address of a link of this site as soon as it is pressed (from inside it too)', () => {
    press('person', document.querySelector('#person span')!);
    press('story');
    expect(seen).toEqual(['/?person=ada-vell', '/articles/one']);
  });

  it('ignores links to other sites, to another tab, and to the page itself', () => {
    for (const id of ['away', 'tab', 'same']) press(id);
    expect(seen).toEqual([]);
  });

  it('tells a hovered link once the mouse has rested on it, not one merely crossed', () => {
    vi.useFakeTimers();
    const over = (id: string) => document.getElementById(id)!.dispatchEvent(new MouseEvent('mouseover', { bubbles: true }));
    over('story');
    over('person'); // moved on before HOVER_MS
    vi.advanceTimersByTime(HOVER_MS);
    expect(seen).toEqual(['/?person=ada-vell']);
  });

  it('stops when asked', () => {
    stop();
    press('story');
    expect(seen).toEqual([]);
  });
});
