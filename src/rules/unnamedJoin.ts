import { LETTER, WORD_CHAR } from './letters.js';

const FEW_SV = '(?:ett|en|två|tre|fyra|fem|några|ett par|[0-9]+)';
const FEW_EN = '(?:one|two|three|four|five|several|a few|a couple of|[0-9]+)';

/**
 * Since 4 December, a join with no country named and no label ("Ytterligare ett land har anslutit sig.", "Ett land till
 * har anslutit sig.", "Fler länder har anslutit sig.", "Another country has joined.", "More countries have joined."): the
 * countries more, in the perfect or with news, which the list cannot hold. Not a hope ("Fler länder behöver engagera
 * sig.", "More countries should join."), nor the list's own countries ("48 länder har anslutit sig.").
 */
export const UNNAMED_JOIN = new RegExp(
  `(?<![${WORD_CHAR}])(?:(?:ytterligare|ännu) ${FEW_SV} (?:nya )?(?:land|länder)|${FEW_SV} (?:land|länder) till|(?:ännu )?fler länder|` +
    `${FEW_EN} more countr(?:y|ies)|another countr(?:y|ies)|more countries)` +
    ` (?:(?:har|has|have)(?: (?:nu|också|även|i dag|idag|now|also|today))? (?:anslutit sig|gått med|skrivit under|undertecknat|tillkommit|joined|signed)|` +
    `(?:anslöt sig|gick med|undertecknade|joined|signed) (?:i dag|idag|nu|today|now))(?![${WORD_CHAR}])`,
  'i',
);

/**
 * Since 4 December, the alliance grown by a number of countries, with no label ("Alliansen har växt med ett land.",
 * "The alliance has grown by one country."): a join that names no country.
 */
export const ALLIANCE_GREW = new RegExp(
  `(?<![${WORD_CHAR}])(?:alliansen|initiativet|samarbetet) har (?:nu )?(?:växt|vuxit|utökats|ökat) med ${FEW_SV} (?:nya )?(?:land|länder|medlemmar|medlemsländer)(?![${WORD_CHAR}])|` +
    `(?<![${WORD_CHAR}])the (?:alliance|initiative) has (?:now )?(?:grown|expanded|increased) by ${FEW_EN} (?:new )?(?:countr(?:y|ies)|members?)(?![${WORD_CHAR}])`,
  'i',
);

/**
 * Since 4 December, the alliance's members counted now, with no label ("Alliansen har nu 49 medlemmar.", "The alliance
 * now has 49 members."): the count, set against the list's (the list's own, "Alliansen har nu 48 medlemmar.", agrees).
 */
export const MEMBERS_NOW = new RegExp(
  `(?<![${WORD_CHAR}])(?:(?:alliansen|initiativet|samarbetet) har (?:nu|numera)|the (?:alliance|initiative) (?:now has|has now)) ([0-9]+) (?:medlemmar|medlemsländer|länder|deltagare|members|member states|countries|participants)(?![${WORD_CHAR}])`,
  'i',
);

/**
 * Since 4 December, what greets a country by name right before it, in other words than "Välkommen Kanada!" ("Jag
 * välkomnar Kanada.", "Jag hälsar Kanada välkommen.", "Välkommen ombord, Kanada!", "Välkommen till alliansen, Kanada!",
 * "Welcome aboard, Canada!", "A warm welcome to Canada!"). Not a welcome to a place or to the blog ("Välkommen till
 * Kanada!", "Welcome to the blog, Canada!").
 */
export const WELCOME_BEFORE_NAME = new RegExp(
  `(?<![${WORD_CHAR}])(?:(?:välkommen|välkomna|welcome) (?:ombord|aboard|till alliansen|to the alliance|i alliansen|in the alliance),?|välkomnar|hälsar|welcomes|(?:warm|hearty|big|special) welcome to) $`,
  'i',
);

/** Since 4 December, what greets a country right after its name ("Kanada välkomnas.", "Canada is welcomed."). */
export const WELCOME_AFTER_NAME = new RegExp(`^(?: (?:välkomnas|hälsas välkommen|is welcomed|is welcome))(?![${WORD_CHAR}])`, 'i');

/** A welcome to somewhere after the name ("Vi välkomnar Kanada till mötet."), which greets a guest, not a member. */
export const WELCOME_ELSEWHERE = new RegExp(`^(?:[${LETTER}]|['’:]| (?:till|to) (?!alliansen|the alliance))`, 'i');
