/**
 * HTML character references left in archive text (`Zo&#235;`, `caf&eacute;`, `&amp;`) become the
 * characters they stand for, once, before any parser or enrich step sees a line. Every offset the pipeline
 * stores (quotes, names) is computed on the decoded text, so a name such as `Jos&#233; Ruiz` is one name and
 * a quote's offsets never point into the middle of a reference.
 *
 * Only complete references (with the closing `;`) are decoded, so `AT&T` or `R&D` stay as written. A
 * reference to a character that must not appear in text (NUL, other controls, surrogates, beyond U+10FFFF)
 * is left as written; a line break written as a reference becomes a space, so line numbers stay those of
 * the file. Markup is not touched: the text is data and is always rendered as text.
 */

/** Named references: the markup-significant five, Latin-1 (accented letters, symbols) and typography. */
const NAMED: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0',
  iexcl: '¡', cent: '¢', pound: '£', curren: '¤', yen: '¥', brvbar: '¦', sect: '§', uml: '¨', copy: '©',
  ordf: 'ª', laquo: '«', not: '¬', shy: '\u00ad', reg: '®', macr: '¯', deg: '°', plusmn: '±', sup2: '²',
  sup3: '³', acute: '´', micro: 'µ', para: '¶', middot: '·', cedil: '¸', sup1: '¹', ordm: 'º', raquo: '»',
  frac14: '¼', frac12: '½', frac34: '¾', iquest: '¿', times: '×', divide: '÷',
  Agrave: 'À', Aacute: 'Á', Acirc: 'Â', Atilde: 'Ã', Auml: 'Ä', Aring: 'Å', AElig: 'Æ', Ccedil: 'Ç',
  Egrave: 'È', Eacute: 'É', Ecirc: 'Ê', Euml: 'Ë', Igrave: 'Ì', Iacute: 'Í', Icirc: 'Î', Iuml: 'Ï',
  ETH: 'Ð', Ntilde: 'Ñ', Ograve: 'Ò', Oacute: 'Ó', Ocirc: 'Ô', Otilde: 'Õ', Ouml: 'Ö', Oslash: 'Ø',
  Ugrave: 'Ù', Uacute: 'Ú', Ucirc: 'Û', Uuml: 'Ü', Yacute: 'Ý', THORN: 'Þ', szlig: 'ß',
  agrave: 'à', aacute: 'á', acirc: 'â', atilde: 'ã', auml: 'ä', aring: 'å', aelig: 'æ', ccedil: 'ç',
  egrave: 'è', eacute: 'é', ecirc: 'ê', euml: 'ë', igrave: 'ì', iacute: 'í', icirc: 'î', iuml: 'ï',
  eth: 'ð', ntilde: 'ñ', ograve: 'ò', oacute: 'ó', ocirc: 'ô', otilde: 'õ', ouml: 'ö', oslash: 'ø',
  ugrave: 'ù', uacute: 'ú', ucirc: 'û', uuml: 'ü', yacute: 'ý', thorn: 'þ', yuml: 'ÿ',
  OElig: 'Œ', oelig: 'œ', Scaron: 'Š', scaron: 'š', Yuml: 'Ÿ', Zcaron: 'Ž', zcaron: 'ž', fnof: 'ƒ',
  ndash: '–', mdash: '—', lsquo: '‘', rsquo: '’', sbquo: '‚', ldquo: '“', rdquo: '”', bdquo: '„',
  dagger: '†', Dagger: '‡', bull: '•', hellip: '…', permil: '‰', prime: '′', Prime: '″', lsaquo: '‹',
  rsaquo: '›', euro: '€', trade: '™', minus: '−', ensp: '\u2002', emsp: '\u2003', thinsp: '\u2009',
};

const REFERENCE = /&(?:#(\d{1,8})|#[xX]([0-9a-fA-F]{1,7})|([A-Za-z][A-Za-z0-9]{1,9}));/g;

function fromCodePoint(code: number, written: string): string {
  if (code === 0x0a || code === 0x0d) return ' ';
  if (code === 0x09) return '\t';
  const control = code < 0x20 || (code >= 0x7f && code < 0xa0);
  const surrogate = code >= 0xd800 && code <= 0xdfff;
  if (control || surrogate || code > 0x10ffff) return written;
  return String.fromCodePoint(code);
}

/** The text with every complete HTML character reference replaced by its character. */
export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(REFERENCE, (written, decimal: string | undefined, hex: string | undefined, name: string | undefined) => {
    if (decimal !== undefined) return fromCodePoint(Number.parseInt(decimal, 10), written);
    if (hex !== undefined) return fromCodePoint(Number.parseInt(hex, 16), written);
    return NAMED[name!] ?? written;
  });
}
