/**
 * Invented data for component tests. Every sentence, name and place here is made up for Verbatim's tests.
 */
import type { Article, ArticleSummary, Person, PersonPage, Quote } from '../content/schema';

const P0 =
  'Harbour master Elsie Marrow said the new ferry timetable was "a fair deal for island families" and would start in May.';
const P1 = '"We listened to every letter," said Ms Marrow. "Nobody will wait more than an hour."';
const P2 = 'The Quillan Ferry Company said the change was "under review" and declined to say more.';
const P3 = '"It is a start, but only a start," one passenger told reporters at the pier.';
const A0 = 'Islanders I spoke to were cautious. "Promises are cheap in winter," said Tomas Brindle, a fisherman.';

export const paragraphTexts = { P0, P1, P2, P3, A0 } as const;

export function quoteAt(
  id: string,
  text: string,
  blockText: string,
  block: number,
  speaker: Quote['speaker'],
  child: number | null = null,
): Quote {
  const start = blockText.indexOf(text);
  if (start < 0) throw new Error(`fixture quote "${text}" not in block`);
  return { id, text, speaker, block, child, start, end: start + text.length };
}

const marrow = { name: 'Elsie Marrow', personId: 'elsie-marrow', type: 'person' } as const;
const brindle = { name: 'Tomas Brindle', personId: 'tomas-brindle', type: 'person' } as const;

export const sampleArticle: Article = {
  id: 'ferry-timetable-changes',
  source: 'invented/ferry.txt',
  format: 'page-text',
  headline: 'Island ferry timetable to change in spring',
  updated: '2011-07-08T16:05:00Z',
  section: 'Scotland',
  caption: 'The morning ferry leaving Quillan pier',
  imageAlt: 'A white ferry at a stone pier',
  blocks: [
    { type: 'paragraph', text: P0, intro: true },
    { type: 'paragraph', text: P1 },
    { type: 'crosshead', text: 'Every letter', quoted: true },
    { type: 'paragraph', text: P2 },
    { type: 'pullquote', text: 'Nobody will wait more than an hour', speaker: marrow },
    {
      type: 'analysis',
      author: { name: 'Ruth Allard', role: 'Islands correspondent' },
      blocks: [{ type: 'paragraph', text: A0 }],
    },
    { type: 'crosshead', text: 'At the pier' },
    { type: 'paragraph', text: P3 },
  ],
  related: [
    { title: 'Pier repairs finished early', date: '2011-05-02', section: 'Scotland', id: 'pier-repairs' },
    { title: 'Fuel costs hit island routes', date: null, section: null, id: null },
  ],
  suggested: [],
  quotes: [
    quoteAt('q1', 'a fair deal for island families', P0, 0, marrow),
    quoteAt('q2', 'We listened to every letter,', P1, 1, marrow),
    quoteAt('q3', 'Nobody will wait more than an hour.', P1, 1, marrow),
    quoteAt('q4', 'under review', P2, 3, { name: 'The Quillan Ferry Company', personId: null, type: 'organisation' }),
    quoteAt('q5', 'Promises are cheap in winter,', A0, 5, brindle, 0),
    quoteAt('q6', 'It is a start, but only a start,', P3, 7, { name: null, personId: null, type: 'unknown' }),
  ],
  people: ['elsie-marrow', 'ruth-allard', 'tomas-brindle'],
  topics: [],
  wordCount: 120,
};

export const samplePeople: Person[] = [
  {
    id: 'elsie-marrow',
    name: 'Elsie Marrow',
    aliases: ['Ms Marrow'],
    descriptions: ['Harbour master', 'harbour master at Quillan'],
    role: 'Harbour master',
    articles: ['ferry-timetable-changes', 'pier-repairs'],
    quoteCount: 5,
  },
  {
    id: 'ruth-allard',
    name: 'Ruth Allard',
    aliases: [],
    descriptions: ['Islands correspondent'],
    role: 'Islands correspondent',
    articles: ['ferry-timetable-changes'],
    quoteCount: 0,
  },
  {
    id: 'tomas-brindle',
    name: 'Tomas Brindle',
    aliases: ['Mr Brindle'],
    descriptions: ['a fisherman'],
    role: 'fisherman',
    articles: ['ferry-timetable-changes'],
    quoteCount: 1,
  },
  {
    id: 'zofia-ilves',
    name: 'Zofia Ilves',
    aliases: [],
    descriptions: [],
    role: null,
    articles: ['pier-repairs'],
    quoteCount: 0,
  },
];

export const sampleCatalog: ArticleSummary[] = Array.from({ length: 23 }, (_, i) => ({
  id: i === 0 ? 'ferry-timetable-changes' : `invented-story-${i}`,
  headline: i === 0 ? sampleArticle.headline : `Invented story number ${i}`,
  updated: new Date(Date.UTC(2011, 6, 8 - i, 12)).toISOString(),
  section: i % 2 ? 'Business' : 'Scotland',
  standfirst: `An invented standfirst for story ${i}.`,
  people: i === 0 || i === 5 ? ['elsie-marrow'] : [],
  topics: [],
  quoteCount: i % 3,
}));

const { articles: marrowStories, ...marrowHead } = samplePeople[0]!;

export const samplePersonPage: PersonPage = {
  person: marrowHead,
  page: 1,
  pageCount: 1,
  pageSize: 20,
  quoteTotal: 3,
  storyTotal: marrowStories.length,
  quotes: [
    {
      articleId: 'ferry-timetable-changes',
      headline: sampleArticle.headline,
      updated: sampleArticle.updated,
      quoteId: 'q1',
      text: 'a fair deal for island families',
    },
    {
      articleId: 'ferry-timetable-changes',
      headline: sampleArticle.headline,
      updated: sampleArticle.updated,
      quoteId: 'q3',
      text: 'Nobody will wait more than an hour.',
    },
    {
      articleId: 'pier-repairs',
      headline: 'Pier repairs finished early',
      updated: '2011-05-02T10:00:00Z',
      quoteId: 'q2',
      text: 'The stones will outlast all of us.',
    },
  ],
  stories: sampleCatalog.filter((s) => s.people.includes('elsie-marrow')),
};
