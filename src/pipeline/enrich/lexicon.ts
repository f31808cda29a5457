/**
 * Word lists the enrich rules share. Kept in one place so a rule reads as grammar, not as vocabulary,
 * and so adding a word is a one-line change whose effect the eval shows at once.
 */

/** Speech and reporting verbs in every form news copy uses them. */
const SPEECH_STEMS = [
  ['say', 'says', 'said', 'saying'],
  ['add', 'adds', 'added', 'adding'],
  ['tell', 'tells', 'told', 'telling'],
  ['warn', 'warns', 'warned', 'warning'],
  ['insist', 'insists', 'insisted', 'insisting'],
  ['argue', 'argues', 'argued', 'arguing'],
  ['explain', 'explains', 'explained', 'explaining'],
  ['admit', 'admits', 'admitted', 'admitting'],
  ['claim', 'claims', 'claimed', 'claiming'],
  ['stress', 'stresses', 'stressed', 'stressing'],
  ['urge', 'urges', 'urged', 'urging'],
  ['announce', 'announces', 'announced', 'announcing'],
  ['ask', 'asks', 'asked', 'asking'],
  ['reply', 'replies', 'replied', 'replying'],
  ['note', 'notes', 'noted', 'noting'],
  ['write', 'writes', 'wrote', 'writing'],
  ['comment', 'comments', 'commented', 'commenting'],
  ['continue', 'continues', 'continued', 'continuing'],
  ['declare', 'declares', 'declared', 'declaring'],
  ['describe', 'describes', 'described', 'describing'],
  ['call', 'calls', 'called', 'calling'],
  ['confirm', 'confirms', 'confirmed', 'confirming'],
  ['concede', 'concedes', 'conceded', 'conceding'],
  ['suggest', 'suggests', 'suggested', 'suggesting'],
  ['accuse', 'accuses', 'accused', 'accusing'],
  ['praise', 'praises', 'praised', 'praising'],
  ['predict', 'predicts', 'predicted', 'predicting'],
  ['promise', 'promises', 'promised', 'promising'],
  ['state', 'states', 'stated', 'stating'],
  ['believe', 'believes', 'believed'],
  ['maintain', 'maintains', 'maintained'],
  ['reveal', 'reveals', 'revealed'],
  ['recall', 'recalls', 'recalled'],
  ['agree', 'agrees', 'agreed'],
  ['complain', 'complains', 'complained', 'complaining'],
  ['respond', 'responds', 'responded'],
  ['remark', 'remarks', 'remarked'],
  ['observe', 'observes', 'observed'],
  ['acknowledge', 'acknowledges', 'acknowledged'],
  ['emphasise', 'emphasises', 'emphasised', 'emphasize', 'emphasizes', 'emphasized'],
  ['pledge', 'pledges', 'pledged'],
  ['vow', 'vows', 'vowed'],
  ['boast', 'boasts', 'boasted'],
  ['joke', 'jokes', 'joked'],
  ['brand', 'brands', 'branded', 'branding'],
  ['label', 'labels', 'labelled', 'labeled', 'labeling'],
  ['dismiss', 'dismisses', 'dismissed', 'dismissing'],
  ['condemn', 'condemns', 'condemned', 'condemning'],
  ['criticise', 'criticises', 'criticised', 'criticising'],
  ['welcome', 'welcomes', 'welcomed'],
  ['reject', 'rejects', 'rejected'],
  ['deny', 'denies', 'denied'],
  ['forecast', 'forecasts'],
  ['report', 'reports', 'reported'],
  ['express', 'expresses', 'expressed'],
  ['hail', 'hails', 'hailed'],
  ['hope', 'hopes', 'hoped'],
  ['think', 'thinks', 'thought'],
  ['feel', 'feels', 'felt'],
  ['fear', 'fears', 'feared'],
  ['question', 'questions', 'questioned'],
  ['quip', 'quips', 'quipped'],
  ['reckon', 'reckons', 'reckoned'],
  ['conclude', 'concludes', 'concluded'],
  ['proclaim', 'proclaims', 'proclaimed'],
  ['blame', 'blames', 'blamed'],
  ['tweet', 'tweets', 'tweeted'],
  ['exclaim', 'exclaims', 'exclaimed'],
  ['interject', 'interjects', 'interjected'],
  ['implore', 'implores', 'implored'],
  ['emphasize', 'emphasizes', 'emphasized'],
  ['criticize', 'criticizes', 'criticized'],
  ['criticise', 'criticises', 'criticised'],
  ['post', 'posts', 'posted'],
  ['shout', 'shouts', 'shouted'],
  ['retort', 'retorts', 'retorted'],
  ['assert', 'asserts', 'asserted'],
  ['contend', 'contends', 'contended'],
  ['muse', 'muses', 'mused'],
  ['caution', 'cautions', 'cautioned'],
  // US political copy: "X answered:", "Y echoed:", "Z fumed", "he assured reporters".
  ['answer', 'answers', 'answered'],
  ['echo', 'echoes', 'echoed'],
  ['fume', 'fumes', 'fumed'],
  ['assure', 'assures', 'assured'],
  ['snipe', 'snipes', 'sniped'],
  ['opine', 'opines', 'opined'],
  ['blast', 'blasts', 'blasted'],
  ['vent', 'vents', 'vented'],
  ['denounce', 'denounces', 'denounced', 'denouncing'],
  ['decry', 'decries', 'decried'],
  ['thank', 'thanks', 'thanked'],
  ['remarking'],
];
export const SPEECH_VERBS: ReadonlySet<string> = new Set(SPEECH_STEMS.flat());

