/**
 * The generator's word stock. Every name here is invented or generic (syllables combined into surnames
 * and towns, made-up organisations); none of it is taken from an archive, so generated collections
 * contain only the project's own sentences.
 */

export const MALE_FIRST_NAMES = [
  'Aldo', 'Anton', 'Arlen', 'Bastian', 'Bram', 'Callum', 'Cedric', 'Dario', 'Desmond', 'Emil', 'Ewan', 'Fabian',
  'Felix', 'Gareth', 'Gideon', 'Hamish', 'Henrik', 'Ivo', 'Jasper', 'Joel', 'Kasimir', 'Kieran', 'Lionel', 'Lucan',
  'Magnus', 'Matteo', 'Nikolai', 'Norris', 'Oswin', 'Otto', 'Pavel', 'Piers', 'Quentin', 'Rafael', 'Rowan', 'Rufus',
  'Silas', 'Stellan', 'Tobias', 'Tristan', 'Ulrich', 'Viktor', 'Wendell', 'Xavier', 'Yannick', 'Zoltan', 'Aled',
  'Bertil', 'Cormac', 'Dorian', 'Eamon', 'Fergal', 'Gustav', 'Hugo', 'Idris', 'Jonas', 'Konrad', 'Lars', 'Milan',
  'Niall', 'Orson', 'Percy', 'Reuben', 'Sandor', 'Teodor', 'Umberto', 'Vaughan', 'Wilfred',
] as const;

export const FEMALE_FIRST_NAMES = [
  'Adela', 'Agnieszka', 'Alma', 'Beatrix', 'Bronwen', 'Carys', 'Celeste', 'Dagny', 'Delphine', 'Edda', 'Elin',
  'Fenella', 'Freya', 'Greta', 'Gwenda', 'Hana', 'Hester', 'Ilse', 'Imogen', 'Ingrid', 'Jolene', 'Juno', 'Kamila',
  'Katrin', 'Leonie', 'Liesel', 'Maren', 'Mirela', 'Nadia', 'Nerys', 'Odile', 'Orla', 'Petra', 'Philippa', 'Rhona',
  'Rosalind', 'Saskia', 'Sigrid', 'Tamsin', 'Thea', 'Ulla', 'Vesna', 'Wilhelmina', 'Yara', 'Zofia', 'Annika',
  'Brigid', 'Clementine', 'Dorota', 'Esme', 'Flora', 'Gisela', 'Honor', 'Iris', 'Jessamy', 'Linnea', 'Marit',
  'Noor', 'Ottilie', 'Perpetua', 'Ronja', 'Solveig', 'Tilda', 'Verity',
] as const;

/** Surnames are built from a first and a second part: 24 × 18 combinations, most of them not real names. */
export const SURNAME_HEADS = [
  'Ash', 'Brack', 'Cald', 'Dun', 'Elm', 'Fairl', 'Garn', 'Hald', 'Ingle', 'Kell', 'Lang', 'Marsh', 'Nor', 'Orr',
  'Penn', 'Radl', 'Sel', 'Torr', 'Ved', 'Wick', 'Thorn', 'Brom', 'Quill', 'Stav',
] as const;
export const SURNAME_TAILS = [
  'ford', 'well', 'by', 'ton', 'more', 'ley', 'wood', 'stead', 'croft', 'ham', 'er', 'son', 'holt', 'ridge', 'den',
  'ick', 'ow', 'ane',
] as const;

/** Town names, also from parts. */
export const TOWN_HEADS = [
  'Ab', 'Bel', 'Cor', 'Dal', 'Ever', 'Fen', 'Glen', 'Hart', 'Kir', 'Lod', 'Mor', 'Ned', 'Oak', 'Pol', 'Red', 'Sand',
  'Tam', 'Ux', 'Wil', 'Yar',
] as const;
export const TOWN_TAILS = ['mouth', 'bury', 'wick', 'haven', 'field', 'minster', 'port', 'brook', 'stow', 'chester'] as const;

/** Countries and regions appear in news as places; these are generic geographic names, not text. */
export const REGIONS = [
  'the Baltic', 'the Balkans', 'the Caucasus', 'Central Asia', 'the Horn of Africa', 'the Andes', 'the Sahel',
  'Scandinavia', 'the Mediterranean', 'the Pacific islands', 'the Gulf', 'the Great Lakes region',
] as const;

export const ORG_HEADS = [
  'Northern', 'Western', 'National', 'Coastal', 'Highland', 'United', 'Royal', 'Federal', 'Central', 'Open', 'Free',
  'Independent', 'Allied', 'Metropolitan', 'Regional', 'Civic',
] as const;
export const ORG_SUBJECTS = [
  'Grain', 'Rail', 'Water', 'Freight', 'Teachers', 'Nurses', 'Farmers', 'Miners', 'Fisheries', 'Energy', 'Housing',
  'Broadcasting', 'Aviation', 'Steel', 'Textile', 'Shipping', 'Postal', 'Forestry', 'Dairy', 'Transit',
] as const;
export const ORG_KINDS = [
  'Council', 'Union', 'Authority', 'Association', 'Trust', 'Alliance', 'Company', 'Board', 'Federation', 'Institute',
  'Commission', 'Group',
] as const;

