import { act } from 'react';
import { hydrateRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { MemoryRouter } from 'react-router';
import { afterEach, describe, expect, it } from 'vitest';
import { useQuoteTarget } from './useQuoteTarget';

// Hydration in a test: React's act() must know it is in charge.
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

afterEach(() => {
  document.body.innerHTML = '';
});

/** Hydrates a probe of the hook over the server's markup of the same address; counts the browser's renders. */
async function hydrate(url: string) {
  let renders = 0;
  const Probe = () => {
    renders++;
    return <p>{useQuoteTarget(['q1', 'q2']) ?? 'none'}</p>;
  };
  const tree = (
    <MemoryRouter initialEntries={[url]}>
      <Probe />
    </MemoryRouter>
  );
  const container = document.createElement('div');
  container.innerHTML = renderToString(tree);
  document.body.append(container);
  renders = 0;
  const recoverable: unknown[] = [];
  await act(async () => {
    hydrateRoot(container, tree, { onRecoverableError: (error) => recoverable.push(error) });
  });
  return { renders, text: container.textContent, recoverable };
}

describe('useQuoteTarget after hydration', () => {
  it('an address without a quote: the page is hydrated and not rendered again', async () => {
    expect(await hydrate('/articles/a-story')).toEqual({ renders: 1, text: 'none', recoverable: [] });
  });

  it('an address naming a quote: hydrated unmarked as served, then marked in the next render', async () => {
    expect(await hydrate('/articles/a-story#q2')).toEqual({ renders: 2, text: 'q2', recoverable: [] });
  });

  it('a quote the story does not have is not marked, and costs no second render', async () => {
    expect(await hydrate('/articles/a-story#q9')).toEqual({ renders: 1, text: 'none', recoverable: [] });
  });
});