/** The verbs that introduce a direct quotation right next to it (`"…," X said`). A strict subset. */
export const ATTRIBUTION_VERBS: ReadonlySet<string> = new Set(
  [
    'say', 'says', 'said', 'add', 'adds', 'added', 'tell', 'tells', 'told', 'warn', 'warns', 'warned',
    'insist', 'insists', 'insisted', 'argue', 'argues', 'argued', 'explain', 'explains', 'explained',
    'admit', 'admits', 'admitted', 'claim', 'claims', 'claimed', 'stress', 'stresses', 'stressed',
    'urge', 'urges', 'urged', 'announce', 'announced', 'ask', 'asks', 'asked', 'reply', 'replied',
    'note', 'notes', 'noted', 'write', 'writes', 'wrote', 'comment', 'commented', 'continue', 'continued',
    'declare', 'declared', 'confirm', 'confirmed', 'concede', 'conceded', 'suggest', 'suggested',
    'predict', 'predicted', 'promise', 'promised', 'state', 'stated', 'recall', 'recalled',
    'complain', 'complained', 'respond', 'responded', 'remark', 'remarked', 'observe', 'observed',
    'acknowledge', 'acknowledged', 'joke', 'joked', 'quip', 'quipped', 'reckon', 'reckons', 'reckoned',
    'conclude', 'concluded', 'reveal', 'revealed', 'boast', 'boasted', 'vow', 'vowed', 'pledge', 'pledged',
    'believe', 'believes', 'believed', 'agree', 'agreed', 'maintain', 'maintained', 'emphasised',
    'emphasized', 'proclaimed', 'forecast', 'forecasts', 'insists', 'adds', 'tells',
    // US usage and written speech.
    'tweet', 'tweets', 'tweeted', 'exclaim', 'exclaims', 'exclaimed', 'interject', 'interjected',
    'implore', 'implored', 'emphasize', 'emphasizes', 'emphasise', 'emphasises', 'criticize', 'criticized',
    'criticise', 'criticised', 'post', 'posted', 'recalls', 'writes', 'shout', 'shouted', 'yell', 'yelled',
    'scoff', 'scoffed', 'chant', 'chanted', 'mock', 'mocked', 'quipped', 'cautioned', 'caution', 'retort',
    'retorted', 'elaborate', 'elaborated', 'assert', 'asserted', 'contend', 'contended', 'mused', 'joked',
    'agrees', 'counter', 'countered', 'opine', 'opined', 'pressed', 'interrupted', 'lamented', 'recounted',
    'answered', 'echoed', 'echoes', 'fumed', 'assured', 'sniped',
    // Only next to a quotation: "'…,' Roe charged", "'…!' beamed a delegate", "Roe boomed: '…'".
    'blasted', 'vented', 'denounced', 'decried', 'charged', 'beamed', 'boomed', 'cracked', 'gushed', 'thundered', 'deadpanned',
    'barked', 'retaliated', 'protested', 'demanded', 'alleged', 'retweeted', 'wondered', 'testified', 'whispered',
    'confessed', 'confided', 'groused', 'gloated', 'reiterated', 'chided', 'repeated', 'pondered', 'exhorted',
    'demurred', 'surmised', 'emailed', 'e-mailed', 'jeered',
  ],
);

/**
 * Title words that are also common given names: "Dean Roe" (two words, nothing before) is a man called Dean,
 * as it is in both corpora nearly every time; "the Dean of Ardley", "Dean Jo Roe" keep the title.
 */
export const GIVEN_NAME_TITLES: ReadonlySet<string> = new Set(['Dean']);

