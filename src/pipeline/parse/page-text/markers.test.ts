import { describe, expect, it } from 'vitest';
import { isBodyEndMarker, looksLikeUpdateLine, parseRelatedDateLine } from './markers.ts';

describe('looksLikeUpdateLine', () => {
  it('knows update lines, well formed or not', () => {
    expect(looksLikeUpdateLine('Page last updated at 09:15 GMT, Tuesday, 3 March 2009')).toBe(true);
    expect(looksLikeUpdateLine('Last Updated: Tuesday, 3 March 2009, 09:15 GMT 09:15 UK')).toBe(true);
    expect(looksLikeUpdateLine('Page last updated at')).toBe(true);
    expect(looksLikeUpdateLine('09:15 GMT, Tuesday, 3 March 2009 09:15 UK')).toBe(true);
  });

  it('does not take prose that mentions a time for one', () => {
    expect(looksLikeUpdateLine('Polls closed at 22:00 GMT on 5 May 2005.')).toBe(false);
    expect(looksLikeUpdateLine('The timetable was last updated in 2009')).toBe(false);
  });
});

describe('isBodyEndMarker', () => {
  it('accepts Print Sponsor and its variants only', () => {
    for (const line of ['Print Sponsor', 'PrintSponsor', 'print  sponsor', 'Print', 'Sponsor']) expect(isBodyEndMarker(line)).toBe(true);
    for (const line of ['Print this story for a friend', 'Sponsored content here', 'Printed matter']) expect(isBodyEndMarker(line)).toBe(false);
  });
});

describe('parseRelatedDateLine', () => {
  it('reads date and section with any spacing', () => {
    expect(parseRelatedDateLine('02 Mar 09\u00a0|\u00a0 Scotland')).toEqual({ date: '2009-03-02', section: 'Scotland' });
    expect(parseRelatedDateLine('2 Mar 09|UK Politics')).toEqual({ date: '2009-03-02', section: 'UK Politics' });
    expect(parseRelatedDateLine('02 Mar 09')).toEqual({ date: '2009-03-02', section: null });
  });

  it('rejects other lines', () => {
    expect(parseRelatedDateLine('02 Mar 09 was a Monday')).toBeNull();
    expect(parseRelatedDateLine('31 Feb 09 | Europe')).toBeNull();
    expect(parseRelatedDateLine('Island ferry plan faces vote')).toBeNull();
  });
});
