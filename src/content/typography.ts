/**
 * Typographic quotation marks for display: straight `"` and `'` become curly ones, one character for one,
 * so every offset the pipeline recorded (quote start/end) still points at the same characters. The data is
 * never changed; only what is drawn.
 *
 * A mark opens after the start of the text, a space, an opening bracket, the end of a tag, a dash or another opening mark;
 * anything else closes it. An apostrophe inside a word (`don't`, `O'Neill`) is a closing single mark (’),
 * as in print; a leading elision (`'90s`) comes out as an opening mark — rare enough to accept.
 * Marks inside something written like a markup tag (`<a href="…">`) stay straight: that is code quoted in
 * the story, to be shown exactly as typed.
 */
const OPENS_AFTER = /[\s([{>\u2014\u2013\u201C\u2018\u00AB-]/;

export function curlyQuotes(text: string, before = ''): string {
  if (!text.includes('"') && !text.includes("'")) return text;
  let out = '';
  let inTag = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '<' && /[A-Za-z/!]/.test(text.charAt(i + 1))) inTag = true;
    else if (c === '>') inTag = false;
    if ((c !== '"' && c !== "'") || inTag) {
      out += c;
      continue;
    }
    const previous = i > 0 ? text[i - 1]! : before.slice(-1);
    const opening = previous === '' || OPENS_AFTER.test(previous);
    out += c === '"' ? (opening ? '\u201C' : '\u201D') : opening ? '\u2018' : '\u2019';
  }
  return out;
}