/** Courtesy titles: part of a mention ("Mr Rasmussen") but never of the name. */
export const COURTESY_TITLES: ReadonlySet<string> = new Set(['Mr', 'Mrs', 'Ms', 'Miss', 'Dr', 'Prof', 'Professor', 'Rev', 'Fr', 'Mr.', 'Mrs.', 'Ms.', 'Dr.', 'Prof.', 'Rev.', 'Fr.']);

/** Styles that stay part of the name (peers, knights, dames). */
export const NAME_STYLES: ReadonlySet<string> = new Set(['Sir', 'Lord', 'Lady', 'Dame', 'Baroness', 'Baron']);

export const MALE_TITLES: ReadonlySet<string> = new Set(['Mr', 'Mr.', 'Sir', 'Lord', 'Baron', 'King', 'Prince', 'Crown Prince', 'Pope', 'Father']);
export const FEMALE_TITLES: ReadonlySet<string> = new Set(['Mrs', 'Ms', 'Miss', 'Mrs.', 'Ms.', 'Lady', 'Dame', 'Baroness', 'Queen', 'Princess', 'Crown Princess', 'Sister']);

/**
 * Capitalised job titles and role words that come before a name ("Chancellor Gordon Brown",
 * "Secretary General Anders Fogh Rasmussen"). They belong to the description, not to the name.
 */
export const TITLE_WORDS: ReadonlySet<string> = new Set([
  'President', 'Vice', 'Prime', 'Minister', 'Chancellor', 'Secretary', 'General', 'Foreign', 'Home',
  'Chief', 'Executive', 'Governor', 'Senator', 'Sen', 'Rep', 'Representative', 'Congressman', 'Congresswoman',
  'Judge', 'Justice', 'Mayor', 'Councillor', 'Cllr', 'Ambassador', 'Commissioner', 'Inspector', 'Detective',
  'Sergeant', 'Constable', 'Captain', 'Colonel', 'Major', 'Lieutenant', 'Admiral', 'Commander', 'Marshal',
  'Corporal', 'Private', 'King', 'Queen', 'Prince', 'Princess', 'Pope', 'Archbishop', 'Bishop', 'Cardinal',
  'Father', 'Sister', 'Rabbi', 'Imam', 'Sheikh', 'Chairman', 'Chairwoman', 'Director', 'Manager', 'Coach',
  'Leader', 'Deputy', 'Shadow', 'Attorney', 'Solicitor', 'Health', 'Culture', 'Defence', 'Education',
  'Trade', 'Transport', 'Environment', 'Treasury', 'Economy', 'Interior', 'Finance', 'Agriculture',
  'Culture', 'Sports', 'Sport', 'Energy', 'Industry', 'Northern', 'Ireland', 'Scottish', 'Welsh', 'First',
  'Former', 'Ex', 'Acting', 'Interim', 'Founder', 'Editor', 'Professor', 'Dr', 'Doctor', 'DJ', 'MP', 'MEP', 'MSP', 'MLA',
  'Labour', 'Tory', 'Conservative', 'Liberal', 'Democrat', 'Republican', 'Democratic', 'Senior', 'Junior',
  'Gov', 'Gen', 'Lt', 'Col', 'Sgt', 'Capt', 'Adm', 'Maj', 'Cmdr', 'Supt', 'Insp', 'Det', 'DCI', 'Rt', 'Speaker', 'Anchor', 'Co-anchor', 'Nominee',
  'Chair', 'Press', 'Communications', 'Campaign', 'Pastor', 'Reverend', 'Counsel', 'Assistant', 'Adviser',
  'Advisor', 'Host', 'Majority', 'Minority', 'Whip', 'Sheriff', 'Superintendent', 'Spokesman', 'Spokeswoman',
  'Strategist', 'Chairperson', 'Presidential', 'Officer', 'CEO', 'Pollster', 'Correspondent', 'Recorder',
  'Head', 'Boss', 'Skipper', 'Striker', 'Midfielder', 'Goalkeeper', 'Defender', 'Winger', 'Manager',
  'Treasurer', 'Secretary-Treasurer', 'Advocate', 'Premier', 'Envoy', 'Dean', 'Provost', 'Chaplain', 'Magistrate', 'Coroner',
  // US local offices ("Chicago Alderman Jo C. Roe", "state Assemblywoman Jo Roe").
  'Alderman', 'Alderwoman', 'Councilman', 'Councilwoman', 'Councilor', 'Assemblyman', 'Assemblywoman', 'Comptroller',
]);

