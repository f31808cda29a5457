/**
 * Invented page-text fixtures for tests: original sentences about a made-up harbour town, assembled into
 * the line layout archived pages use. Nothing here comes from a real article.
 */

export const UPDATE_WINTER = 'Page last updated at 09:15 GMT, Tuesday, 3 March 2009';
export const UPDATE_SUMMER = 'Page last updated at 16:05 GMT, Wednesday, 14 July 2010 17:05 UK';
export const HEADLINE = 'Harbour town votes for ferry link';

export const INTRO = 'Councillors in the harbour town of Lowmere have voted to build a ferry link to the island of Skarra.';
export const PARAGRAPHS = [
  'The plan had divided residents for more than two years.',
  'Supporters say the link will bring visitors and jobs to both shores.',
  '"This is the day our two communities stop living apart," said council leader Marta Kellgren.',
  'Opponents fear the crossing will raise rents on the island.',
  'The first sailing is expected next spring, officials said.',
] as const;

export const BOX_PARAGRAPHS = [
  'For a town that has argued about this for a generation, the vote was strikingly calm.',
  'The real test comes later, when the bills for the new piers arrive.',
  'Many on the island still doubt the timetable can be kept.',
] as const;

export const MAIN_AFTER_BOX = 'The ferry operator must still win a licence, she added.';

export const FURNITURE_TAIL = [
  'The BBC is not responsible for the content of external pages linked here',
  '',
  'Why lighthouse keepers are back in fashion',
  'The secret life of harbour seals',
  '',
  'Sign in',
  '',
  'BBC navigation',
  '',
  'Copyright \u00a9 2019 BBC. Outside links are not our responsibility. More here.',
  '',
  'This page is best viewed in a modern browser with its styles switched on.',
  '',
  'Americas Africa Europe Middle East South Asia Asia Pacific',
];

/** Related story pairs; the date lines use no-break spaces around the bar, as real pages do. */
export const RELATED_LINES = [
  'Island ferry plan faces vote',
  '02 Mar 09\u00a0|\u00a0 Scotland',
  'Profile: Lowmere council',
  '15 Jan 08 | UK Politics',
];

/** Join lines into page text: each element on its own line, blank lines between unless given explicitly. */
export function withBlankLines(elements: readonly string[]): string[] {
  return elements.flatMap((element, index) => (index === 0 ? [element] : ['', element]));
}

export function pageText(lines: readonly string[]): string {
  return lines.join('\n');
}

/** A complete page with caption, crosshead, pull quote, analysis box, related stories and furniture. */
export function fullPage(): string {
  return pageText([
    UPDATE_WINTER,
    '',
    HEADLINE,
    '',
    'Lowmere says yes to Skarra crossing',
    '',
    INTRO,
    '',
    PARAGRAPHS[0],
    '',
    PARAGRAPHS[1],
    '',
    "'Stop living apart'",
    '',
    PARAGRAPHS[2],
    '',
    'We have waited long enough for this crossing',
    'Marta Kellgren',
    '',
    PARAGRAPHS[3],
    '',
    'Rents and worries',
    '',
    PARAGRAPHS[4],
    '',
    'Tomas Varga',
    'BBC Scotland correspondent Tomas Varga',
    '',
    ...withBlankLines(BOX_PARAGRAPHS),
    '',
    MAIN_AFTER_BOX,
    '',
    'Print Sponsor',
    '',
    ...RELATED_LINES,
    '',
    ...FURNITURE_TAIL,
  ]);
}