/** Subjects a story can be about: topics of kind "theme". */
export const THEMES = [
  'rail fares', 'flood defences', 'school meals', 'fishing quotas', 'pension reform', 'broadband coverage',
  'hospital waiting lists', 'fuel prices', 'youth unemployment', 'air quality', 'housing benefit', 'bus services',
  'farm subsidies', 'prison overcrowding', 'tuition fees', 'wind farms', 'water charges', 'mobile coverage',
  'police numbers', 'high street closures', 'organ donation', 'road tolls', 'ferry timetables', 'coastal erosion',
  'child poverty', 'care homes', 'library closures', 'energy bills', 'airport expansion', 'food labelling',
  'steel tariffs', 'grain exports', 'minimum wage', 'nuclear power', 'recycling targets', 'cycle lanes',
  'drought measures', 'press freedom', 'election funding', 'border checks', 'data protection', 'sports funding',
  'museum charges', 'rural post offices', 'teacher shortages', 'peace talks', 'refugee camps', 'trade talks',
  'interest rates', 'shipyard orders',
] as const;

/** Folders of the generated archive, biggest first: their sizes follow a Zipf curve. */
export const SECTIONS = [
  { folder: 'world', name: 'World' },
  { folder: 'uk', name: 'UK' },
  { folder: 'business', name: 'Business' },
  { folder: 'politics', name: 'Politics' },
  { folder: 'health', name: 'Health' },
  { folder: 'science', name: 'Science & Environment' },
  { folder: 'technology', name: 'Technology' },
  { folder: 'education', name: 'Education' },
  { folder: 'entertainment', name: 'Entertainment & Arts' },
  { folder: 'scotland', name: 'Scotland' },
  { folder: 'wales', name: 'Wales' },
  { folder: 'magazine', name: 'Magazine' },
] as const;

/** Sections that exist only in related-story lists, pointing outside the collection. */
export const OUTSIDE_SECTIONS = ['Americas', 'Europe', 'South Asia', 'Africa', 'Middle East', 'Asia-Pacific', 'Country profiles'] as const;

/** Roles: `{org}` and `{place}` are filled from the cast; the role is how the article introduces a person. */
export const ROLES = [
  'chief executive of {org}', 'chairman of {org}', 'head of {org}', 'general secretary of {org}',
  'a spokesperson for {org}', 'director of {org}', 'the mayor of {place}', 'the MP for {place}',
  'transport minister', 'health secretary', 'finance minister', 'opposition leader', 'foreign minister',
  'economics professor at the University of {place}', 'a farmer from {place}', 'a shopkeeper in {place}',
  'a headteacher in {place}', 'a lawyer acting for the families', 'the chief constable of {place}',
  'an analyst at {org}', 'the environment secretary', 'a local councillor in {place}', 'the trade envoy',
  'an engineer at {org}', 'a nurse in {place}', 'the committee chairwoman', 'the bishop of {place}',
] as const;

export const CORRESPONDENT_ROLES = [
  'Europe correspondent', 'political editor', 'economics editor', 'business correspondent', 'health correspondent',
  'science correspondent', 'security correspondent', 'arts correspondent', 'education correspondent',
  'environment analyst', 'world affairs correspondent', 'transport correspondent',
] as const;

export const BUREAU_CITIES = ['Westminster', 'Brussels', 'Geneva', 'Edinburgh', 'Cardiff', 'Belfast', 'Washington', 'Nairobi', 'Delhi', 'Tokyo'] as const;

export const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'] as const;
export const MONTHS = [
  'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November',
  'December',
] as const;

/** Verbs for headlines and reported speech. */
export const HEADLINE_VERBS = ['backs', 'rejects', 'delays', 'defends', 'questions', 'welcomes', 'attacks', 'reviews', 'halts', 'unveils'] as const;
export const ACTION_NOUNS = ['plan', 'review', 'deal', 'inquiry', 'ban', 'cut', 'bid', 'strike', 'reform', 'scheme', 'ballot', 'report'] as const;
export const ADJECTIVES = ['new', 'fresh', 'urgent', 'long-awaited', 'controversial', 'sweeping', 'modest', 'delayed', 'independent', 'joint'] as const;
export const NOUNS = [
  'families', 'workers', 'passengers', 'patients', 'pupils', 'residents', 'farmers', 'drivers', 'savers',
  'tenants', 'shoppers', 'voters', 'businesses', 'councils',
] as const;

/** Short phrases for crossheads (a few words, no final punctuation). */
export const CROSSHEADS = [
  'Rising costs', 'Next steps', 'Mixed reaction', 'Local anger', 'Long wait', 'Fresh doubts', 'Cautious welcome',
  'Under pressure', 'Money worries', 'Hard choices', 'Political row', 'Early signs', 'Safety concerns',
  'Legal challenge', 'Wider picture', 'A turning point', 'Second thoughts', 'Counting the cost',
] as const;

/** Titles of works and reports: words in quotation marks that are not speech. */
export const WORK_TITLES = [
  'Quiet Harbour', 'The Long Road North', 'Bread and Tides', 'Counting Sheep in the Rain', 'A Fair Share',
  'Lanterns Over the Marsh', 'The Salt Year', 'Homes for Everyone', 'Brighter Streets', 'The Weight of Water',
] as const;
export const WORK_KINDS = ['report', 'novel', 'documentary', 'album', 'play', 'white paper', 'exhibition'] as const;