/** Lower-case role nouns: the head of a description ("the minister", "Nato's envoy", "Liverpool boss"). */
export const ROLE_NOUNS: ReadonlySet<string> = new Set([
  'president', 'minister', 'secretary', 'chancellor', 'envoy', 'ambassador', 'correspondent', 'editor',
  'reporter', 'journalist', 'analyst', 'economist', 'spokesman', 'spokeswoman', 'spokesperson', 'chief',
  'head', 'director', 'manager', 'boss', 'chairman', 'chairwoman', 'chair', 'executive', 'officer',
  'founder', 'co-founder', 'owner', 'governor', 'mayor', 'leader', 'captain', 'skipper', 'coach', 'player',
  'striker', 'midfielder', 'goalkeeper', 'keeper', 'defender', 'winger', 'forward', 'champion', 'athlete',
  'sprinter', 'runner', 'olympian', 'star', 'singer', 'songwriter', 'guitarist', 'bassist', 'drummer', 'keyboardist',
  'actor', 'actress', 'director', 'producer', 'writer', 'author', 'novelist', 'poet', 'artist', 'painter',
  'presenter', 'broadcaster', 'host', 'comedian', 'dancer', 'teacher', 'professor', 'lecturer', 'researcher',
  'scientist', 'expert', 'specialist', 'consultant', 'adviser', 'advisor', 'lawyer', 'barrister', 'solicitor',
  'judge', 'prosecutor', 'mp', 'mep', 'peer', 'senator', 'candidate', 'member', 'campaigner', 'activist',
  'commissioner', 'general', 'commander', 'officer', 'inspector', 'detective', 'chief', 'biographer',
  'widow', 'wife', 'husband', 'son', 'daughter', 'mother', 'father', 'brother', 'sister', 'partner',
  'neighbour', 'friend', 'colleague', 'compatriot', 'rival', 'deputy', 'dj', 'frontman', 'vocalist',
  'boyfriend', 'girlfriend', 'fiance', 'fiancee', 'fiancé', 'fiancée', 'nephew', 'niece', 'cousin',
  'grandson', 'granddaughter', 'grandfather', 'grandmother', 'stepson', 'stepdaughter', 'stepfather', 'stepmother',
  'boss', 'administrator', 'president', 'vice-president', 'treasurer', 'governor', 'entrepreneur',
  'businessman', 'businesswoman', 'banker', 'trader', 'investor', 'developer', 'designer', 'engineer',
  'programmer', 'critic', 'chef', 'model', 'designer', 'photographer', 'filmmaker', 'film-maker', 'organiser',
  'official', 'manager', 'economist', 'strategist', 'planner', 'organiser', 'pioneer', 'veteran',
  // Epithets for the person a report is about ("Teenager Jo Roe won …", "the youngster added").
  'youngster', 'teenager',
  'opener', 'batsman', 'bowler', 'captain', 'international', 'winner', 'medallist', 'holder', 'hopeful',
  'prime', 'mother-of-two', 'father-of-two', 'chairperson', 'boss', 'trainer', 'jockey', 'rider', 'driver',
  'cyclist', 'swimmer', 'boxer', 'golfer', 'bishop', 'archbishop', 'priest', 'vicar', 'rabbi', 'imam',
  'scrum-half', 'fly-half', 'hooker', 'flanker', 'full-back', 'centre-back', 'referee', 'umpire', 'rapper',
  'musician', 'pianist', 'violinist', 'composer', 'conductor', 'playwright', 'screenwriter', 'newsreader',
  'comic', 'rocker', 'superstar', 'diva', 'aide', 'footballer', 'cricketer', 'sportsman', 'sportswoman', 'master',
  'backbencher', 'frontbencher',
  // Trades that introduce someone as the others do ("her attorney Jo Roe", "beer magnate Jo Roe", "his physio").
  'attorney', 'magnate', 'tycoon', 'mogul', 'nanny', 'physio', 'physiotherapist', 'surgeon', 'nurse', 'doctor',
  'historian', 'sculptor', 'hurdler', 'tenor', 'soprano', 'ballerina', 'billionaire', 'millionaire', 'financier',
  'philanthropist', 'bodyguard', 'chauffeur', 'housekeeper', 'midwife', 'tutor', 'skier', 'rower', 'cameraman',
]);

