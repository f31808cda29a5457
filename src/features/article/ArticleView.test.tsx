import { fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { castOf } from '../../pipeline/write/listShards';
import { sampleArticle, samplePeople } from '../../test/fixtures';
import { createTestQueryClient, renderWithProviders } from '../../test/render';
import { ArticleView } from './ArticleView';

function renderArticle(url = '/articles/ferry-timetable-changes', people = samplePeople) {
  const queryClient = createTestQueryClient();
  // As the pipeline writes it: the article names its own people (no people.json read).
  const article = { ...sampleArticle, cast: castOf(sampleArticle, new Map(people.map((p) => [p.id, p]))) };
  return renderWithProviders(<ArticleView article={article} />, { path: '/articles/:id', url, queryClient });
}

const location = () => screen.getByTestId('location').textContent;
const quoteClass = (id: string) => document.getElementById(id)!.className;

afterEach(() => vi.restoreAllMocks());

describe('ArticleView', () => {
  it('shows headline, update line in <time>, caption and image alt', () => {
    renderArticle();
    expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1);
    const time = document.querySelector('time')!;
    expect(time.getAttribute('datetime')).toBe('2011-07-08T16:05:00Z');
    // One clear UK time with its zone; GMT on demand.
    expect(time.textContent).toBe('17:05 BST, Friday 8 July 2011');
    expect(time.getAttribute('title')).toBe('16:05 GMT, Friday 8 July 2011');
    expect(document.querySelector('.update-line details')?.textContent).toBe('In GMT16:05 GMT, Friday 8 July 2011');
    expect(document.querySelector('figure.lead-media figcaption')?.textContent).toBe(sampleArticle.caption);
    expect(document.querySelector('figure.lead-media')?.textContent).toContain('Picture not archived');
    expect(document.querySelector('figure.lead-media')?.textContent).toContain('A white ferry at a stone pier');
  });

  it('lists people in the story with names from the article cast and quote counts here', () => {
    renderArticle();
    const sidebar = screen.getByRole('complementary', { name: 'People in this story' });
    // Each name links to the person's page; a quoted person has a toggle that says what it does.
    const marrow = within(sidebar).getByRole('link', { name: 'Elsie Marrow' });
    expect(marrow.getAttribute('href')).toBe('/people/elsie-marrow');
    expect(marrow.closest('li')!.textContent).toContain('3 quotes');
    expect(within(sidebar).getByRole('button', { name: 'Show only Elsie Marrow’s quotes' }).getAttribute('aria-pressed')).toBe('false');
    expect(within(sidebar).getByRole('link', { name: 'Tomas Brindle' }).closest('li')!.textContent).toContain('1 quote');
    // Named but not quoted: no toggle, still listed with a link to their page.
    expect(within(sidebar).queryByRole('button', { name: /Ruth Allard/ })).toBeNull();
    expect(within(sidebar).getByRole('link', { name: 'Ruth Allard' }).getAttribute('href')).toBe('/people/ruth-allard');
    // The legend: each quoted person's swatch matches the colour class of their quotes.
    const swatch = marrow.closest('li')!.querySelector('.speaker-swatch')!;
    const colour = [...swatch.classList].find((c) => c.startsWith('speaker-colour-'))!;
    expect(document.getElementById('q2')!.parentElement!.classList).toContain(colour);
    const brindle = within(sidebar).getByRole('link', { name: 'Tomas Brindle' }).closest('li')!.querySelector('.speaker-swatch')!;
    expect([...brindle.classList].find((c) => c.startsWith('speaker-colour-'))).not.toBe(colour);
    expect(within(sidebar).getByText('Speaker not identified')).toBeTruthy();
  });

  it('tells a person with a namesake in the collection apart in the story\'s people list, inside the link', () => {
    const people = samplePeople.map((p) => (p.id === 'tomas-brindle' ? { ...p, distinguishedAs: 'ferry pilot' } : p));
    renderArticle('/articles/ferry-timetable-changes', people);
    const sidebar = screen.getByRole('complementary', { name: 'People in this story' });
    expect(within(sidebar).getByRole('link', { name: 'Tomas Brindle (ferry pilot)' }).getAttribute('href')).toBe('/people/tomas-brindle');
    // No note for a name nobody else has.
    expect(within(sidebar).getByRole('link', { name: 'Elsie Marrow' })).toBeTruthy();
  });

  it('toggles a speaker filter kept in the URL, dimming other quotes but keeping them as text', () => {
    renderArticle();
    const button = screen.getByRole('button', { name: 'Show only Tomas Brindle’s quotes' });
    expect(button.getAttribute('aria-pressed')).toBe('false');
    fireEvent.click(button);
    expect(location()).toBe('/articles/ferry-timetable-changes?speaker=tomas-brindle');
    expect(screen.getByRole('button', { name: 'Show only Tomas Brindle’s quotes' }).getAttribute('aria-pressed')).toBe('true');
    expect(quoteClass('q5')).toContain('quote--chosen');
    expect(quoteClass('q1')).toContain('quote--dimmed');
    expect(document.getElementById('q1')!.textContent).toBe('\u201Ca fair deal for island families\u201D');
    expect(screen.getByRole('status').textContent).toContain('Showing only Tomas Brindle’s 1 quote');

    fireEvent.click(screen.getByRole('button', { name: 'Show all quotes' }));
    expect(location()).toBe('/articles/ferry-timetable-changes');
    expect(quoteClass('q1')).not.toContain('dimmed');
  });

  it('reads the speaker filter from a shared URL', () => {
    renderArticle('/articles/ferry-timetable-changes?speaker=elsie-marrow');
    expect(quoteClass('q2')).toContain('quote--chosen');
    expect(quoteClass('q5')).toContain('quote--dimmed');
  });

  it('ignores a speaker filter for someone with no quotes in this story', () => {
    renderArticle('/articles/ferry-timetable-changes?speaker=zofia-ilves');
    expect(document.querySelectorAll('.quote--dimmed')).toHaveLength(0);
  });

  it('marks and focuses the quote named in the hash', () => {
    renderArticle('/articles/ferry-timetable-changes#q3');
    const quote = document.getElementById('q3')!;
    expect(quote.className).toContain('is-marked');
    expect(document.activeElement).toBe(quote);
    // Every quote is a link to itself, so each is reachable by keyboard and its address can be copied.
    expect(quote.tagName).toBe('A');
    expect(quote.getAttribute('href')).toBe('/articles/ferry-timetable-changes#q3');
    expect(document.querySelectorAll('.is-marked')).toHaveLength(1);
  });

  it('scrolls to the marked quote without animation when the reader prefers reduced motion', () => {
    vi.spyOn(window, 'matchMedia').mockImplementation(
      (query: string) => ({ matches: query.includes('reduce'), media: query }) as MediaQueryList,
    );
    const scroll = vi.spyOn(Element.prototype, 'scrollIntoView');
    renderArticle('/articles/ferry-timetable-changes#q5');
    expect(scroll).toHaveBeenCalledWith({ block: 'center', behavior: 'auto' });
    expect(scroll.mock.contexts[0]).toBe(document.getElementById('q5'));
  });

  it('keeps the hash when the speaker filter changes', () => {
    renderArticle('/articles/ferry-timetable-changes#q3');
    fireEvent.click(screen.getByRole('button', { name: 'Show only Elsie Marrow’s quotes' }));
    expect(location()).toBe('/articles/ferry-timetable-changes?speaker=elsie-marrow#q3');
  });

  it('describes each quote by its speaker, and writes the name out only where the sentence does not', () => {
    renderArticle();
    const q2 = document.getElementById('q2')!;
    expect(document.getElementById(q2.getAttribute('aria-describedby')!)!.textContent).toBe('Quote by Elsie Marrow');
    const q6 = document.getElementById('q6')!;
    expect(document.getElementById(q6.getAttribute('aria-describedby')!)!.textContent).toBe('Speaker not identified');
    // "… said Ms Marrow." names her; the next sentence does not, so it ends with her name as a tag.
    const tags = [...document.querySelectorAll('.speaker-tag')].map((t) => t.textContent);
    expect(tags).toEqual(['Elsie Marrow']);
    expect(q2.closest('p')!.lastElementChild!.classList).toContain('speaker-tag');
  });

  it('links related stories in the collection and shows others as text', () => {
    renderArticle();
    const related = screen.getByRole('complementary', { name: 'Related stories' });
    expect(within(related).getByRole('link', { name: 'Pier repairs finished early' }).getAttribute('href')).toBe('/articles/pier-repairs');
    expect(within(related).getByText('2 May 2011')).toBeTruthy();
    expect(within(related).getByText('Fuel costs hit island routes').closest('a')).toBeNull();
    // No suggestions yet: no empty "More like this" box.
    expect(screen.queryByRole('complementary', { name: 'More like this' })).toBeNull();
  });
});
