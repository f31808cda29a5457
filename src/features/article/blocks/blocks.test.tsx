import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { AnalysisBlock, Quote } from '../../../content/schema';
import { paragraphTexts, quoteAt, sampleArticle } from '../../../test/fixtures';
import { renderWithProviders } from '../../../test/render';
import { curlyQuotes } from '../../../content/typography';
import { AnalysisBox } from './AnalysisBox';
import { ArticleBlock } from './ArticleBlock';
import { Crosshead } from './Crosshead';
import { Paragraph } from './Paragraph';
import { PullQuote } from './PullQuote';

describe('Paragraph', () => {
  it('renders a <p> with quote runs carrying their ids and speakers, curly marks, and the text as written', () => {
    const quotes = sampleArticle.quotes.filter((q) => q.block === 1);
    const { container } = renderWithProviders(<Paragraph block={{ type: 'paragraph', text: paragraphTexts.P1 }} quotes={quotes} />);
    const paragraph = container.querySelector('p')!;
    expect(paragraph.className).toBe('paragraph');
    expect(container.querySelector('#q2')?.textContent).toBe('\u201CWe listened to every letter,\u201D');
    expect(container.querySelector('#q3')?.textContent).toBe('\u201CNobody will wait more than an hour.\u201D');
    // Without the one tag, every character of the paragraph is there, in its place (the speaker notes are
    // drawn by CSS from data-note, never part of the text).
    const copy = paragraph.cloneNode(true) as HTMLElement;
    copy.querySelectorAll('.speaker-tag').forEach((e) => e.remove());
    expect(copy.textContent).toBe(curlyQuotes(paragraphTexts.P1));
    expect(copy.textContent).toHaveLength(paragraphTexts.P1.length);
    // The first sentence names Ms Marrow; the second does not, so it ends with her name.
    expect([...paragraph.querySelectorAll('.speaker-tag')].map((t) => t.textContent)).toEqual(['Elsie Marrow']);
    expect(paragraph.lastElementChild?.classList).toContain('speaker-tag');
    expect([...paragraph.querySelectorAll('.quote-run')].map((t) => t.getAttribute('data-note'))).toEqual(['Quote by Elsie Marrow', 'Quote by Elsie Marrow']);
  });

  it('draws the intro paragraph as the standfirst', () => {
    const { container } = renderWithProviders(<Paragraph block={{ type: 'paragraph', text: 'Opening words.', intro: true }} quotes={[]} />);
    expect(container.querySelector('p.standfirst')?.textContent).toBe('Opening words.');
  });

  it('renders markup in the text as text, never as HTML', () => {
    const text = 'A <b>bold</b> claim & <script>alert(1)</script>';
    const { container } = renderWithProviders(<Paragraph block={{ type: 'paragraph', text }} quotes={[]} />);
    expect(container.querySelector('b, script')).toBeNull();
    expect(container.querySelector('p')?.textContent).toBe(text);
  });

  it('adds no tag where the sentence names an organisation, and none for an unknown speaker', () => {
    const org = sampleArticle.quotes.find((q) => q.id === 'q4')!;
    const unknown = sampleArticle.quotes.find((q) => q.id === 'q6')!;
    const { container } = renderWithProviders(
      <>
        <Paragraph block={{ type: 'paragraph', text: paragraphTexts.P2 }} quotes={[org]} />
        <Paragraph block={{ type: 'paragraph', text: paragraphTexts.P3 }} quotes={[unknown]} />
      </>,
    );
    expect(container.querySelectorAll('.speaker-tag')).toHaveLength(0);
    const notes = [...container.querySelectorAll('.quote-run')].map((t) => t.getAttribute('data-note'));
    expect(notes).toEqual(['Quote by The Quillan Ferry Company', 'Speaker not identified']);
    expect(container.querySelector('#q6')!.parentElement!.className).toContain('speaker-colour-unknown');
  });
});