/** Plural nouns that name a group of speakers ("critics say", "said the artists"). */
export const GROUP_NOUNS: ReadonlySet<string> = new Set([
  'critics', 'analysts', 'fans', 'experts', 'observers', 'campaigners', 'economists', 'officials',
  'ministers', 'mps', 'residents', 'judges', 'organisers', 'organizers', 'researchers', 'scientists',
  'opponents', 'supporters', 'protesters', 'protestors', 'activists', 'artists', 'groups', 'doctors',
  'teachers', 'parents', 'insiders', 'sources', 'witnesses', 'diplomats', 'investors', 'traders',
  'executives', 'bosses', 'users', 'consumers', 'voters', 'members', 'players', 'unions', 'lawyers',
  'police', 'officers', 'academics', 'commentators', 'reviewers', 'viewers', 'listeners', 'readers',
  'leaders', 'politicians', 'peers', 'scholars', 'historians', 'developers', 'gamers', 'musicians',
  'authors', 'producers', 'retailers', 'manufacturers', 'firms', 'companies', 'banks', 'charities',
  'workers', 'staff', 'employees', 'managers', 'owners', 'pupils', 'students', 'survivors', 'victims',
  'families', 'relatives', 'neighbours', 'locals', 'villagers', 'farmers', 'drivers', 'passengers',
  'commentators', 'pundits', 'bloggers', 'campaign groups', 'rebels', 'militants', 'insurgents', 'troops',
  'soldiers', 'senators', 'democrats', 'republicans', 'conservatives', 'environmentalists', 'scientists',
  'lawmakers', 'legislators', 'shareholders', 'bankers',
]);

/** Spokesperson words: an unnamed one speaks for a body, so the body is credited. */
export const SPOKES_WORDS: ReadonlySet<string> = new Set([
  'spokesman', 'spokeswoman', 'spokesperson', 'spokespeople', 'representative', 'statement', 'spokesmen',
  // Only when the text names the official's body (agents.ts, officialsBody).
  'official', 'officials',
]);

/** Words that make a capitalised phrase an organisation rather than a person. */
export const ORG_WORDS: ReadonlySet<string> = new Set([
  'Union', 'Council', 'Commission', 'Committee', 'Agency', 'Association', 'Bank', 'Bundesbank', 'Forum',
  'Department', 'Ministry', 'Office', 'Federation', 'Party', 'Embassy', 'Group', 'Inc', 'Ltd', 'plc', 'Plc',
  'Corporation', 'Corp', 'Society', 'Institute', 'University', 'College', 'School', 'Authority', 'Board',
  'Service', 'Services', 'Trust', 'Foundation', 'Fund', 'Organisation', 'Organization', 'Club', 'United',
  'City', 'Rovers', 'Athletic', 'Academy', 'Utd', 'Assembly', 'Parliament', 'Congress', 'Senate', 'Court',
  'Tribunal', 'Police', 'Army', 'Navy', 'Force', 'Government', 'Executive', 'Company', 'Co', 'Holdings',
  'Airways', 'Airlines', 'Records', 'Studios', 'Pictures', 'Entertainment', 'Media', 'News', 'Times',
  // "Warner Brothers", "Kraft Foods": a firm's head noun after a founder's (or any) name.
  'Brothers', 'Foods', 'Arts', 'Dairy', 'Dairies', 'Mining', 'Pharmaceuticals', 'Chemicals', 'Ballets',
  'Post', 'Telegraph', 'Guardian', 'Magazine', 'Network', 'Networks', 'Systems', 'Technologies',
  'Technology', 'Software', 'Labs', 'Laboratories', 'Research', 'Centre', 'Center', 'Chamber', 'League',
  'Alliance', 'Coalition', 'Movement', 'Front', 'Brigade', 'Commons', 'Lords', 'Cabinet', 'Treasury',
  // Company words of other languages: "Kestrel AG", "the Ardley Boerse", "Tarvane SpA"; news agencies'
  // ("Agence Ardley Presse", "Ardley Presse-Agentur", "Agenzia Ardley").
  'Boerse', 'Börse', 'Bourse', 'AG', 'GmbH', 'SA', 'SpA', 'NV', 'BV', 'Agence', 'Presse', 'Agentur', 'Agenzia', 'Agencia',
  // Charities: "Harbour Aid", "Age Concern", "Quayside Relief".
  'Aid', 'Concern', 'Relief',
  // US political action committees: "Our Principles PAC", "Right to Rise Pac".
  'PAC', 'Pac', 'PACs', 'SuperPAC',
  'Secretariat', 'Bureau', 'Institution', 'Agency', 'Watch', 'Opera', 'Ballet', 'Theatre', 'Orchestra',
  'Festival', 'Awards', 'Prize', 'Museum', 'Gallery', 'Library', 'Hospital', 'Church', 'Electric',
  'Motors', 'Energy', 'Oil', 'Gas', 'Telecom', 'Communications', 'Mobile', 'Airport', 'Railways', 'Rail',
  'Reserve', 'Exchange', 'Stock', 'Capital', 'Partners', 'Securities', 'Insurance', 'Investments',
  'Theater', 'Palace', 'Castle', 'Island', 'Islands', 'Cathedral', 'Abbey', 'Arena', 'Robot', 'Prize',
  'Records', 'Digital', 'Studio', 'Productions', 'Films', 'Music', 'Games', 'Software', 'Online',
  'Prison', 'Jail', 'Showcase', 'Rally', 'Trophy', 'Championship', 'Championships', 'Tournament', 'Amendment',
  'Treaty', 'Convention', 'Summit', 'Conference', 'Expo', 'Universal', 'Stores', 'Brewery', 'Hotel', 'Hotels',
  'Restaurant', 'Bar', 'Channel', 'Radio', 'Television', 'TV', 'Publishing', 'Publishers', 'Books',
  'Motor', 'Auto', 'Automotive', 'Airline', 'Bancorp',
  // Clubs and publishers named after a place or a founder ("Tarn Harriers", "Boca Juniors", "Quay Comics").
  'Harriers', 'Wanderers', 'Juniors', 'Comics', 'Town', 'Dons',
  // Plurals and trades of bodies ("Red Cross Societies", "Tolley Breweries", "Quorvan Broadcasting").
  'Societies', 'Associations', 'Breweries', 'Brewing', 'Broadcasting', 'Megastores', 'Fellowship',
]);

