/**
 * "The charges were put to Jo Roe after the match. At first he would say only: '…'", "Mr Roe was asked about the
 * deal. He said: '…'": a person a question or a charge was put to in the narration is the one who answers,
 * so a "he" or "she" right after means them, not an older subject who spoke before.
 */
import type { Mention } from './people.ts';

/** "were put to ", "was put to the " right before the name. */
const PUT_TO = /\b(?:was|were|been|being)\s+put\s+to\s+(?:the\s+)?$/;

/** " was asked", ", who was pressed" right after the name. */
const WAS_ASKED = /^(?:,\s+who)?\s+(?:was|were|had\s+been|has\s+been)\s+(?:later\s+|then\s+|also\s+)?(?:asked|questioned|pressed|quizzed|challenged)\b/;

/** Whether the mention names the person a question was put to, with at most `reach` characters to the pronoun. */
export function questionPutTo(text: string, m: Mention, docPos: number, reach = 300): boolean {
  if (docPos - m.end > reach) return false;
  return PUT_TO.test(text.slice(Math.max(0, m.start - 30), m.start)) || WAS_ASKED.test(text.slice(m.end, m.end + 40));
}
