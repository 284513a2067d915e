/**
 * Since 4 December, a government named by its country's adjective ("Den svenska regeringen", "The French government"),
 * which joins, leaves or holds back as its country does, as one in the genitive does (`GOVERNMENT_OF`): the adjective
 * of each listed country and Canada, by the country's name in the adjective's language.
 */
import { LETTER } from './letters.js';

export const GOVERNMENT_ADJECTIVES: Readonly<Record<string, string>> = {
  albanska: 'Albanien', australiska: 'Australien', belgiska: 'Belgien', bulgariska: 'Bulgarien', kambodjanska: 'Kambodja',
  kroatiska: 'Kroatien', cypriotiska: 'Cypern', tjeckiska: 'Tjeckien', danska: 'Danmark', estniska: 'Estland',
  finska: 'Finland', franska: 'Frankrike', georgiska: 'Georgien', tyska: 'Tyskland', ghananska: 'Ghana',
  grekiska: 'Grekland', ungerska: 'Ungern', irländska: 'Irland', italienska: 'Italien', japanska: 'Japan',
  lettiska: 'Lettland', litauiska: 'Litauen', luxemburgska: 'Luxemburg', maltesiska: 'Malta', moldaviska: 'Moldavien',
  montenegrinska: 'Montenegro', nederländska: 'Nederländerna', holländska: 'Nederländerna', nyzeeländska: 'Nya Zeeland',
  nigerianska: 'Nigeria', norska: 'Norge', filippinska: 'Filippinerna', polska: 'Polen', portugisiska: 'Portugal',
  rumänska: 'Rumänien', serbiska: 'Serbien', slovakiska: 'Slovakien', slovenska: 'Slovenien', sydkoreanska: 'Sydkorea',
  spanska: 'Spanien', svenska: 'Sverige', schweiziska: 'Schweiz', thailändska: 'Thailand', turkiska: 'Turkiet',
  ukrainska: 'Ukraina', brittiska: 'Storbritannien', amerikanska: 'USA', vietnamesiska: 'Vietnam',
  österrikiska: 'Österrike', kanadensiska: 'Kanada',
  albanian: 'Albania', australian: 'Australia', belgian: 'Belgium', bulgarian: 'Bulgaria', cambodian: 'Cambodia',
  croatian: 'Croatia', cypriot: 'Cyprus', czech: 'Czech Republic', danish: 'Denmark', estonian: 'Estonia',
  finnish: 'Finland', french: 'France', georgian: 'Georgia', german: 'Germany', ghanaian: 'Ghana', greek: 'Greece',
  hungarian: 'Hungary', irish: 'Ireland', italian: 'Italy', japanese: 'Japan', latvian: 'Latvia',
  lithuanian: 'Lithuania', luxembourgish: 'Luxembourg', maltese: 'Malta', moldovan: 'Moldova', montenegrin: 'Montenegro',
  dutch: 'Netherlands', nigerian: 'Nigeria', norwegian: 'Norway', philippine: 'Philippines', polish: 'Poland',
  portuguese: 'Portugal', romanian: 'Romania', serbian: 'Serbia', slovak: 'Slovakia', slovenian: 'Slovenia',
  'south korean': 'South Korea', spanish: 'Spain', swedish: 'Sweden', swiss: 'Switzerland', thai: 'Thailand',
  turkish: 'Turkey', ukrainian: 'Ukraine', british: 'United Kingdom', american: 'United States', vietnamese: 'Vietnam',
  austrian: 'Austria', canadian: 'Canada',
};

/** The adjective, after an article or none, before the government's word: the adjective is group 1. */
export const GOVERNMENT_BY_ADJECTIVE = new RegExp(
  `(?<![${LETTER}])(?:(?:den|the) )?(${Object.keys(GOVERNMENT_ADJECTIVES).join('|')}) (?:regeringen|government|administration)(?![${LETTER}])`,
  'gi',
);