/** Endings of company names ("Teleservices", "Microsystems", "Infotech"): never a person's surname. */
export const ORG_ENDINGS = /(?:services|systems|soft|tech|tronics|works|ware|com|corp|media|net|ventures)$/i;

/**
 * Nouns for works (a film, an album, a game): a capitalised run right after one is the work's title, not
 * a person ("the film Quayside Nights", "her album Harbour Lights").
 */
export const WORK_NOUNS: ReadonlySet<string> = new Set([
  'film', 'movie', 'album', 'single', 'song', 'track', 'novel', 'book', 'play', 'musical', 'opera', 'ballet',
  'cartoon', 'sitcom', 'series', 'serial', 'show', 'programme', 'program', 'drama', 'comedy', 'thriller',
  'game', 'title', 'character', 'characters', 'role', 'hit', 'blockbuster', 'biopic', 'documentary', 'soap',
  'magazine', 'newspaper', 'paper', 'website', 'blog', 'column', 'brand', 'label', 'products', 'product',
  'tale', 'pantomime', 'band', 'epic', 'sequel', 'prequel', 'remake',
]);

/**
 * Words that open a sentence or a clause in capitals: they may start a capitalised run (or a speaker
 * phrase) without being part of a title or a name ("When Ms Roe …", "Asked about it, …").
 */
export const CLAUSE_OPENERS: ReadonlySet<string> = new Set([
  'The', 'A', 'An', 'And', 'But', 'Or', 'If', 'In', 'On', 'At', 'Of', 'For', 'From', 'To', 'With', 'By', 'As',
  'When', 'While', 'Whilst', 'After', 'Before', 'Since', 'Although', 'Though', 'Because', 'So', 'Yet', 'Then',
  'This', 'That', 'These', 'Those', 'It', 'He', 'She', 'They', 'We', 'I', 'You', 'There', 'Here', 'Where',
  'Whether', 'Until', 'Once', 'Unless', 'Meanwhile', 'However', 'Also', 'Now', 'Speaking', 'Asked', 'According',
  'Both', 'Even', 'Only', 'Instead', 'Despite', 'During', 'Under', 'Like', 'Unlike', 'Yesterday', 'Today',
  'Earlier', 'Later', 'Last', 'Next',
]);

/** Nationality nouns the suffix rule in `isDemonym` misses. */
const DEMONYM_WORDS: ReadonlySet<string> = new Set(
  ('Spaniard Briton Swede Dane Finn Pole Scot Turk Kiwi Aussie Zealander Yorker Londoner Icelander Islander ' +
    'Argentine German Croat Serb Czech Slovak Greek Cypriot Catalan Basque Israeli Iraqi Pakistani Bangladeshi ' +
    'Lankan Afghan Thai American Mexican African Dominican Moroccan').split(' '),
);

/**
 * A nationality or origin standing for a person: "Spaniard", "Brazilian", "Dutchman", "Japanese",
 * "Scottish" (the adjectives in -ish too: callers that need a noun exclude them).
 */
