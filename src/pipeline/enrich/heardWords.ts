/**
 * `Jo Roe told the panel of the hostility she met: "Go home."`: the words after the colon are what the subject
 * heard (the taunt, the insult), not what the subject said. Whoever said them is not named, so no rule may
 * give them to the person telling the story, and the run they open is not that person's either.
 */

/** Nouns for hostile words someone was given. */
const HOSTILE_WORDS = '(?:hostility|abuse|taunts?|insults?|jibes?|jeers?|slurs?|sexism|racism|prejudice|heckling|threats?|catcalls?)';

/**
 * "of the sheer hostility …:", "about the abuse …:", "recalled the taunts …:": a hostile-words noun, then at
 * most a short clause without another quotation or sentence end, then the colon right before the quotation.
 */
const HEARD_LEAD = new RegExp(String.raw`\b(?:of|about|recalled|described|recounted|remembered)\s+(?:the\s+|some\s+)?(?:[\p{Ll}-]+\s+){0,2}${HOSTILE_WORDS}\b[^".!?\u201c\u201d]{0,90}:\s*$`, 'u');

/** Whether the clause right before a quotation (up to its opening mark) introduces words the subject heard. */
export function introducesHeardWords(lead: string): boolean {
  return HEARD_LEAD.test(lead);
}