describe('Crosshead', () => {
  it('is an <h2>', () => {
    renderWithProviders(<Crosshead block={{ type: 'crosshead', text: 'At the pier' }} />);
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('At the pier');
  });

  it('shows a quoted crosshead in single quotes', () => {
    renderWithProviders(<Crosshead block={{ type: 'crosshead', text: 'Every letter', quoted: true }} />);
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('\u2018Every letter\u2019');
  });
});

describe('PullQuote', () => {
  it('is a blockquote with the speaker in <cite>, linked to their page', () => {
    const { container } = renderWithProviders(
      <PullQuote block={{ type: 'pullquote', text: 'Tides wait for nobody', speaker: { name: 'Elsie Marrow', personId: 'elsie-marrow', type: 'person' } }} />,
    );
    expect(container.querySelector('blockquote')?.textContent).toBe('Tides wait for nobody');
    const cite = container.querySelector('figure figcaption cite')!;
    expect(within(cite as HTMLElement).getByRole('link', { name: 'Elsie Marrow' }).getAttribute('href')).toBe('/people/elsie-marrow');
  });

  it('shows the name without a link when the speaker is not in the index', () => {
    const { container } = renderWithProviders(
      <PullQuote block={{ type: 'pullquote', text: 'Not today', speaker: { name: 'A harbour spokesman', personId: null, type: 'organisation' } }} />,
    );
    expect(container.querySelector('cite')?.textContent).toBe('A harbour spokesman');
    expect(container.querySelector('cite a')).toBeNull();
  });
});

describe('AnalysisBox', () => {
  const block = sampleArticle.blocks[5] as AnalysisBlock;

  it('is a labelled <aside> headed by the correspondent and role, with its paragraphs', () => {
    renderWithProviders(<AnalysisBox block={block} blockIndex={5} quotes={sampleArticle.quotes} />);
    const box = screen.getByRole('complementary');
    const heading = within(box).getByRole('heading', { level: 2 });
    expect(box.getAttribute('aria-labelledby')).toBe(heading.id);
    expect(heading.textContent).toContain('Ruth Allard');
    expect(heading.textContent).toContain('Islands correspondent');
    expect(box.querySelectorAll('p')).toHaveLength(1);
  });

  it('highlights quotes by child index inside the box', () => {
    const { container } = renderWithProviders(<AnalysisBox block={block} blockIndex={5} quotes={sampleArticle.quotes} />);
    expect(container.querySelector('#q5')?.textContent).toBe('\u201CPromises are cheap in winter,\u201D');
    expect(container.querySelector('#q5')!.parentElement!.getAttribute('data-note')).toBe('Quote by Tomas Brindle');
  });

  it('ignores a quote whose child index points past the box paragraphs', () => {
    const stray: Quote = { ...quoteAt('q7', 'Promises are cheap in winter,', paragraphTexts.A0, 5, sampleArticle.quotes[4]!.speaker, 0), child: 3 };
    const { container } = renderWithProviders(<AnalysisBox block={block} blockIndex={5} quotes={[stray]} />);
    expect(container.querySelector('#q7')).toBeNull();
  });
});

describe('ArticleBlock', () => {
  it('renders each block type with its own component', () => {
    const { container } = renderWithProviders(
      <>
        {sampleArticle.blocks.map((b, i) => (
          <ArticleBlock key={i} block={b} index={i} quotes={sampleArticle.quotes} />
        ))}
      </>,
    );
    expect(container.querySelectorAll('p.standfirst')).toHaveLength(1);
    expect(container.querySelectorAll('h2.crosshead')).toHaveLength(2);
    expect(container.querySelectorAll('blockquote')).toHaveLength(1);
    expect(container.querySelectorAll('aside.analysis')).toHaveLength(1);
    expect(container.querySelectorAll('.quote')).toHaveLength(sampleArticle.quotes.length);
  });
});
