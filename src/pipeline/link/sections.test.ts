import { describe, expect, it } from 'vitest';
import { resolveSections, sectionOfRelated, type SectionInput } from './sections.ts';

const page = (source: string, sections: Array<string | null>): SectionInput => ({
  source,
  format: 'page-text',
  related: sections.map((section) => ({ section })),
});
const plain = (source: string): SectionInput => ({ source, format: 'plain', related: [] });

describe('sections', () => {
  it('keeps a folder the collection’s pages name as a section; a page in another folder takes its related stories’ section', () => {
    const articles = [
      page('harbour/quay-closes.txt', ['Harbour', 'Valley', 'Harbour']),
      page('inbox/ferry-row.txt', ['Valley', 'Coast', 'Coast', 'Valley', 'Atlas pages']),
      page('inbox/no-furniture.txt', []),
    ];
    expect(resolveSections(articles)).toEqual(['Harbour', 'Valley', 'Inbox']);
  });

  it("takes a dataset's split folder (train, dev, test) for the collection folder above it", () => {
    const articles = [plain('harbour-news-2016/train/a.txt'), plain('harbour-news-2016/dev/b.txt'), plain('coast/test-match.txt'), plain('train/c.txt')];
    expect(resolveSections(articles)).toEqual(['Harbour News 2016', 'Harbour News 2016', 'Coast', 'Train']);
  });

  it('lets site.json rename a folder or say it is not a section', () => {
    const articles = [plain('tech/chips.txt'), page('scrape-2009/a.txt', ['Coast']), plain('scrape-2009/b.txt'), plain('loose/c.txt')];
    expect(resolveSections(articles, { tech: 'Technology', 'scrape-2009': null })).toEqual(['Technology', 'Coast', null, 'Loose']);
  });

  it('cases folder names nicely and gives no section to a file at the top', () => {
    expect(resolveSections([plain('middle-east/a.txt'), plain('a.txt')])).toEqual(['Middle East', null]);
  });

  it('takes the most frequent related section, the first listed on a tie, ignoring blanks', () => {
    expect(sectionOfRelated([{ section: 'Coast' }, { section: null }, { section: 'Valley' }, { section: 'valley' }])).toBe('Valley');
    expect(sectionOfRelated([{ section: 'Coast' }, { section: 'Valley' }])).toBe('Coast');
    expect(sectionOfRelated([])).toBeNull();
  });
});