/** A nationality noun from the list itself, never from the suffix rule ("Scot", also a given name; not "Brian"). */
export function isListedDemonym(word: string): boolean {
  return DEMONYM_WORDS.has(word);
}

export function isDemonym(word: string): boolean {
  return DEMONYM_WORDS.has(word) || /^\p{Lu}\p{Ll}+(?:ian|ean|ese|ish|man|woman)$/u.test(word);
}

/** Days and months: a capitalised word next to a name that is a date, not part of it. */
export const DATE_WORDS: ReadonlySet<string> = new Set([
  'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday', 'January', 'February', 'March',
  'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December',
]);

/** Capitalised words that open a sentence or a run but are never part of a name. */
/**
 * Fictional characters famous enough that the news names them like people, with no word nearby to say
 * so ("a Mickey Mouse outfit"): never people. Only full names that belong to no real public figure.
 */
export const FICTIONAL_CHARACTERS: ReadonlySet<string> = new Set([
  'Mickey Mouse', 'Minnie Mouse', 'Donald Duck', 'Bugs Bunny', 'Daffy Duck', 'Homer Simpson', 'Bart Simpson',
  'Marge Simpson', 'Harry Potter', 'Hermione Granger', 'Ron Weasley', 'James Bond', 'Lara Croft', 'Sherlock Holmes',
  'Santa Claus', 'Father Christmas', 'Postman Pat', 'Indiana Jones', 'Luke Skywalker', 'Darth Vader', 'Han Solo',
  'Austin Powers', 'Bridget Jones', 'Alan Partridge', 'Basil Fawlty', 'Fred Flintstone', 'Peter Pan', 'Frodo Baggins',
  'Ebenezer Scrooge', 'Tracy Beaker', 'Clark Kent', 'Bruce Wayne', 'Lois Lane', 'Miss Piggy',
  // With the title word the name finder takes for a style or an office: the whole run is looked up.
  'King Kong', 'King Arthur', 'Captain Hook', 'Captain Kirk', 'Captain Scarlet', 'Doctor Who', 'Dr Who', 'Dr Evil',
]);

