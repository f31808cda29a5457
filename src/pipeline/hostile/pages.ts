/**
 * Invented page parts for the hostile-input tests: original sentences about a made-up harbour town
 * (Marrowby) and made-up people. Nothing here comes from a real article.
 */

export const UPDATE_LINE = 'Page last updated at 14:05 GMT, Tuesday, 3 March 2009 14:05 UK';
export const IMPOSSIBLE_UPDATE_LINE = 'Page last updated at 25:61 GMT, Monday, 31 February 2009 26:61 UK';

export const HEADLINE = 'Marrowby harbour to reopen after storm repairs';
export const CAPTION = 'Watch the new harbour gates close';

export const PARAGRAPHS = [
  'The harbour at Marrowby will reopen to fishing boats next week, the harbour board has said.',
  'Board chair Edda Vantreel said the repairs had cost more than expected but were finished "two weeks early".',
  '"We asked a lot of the crews and they delivered every single time," she said.',
  'Engineer Tomas Quillfeather said the new gates would "hold back a spring tide with room to spare".',
  'Skippers who moored in Fennick Bay during the works are expected back by the weekend.',
] as const;

export const CROSSHEAD = 'Gates and tides';

export const RELATED = ['Storm damages Marrowby sea wall', '12 Jan 09 |  England', 'Fennick Bay braces for extra boats', '14 Jan 09 |  England'];

/** A pull quote: the words without marks, then a line that is only the speaker's name. */
export const PULL_QUOTE = ['These are the strongest gates ever fitted on this stretch of coast', 'Tomas Quillfeather'];

/** An analysis box: correspondent, role line, then paragraphs in the correspondent's voice. */
export const ANALYSIS_BOX = [
  'Ruth Okonjo',
  'BBC harbour correspondent Ruth Okonjo',
  '',
  'For a town that lives on its boats, a closed harbour was never a mere inconvenience.',
  '',
  'The open question is whether the gates were built for the storms of the past or of the future.',
];

/** A complete page in the page-text layout: update line, headline, caption, body, end marker, related. */
export function validPageLines(options: { update?: string | null; headline?: string } = {}): string[] {
  const update = options.update === undefined ? UPDATE_LINE : options.update;
  const head = update === null ? [] : [update, ''];
  return [
    ...head,
    options.headline ?? HEADLINE,
    '',
    CAPTION,
    '',
    PARAGRAPHS[0],
    '',
    PARAGRAPHS[1],
    '',
    PARAGRAPHS[2],
    '',
    CROSSHEAD,
    '',
    PARAGRAPHS[3],
    '',
    PARAGRAPHS[4],
    '',
    ...PULL_QUOTE,
    '',
    ...ANALYSIS_BOX,
    '',
    'Print Sponsor',
    '',
    ...RELATED,
    '',
  ];
}

/** A page in the plain layout (headline, then one paragraph per line), as the 2004-05 collection has. */
export function plainPageLines(headline = 'Fennick Bay ferry timetable changes'): string[] {
  return [
    headline,
    '',
    'The ferry between Fennick Bay and Marrowby will run twice an hour from May, operators said.',
    'Passenger numbers rose by a third last summer, according to the operator Tidewell Lines.',
    '"We simply could not fit everyone on the boat," said Tidewell spokesman Aurel Penhallow.',
    'Residents had asked for a later last sailing on Fridays.',
  ];
}