/** "I", "I'm", "my": a speaker in the first person singular (a body speaks as "we"). */
export const FIRST_PERSON_SINGULAR = /\b(?:I|I['\u2019](?:m|ve|d|ll)|me|my|myself)\b/;

/**
 * Firms and products the name finder knows are no person's name. Before a role noun they say whose the
 * role is ("Xbox frontman", "Nintendo boss"), as a club's or a broadcaster's name does.
 */
export const FIRM_AND_PRODUCT_WORDS: ReadonlySet<string> = new Set([
  'Google', 'Microsoft', 'Apple', 'Sony', 'Nintendo', 'Intel', 'IBM', 'Yahoo', 'Amazon', 'eBay',
  'Mac', 'PC', 'Xbox', 'PlayStation', 'iPod', 'Linux', 'Unix', 'Java', 'Firefox', 'Explorer',
]);

export const NOT_NAME_WORDS: ReadonlySet<string> = new Set([
  ...DATE_WORDS,
  'The', 'A', 'An', 'And', 'But', 'Or', 'If', 'In', 'On', 'At', 'Of', 'For', 'From', 'To', 'With', 'By',
  'As', 'When', 'While', 'After', 'Before', 'Since', 'Although', 'Though', 'Because', 'So', 'Yet', 'Then',
  'This', 'That', 'These', 'Those', 'It', 'Its', 'He', 'She', 'They', 'We', 'I', 'You', 'His', 'Her',
  'Their', 'Our', 'My', 'Your', 'There', 'Here', 'What', 'Which', 'Who', 'Whom', 'Whose', 'Where', 'Why',
  'How', 'Speaking', 'Asked', 'According', 'Meanwhile', 'However', 'Also', 'Now', 'Last', 'Next', 'Both',
  // Match reports: "Replacement Jo Doe made the most of it" (a label of the player, not a name).
  'Replacement', 'Substitute',
  // "Fellow Tory Jo Roe", "Fellow nominee Jo Roe": the word qualifies the role after it (no one is called so).
  'Fellow',
  // "the General Election": an event, never a surname after the rank (the lexicon does not know the word).
  'Election', 'Elections',
  'All', 'Some', 'Many', 'Most', 'Such', 'Other', 'Another', 'Every', 'Each', 'No', 'Not', 'Only', 'Even',
  'Just', 'Still', 'Mr', 'Mrs', 'Ms', 'Dr', 'Miss', 'Christmas', 'Easter', 'Britain', 'British', 'English',
  'European', 'American', 'Russian', 'French', 'German', 'Chinese', 'Japanese', 'Indian', 'Irish',
  'Scottish', 'Welsh', 'Greek', 'Spanish', 'Italian', 'Dutch', 'Danish', 'Swedish', 'Polish', 'Czech',
  'Israeli', 'Palestinian', 'Iraqi', 'Iranian', 'Afghan', 'Pakistani', 'Korean', 'African', 'Australian',
  'Canadian', 'Mexican', 'Brazilian', 'Argentine', 'Turkish', 'Egyptian', 'Syrian', 'Saudi', 'Muslim',
  'Jewish', 'Catholic', 'Protestant', 'Hindu', 'Sikh', 'Buddhist', 'Islamic', 'Western',
  'Eastern', 'Northern', 'Southern', 'Central', 'Global', 'International', 'National', 'Royal', 'New',
  'Old', 'Great', 'Grand', 'High', 'Low', 'Big', 'Little', 'Top', 'Premier', 'Championship', 'Cup',
  'Olympic', 'Olympics', 'Games', 'World', 'Euro', 'Internet', 'Web', 'Net', 'Online', 'Windows',
  'Act', 'Budget', 'Tory', 'Tories', 'Labour', 'Conservative', 'Conservatives', 'Liberal',
  'Democrats', 'Lib', 'Dems', 'Dem', 'Republicans', 'Democrat', 'Republican', 'Nato', 'NATO', 'BBC', 'UN',
  'EU', 'US', 'UK', 'USA', 'Commons', 'Lords', 'Parliament', 'Government', 'Cabinet', 'Downing',
  'Street', 'House', 'Senate', 'Congress', 'White', 'Home', 'Office', 'Foreign', 'Department', 'Court',
  'Bank', 'Treasury', 'City', 'Town', 'Road', 'Avenue', 'Square', 'Hall', 'Centre', 'Stadium',
  'Radio', 'TV', 'Television', 'Channel', 'Sky', 'ITV', 'CNN', 'Reuters', ...FIRM_AND_PRODUCT_WORDS, 'Instead', 'Despite', 'During', 'Under',
  'Over', 'Into', 'About', 'Against', 'Between', 'Among', 'Without', 'Within', 'Through', 'Until', 'Unless',
  'Whether', 'Like', 'Unlike', 'Perhaps', 'Indeed', 'Moreover', 'Furthermore', 'Overall', 'Finally',
  'Firstly', 'Secondly', 'Earlier', 'Later', 'Today', 'Yesterday', 'Tomorrow', 'Tonight', 'Sources',
  'Analysts', 'Critics', 'Officials', 'Experts', 'Fans', 'Police', 'Ministers', 'MPs', 'Scientists',
  'Researchers', 'Chancellor', 'President', 'Minister', 'Secretary', 'Prime', 'Chief', 'Executive',
  'Shadow', 'Deputy', 'Junior', 'Senior', 'Former', 'Ex', 'Festival', 'Awards', 'Award', 'Oscar', 'Oscars',
  'Grammy', 'Brit', 'Brits', 'Album', 'Film', 'Show', 'Series', 'Party', 'Union', 'Council', 'Commission',
  'Committee', 'Agency', 'Association', 'Forum', 'Ministry', 'Federation', 'Embassy', 'Group', 'Inc',
  'Ltd', 'Corporation', 'Society', 'Institute', 'University', 'Authority', 'Board', 'Service', 'Trust',
  'Foundation', 'Fund', 'Organisation', 'Club', 'United', 'Rovers', 'Athletic', 'Academy', 'Assembly',
  'PCs', 'DVD', 'CD', 'HD', 'GDP', 'Q', 'FA', 'Premiership', 'League', 'Cup', 'Open', 'Test', 'Six', 'Nations',
  'Super', 'Bowl', 'Grand', 'Prix', 'Formula', 'One', 'Two', 'Three', 'Four', 'Five', 'Ten', 'Hundred',
  'God', 'Allah', 'Jesus', 'Christ', 'Saint', 'St', 'Mount', 'Lake', 'River',
  // Words that open or close place names ("Port Essen", "Marrow Valley"), never a person's.
  'Port', 'Fort', 'Cape', 'Valley', 'Harbour', 'Isle', 'Strait', 'Gulf', 'Coast', 'County', 'Province',
  'Republic', 'Kingdom', 'Canal',
]);

export const PRONOUNS_MALE: ReadonlySet<string> = new Set(['he', 'him', 'his', 'himself']);
export const PRONOUNS_FEMALE: ReadonlySet<string> = new Set(['she', 'her', 'hers', 'herself']);
