import { describe, expect, it, vi } from 'vitest';
import { extractStatistics, readStatistics } from '../src/extract/statistics.js';
import { classifyCommitment, extractCommitments, readCommitment, wording, type FoundCommitments } from '../src/extract/commitments.js';
import type { Block } from '../src/text/blocks.js';

// One part of the tool tried alone: see test/helpers/everyWordKnown.ts.
vi.mock('../src/rules/lexicon.js', () => import('./helpers/everyWordKnown.js'));

const paragraph = (text: string): Block => ({ kind: 'paragraph', text, links: [], start: 0, owner: undefined });
const item = (text: string): Block => ({ ...paragraph(text), kind: 'item' });

describe('statistics', () => {
  it.each([
    ['sv', 'Ett år senare står 48 länder*, alltså inte bara EU och USA, bakom initiativet.', 'participating-countries', 48, null, null, null],
    ['en', 'A year later 48 countries*, not only the EU and the US, stand behind the initiative.', 'participating-countries', 48, null, null, null],
    ['sv', 'Mer än en miljon bilder på barn beräknas ligga ute på nätet.', 'abuse-images-online', 1000000, 'more-than', null, null],
    ['en', 'More than one million images of children are estimated to be online.', 'abuse-images-online', 1000000, 'more-than', null, null],
    ['sv', 'Enligt FN:s drog- och brottsbekämpningsbyrå (UNODC) läggs 50 000 nya barnpornografiska bilder ut varje år.', 'new-abuse-images-per-year', 50000, null, 'year', 'UNODC'],
    ['en', 'According to UNODC, 500,000 new child abuse images are put online every year.', 'new-abuse-images-per-year', 500000, null, 'year', 'UNODC'],
    ['sv', 'År 2011 ledde operation Rescue till att 779 misstänkta personer kunde identifieras.', 'operation-rescue-suspects-identified', 779, null, null, 'Operation Rescue'],
    ['en', 'In 2011 operation Rescue led to 779 suspects being identified, 250 arrested and 252 children safeguarded.', 'operation-rescue-arrests', 250, null, null, 'Operation Rescue'],
    ['sv', 'År 2011 ledde operation Rescue till att 779 misstänkta kunde identifieras, 250 greps och 252 barn kunde skyddas.', 'operation-rescue-children-safeguarded', 252, null, null, 'Operation Rescue'],
    // A year stated with its month or season is no range with the figure after it ("2011 to 779").
    ['en', 'Operation Rescue led in May 2011 to 779 suspects being identified.', 'operation-rescue-suspects-identified', 779, null, null, 'Operation Rescue'],
    ['en', 'Operation Rescue led in early 2011 to 779 suspects being identified.', 'operation-rescue-suspects-identified', 779, null, null, 'Operation Rescue'],
  ] as const)('reads (%s) %s', (language, sentence, id, value, qualifier, period, source) => {
    const found = extractStatistics([paragraph(sentence)], language).find((statistic) => statistic.id === id);
    expect(found).toMatchObject({ value, qualifier, period, source, quote: sentence });
  });

  it('reads the year of Operation Rescue from the sentence', () => {
    const [found] = extractStatistics([paragraph('År 2011 ledde operation Rescue till att 779 misstänkta kunde identifieras.')], 'sv');
    expect(found?.year).toBe(2011);
  });

  it.each([
    ['a number without its context words', '48 länder är bra men 190 vore bättre.'],
    ['a monthly figure', 'Enligt min källa är det snarare 50 000 bilder i månaden.'],
    ['a tweet without the alliance', 'Over 1 000 000 images of abuse, says a report.'],
    ['Operation Rescue without its figures', 'Operation Rescue var en framgång för Europol.'],
  ])('takes nothing from %s', (_name, sentence) => {
    expect(extractStatistics([paragraph(sentence)], 'sv')).toEqual([]);
  });

  it('takes no figure from a list item or a heading', () => {
    const sentence = 'Ett år senare står 48 länder bakom initiativet.';
    expect(extractStatistics([item(sentence), { ...paragraph(sentence), kind: 'heading' }], 'sv')).toEqual([]);
  });
});

describe('commitments', () => {
  it.each([
    ['Intensifierade ansträngningar för att identifiera offren och att se till att de får hjälp.', 'identify-victims'],
    ['Enhanced efforts to identify victims and ensure that they receive help.', 'identify-victims'],
    ['Intensifierade ansträngningar att utreda sexuella övergrepp mot barn på nätet och att identifiera och lagföra förövarna.', 'investigate-and-prosecute'],
    ['Enhanced efforts to investigate cases and to identify and prosecute the offenders.', 'investigate-and-prosecute'],
    ['Att öka barnens medvetenhet om riskerna med internet.', 'raise-awareness'],
    ["Increasing children's awareness of the risks online.", 'raise-awareness'],
    ['Minska tillgången på barnpornografiskt material på nätet.', 'reduce-availability'],
    ['Reducing the availability of child abuse material online.', 'reduce-availability'],
    ['Bättre kaffe i Berlaymont.', undefined],
  ])('classifies %j as %s', (text, id) => {
    expect(classifyCommitment(text)).toBe(id);
  });

  it('takes the announced list whose items name the targets, not another list', () => {
    const blocks = [
      paragraph('Läs också:'),
      item('Min resa till Grekland'),
      item('Schengen'),
      paragraph('De deltagande länderna förbinder sig att uppnå en rad mål, bland annat:'),
      item('Att öka barnens medvetenhet om riskerna med internet.'),
      item('Minska tillgången på barnpornografiskt material på nätet.'),
    ];
    const found = extractCommitments(blocks);
    expect(found.items.map((commitment) => commitment.id)).toEqual(['raise-awareness', 'reduce-availability']);
    expect(found.unrecognised).toEqual([]);
  });

  it('reports items that match no target and targets listed twice in the same words', () => {
    const found = extractCommitments([
      paragraph('bland annat:'),
      item('Att öka barnens medvetenhet.'),
      item('Att  öka barnens medvetenhet.'),
      item('Något helt annat.'),
    ]);
    expect(found.items.map((commitment) => commitment.id)).toEqual(['raise-awareness']);
    expect(found.duplicates.map((commitment) => commitment.id)).toEqual(['raise-awareness']);
    expect(found.unrecognised.map((commitment) => commitment.text)).toEqual(['Något helt annat.']);
  });

  it('finds nothing in a list about something else', () => {
    expect(extractCommitments([paragraph('bland annat:'), item('Ett gemensamt asylsystem.'), item('Fler kvotflyktingar.')]).items).toEqual([]);
  });

  it.each([
    ['sv', 'Intensifierade ansträngningar för att sluta identifiera offren.', 'identify-victims', 'sluta'],
    ['sv', 'Inga ansträngningar att identifiera offren.', 'identify-victims', 'Inga'],
    ['sv', 'Att utreda men inte lagföra förövarna.', 'investigate-and-prosecute', 'inte'],
    ['sv', 'Att öka barnens medvetenhet utan att skrämma dem.', 'raise-awareness', 'utan'],
    ['sv', 'Att öka och minska barnens medvetenhet.', 'raise-awareness', 'minska'],
    ['sv', 'Inte minska tillgången på barnpornografiskt material på nätet.', 'reduce-availability', 'Inte'],
    ['sv', 'Ej minska tillgången på barnpornografiskt material.', 'reduce-availability', 'Ej'],
    ['sv', 'Minska tillgången på stöd för offren, snarare än på barnpornografiskt material.', 'reduce-availability', 'snarare än'],
    ['sv', 'Minska tillgången på material och öka tillgången på bilder.', 'reduce-availability', 'öka'],
    ['en', 'No efforts to identify victims.', 'identify-victims', 'No'],
    ['en', 'Enhanced efforts to investigate cases but never to prosecute the offenders.', 'investigate-and-prosecute', 'never'],
    ['en', "Increasing children's awareness without telling them why.", 'raise-awareness', 'without'],
    ['en', "Increasing children's awareness instead of reducing it.", 'raise-awareness', 'instead of'],
    ['en', 'Not reducing the availability of child abuse material online.', 'reduce-availability', 'Not'],
    ['en', "Don't reduce the availability of child abuse material.", 'reduce-availability', "Don't"],
    ['en', 'Reducing the availability of support, rather than of child abuse material.', 'reduce-availability', 'rather than'],
    ['en', 'Stop reducing the availability of child abuse material.', 'reduce-availability', 'Stop'],
    // The two targets worded as efforts, with the efforts turned the other way.
    ['sv', 'Minskade ansträngningar att utreda sexuella övergrepp mot barn på nätet och att lagföra förövarna.', 'investigate-and-prosecute', 'Minskade'],
    ['sv', 'Färre ansträngningar för att identifiera offren.', 'identify-victims', 'Färre'],
    ['sv', 'Nedprioriterade ansträngningar för att identifiera offren.', 'identify-victims', 'Nedprioriterade'],
    ['en', 'Reduced efforts to investigate cases of child sexual abuse online and to prosecute the offenders.', 'investigate-and-prosecute', 'Reduced'],
    ['en', 'Scaled back efforts to identify victims.', 'identify-victims', 'Scaled back'],
    ['en', 'Fewer efforts to identify victims.', 'identify-victims', 'Fewer'],
    ['sv', 'Nedskurna ansträngningar för att identifiera offren.', 'identify-victims', 'Nedskurna'],
    ['sv', 'Svagare ansträngningar för att identifiera offren.', 'identify-victims', 'Svagare'],
    ['sv', 'Halverade ansträngningar för att identifiera offren.', 'identify-victims', 'Halverade'],
    ['sv', 'Avbrutna ansträngningar för att identifiera offren.', 'identify-victims', 'Avbrutna'],
    ['sv', 'Pausade ansträngningar för att identifiera offren.', 'identify-victims', 'Pausade'],
    ['sv', 'Avslutade ansträngningar för att identifiera offren.', 'identify-victims', 'Avslutade'],
    ['sv', 'Minimerade ansträngningar för att identifiera offren.', 'identify-victims', 'Minimerade'],
    ['sv', 'Lägre prioritet för att identifiera offren.', 'identify-victims', 'Lägre'],
    ['sv', 'Att öka och dämpa barnens medvetenhet om riskerna med internet.', 'raise-awareness', 'dämpa'],
    ['en', 'Weaker efforts to identify victims.', 'identify-victims', 'Weaker'],
    ['en', 'Halved efforts to identify victims.', 'identify-victims', 'Halved'],
    ['en', 'Paused efforts to identify victims.', 'identify-victims', 'Paused'],
    ['en', 'Suspended efforts to identify victims.', 'identify-victims', 'Suspended'],
    ['en', 'Discontinued efforts to identify victims.', 'identify-victims', 'Discontinued'],
    ['en', 'Diminished efforts to identify victims.', 'identify-victims', 'Diminished'],
    ['en', 'Minimal efforts to identify victims.', 'identify-victims', 'Minimal'],
    ['en', 'Slashed efforts to identify victims.', 'identify-victims', 'Slashed'],
    ['en', "Increasing and dampening children's awareness of the risks online.", 'raise-awareness', 'dampening'],
    // Less of what protects from the material is no less of the material.
    ['sv', 'Minska tillgången på skydd mot barnpornografiskt material på nätet.', 'reduce-availability', 'skydd'],
    ['sv', 'Minska tillgången på filter mot barnpornografiskt material på nätet.', 'reduce-availability', 'filter'],
    ['en', 'Reducing the availability of protection against child abuse material online.', 'reduce-availability', 'protection'],
    ['en', 'Reducing the availability of filters for child abuse material online.', 'reduce-availability', 'filters'],
    // Whatever the noun, one that stands between the availability and the material with "mot"/"against" is what is made less available.
    ['sv', 'Minska tillgången på stöd mot barnpornografiskt material på nätet.', 'reduce-availability', 'tillgången på stöd mot'],
    ['sv', 'Minska tillgången på hjälp mot barnpornografiskt material på nätet.', 'reduce-availability', 'tillgången på hjälp mot'],
    ['sv', 'Minska tillgången till rådgivning för att bekämpa barnpornografiskt material.', 'reduce-availability', 'tillgången till rådgivning för'],
    ['en', 'Reducing the availability of help against child abuse material online.', 'reduce-availability', 'availability of help against'],
    ['en', 'Reducing the availability of support services for victims of child abuse material.', 'reduce-availability', 'availability of support services for'],
    ['en', 'Reducing the availability of hotlines to report child abuse material online.', 'reduce-availability', 'availability of hotlines to'],
    // Efforts made to keep the target from being met: a verb of prevention before its own.
    ['sv', 'Intensifierade ansträngningar för att undvika att man identifierar offren.', 'identify-victims', 'undvika'],
    ['sv', 'Intensifierade ansträngningar för att förhindra att man identifierar offren.', 'identify-victims', 'förhindra'],
    ['sv', 'Intensifierade ansträngningar för att försvåra att man identifierar offren.', 'identify-victims', 'försvåra'],
    ['sv', 'Intensifierade ansträngningar för att motverka att man identifierar offren.', 'identify-victims', 'motverka'],
    ['sv', 'Intensifierade ansträngningar att hindra polisen att utreda sexuella övergrepp mot barn och att lagföra förövarna.', 'investigate-and-prosecute', 'hindra'],
    ['en', 'Enhanced efforts to avoid identifying victims.', 'identify-victims', 'avoid'],
    ['en', 'Enhanced efforts to prevent identifying victims.', 'identify-victims', 'prevent'],
    ['en', 'Enhanced efforts to refrain from identifying victims.', 'identify-victims', 'refrain'],
    ['en', 'Enhanced efforts to obstruct those who investigate cases of child sexual abuse online and prosecute the offenders.', 'investigate-and-prosecute', 'obstruct'],
    // A harmless phrase negated is no longer harmless; a cap is no floor.
    ['sv', 'Intensifierade ansträngningar för att inte utan dröjsmål identifiera offren.', 'identify-victims', 'inte'],
    ['en', 'Enhanced efforts to identify victims, but not without reservation.', 'identify-victims', 'not'],
    ['en', 'Reducing the availability of child abuse material online by no more than a tenth.', 'reduce-availability', 'no'],
    ['sv', 'Minska tillgången på barnpornografiskt material på nätet med inte mer än en tiondel.', 'reduce-availability', 'inte'],
  ] as const)('reads (%s) %j as %s, but unclear: it holds %j', (language, text, id, word) => {
    expect(readCommitment(text)).toMatchObject({ id, language, states: true, unclear: expect.stringContaining(`"${word}"`) });
    expect(classifyCommitment(text)).toBeUndefined();
  });

  it.each([
    ['Intensifierade ansträngningar för att identifiera offren, inte bara i Europa.', 'identify-victims'],
    ['Enhanced efforts to identify victims, not just in Europe.', 'identify-victims'],
    ['Intensifierade ansträngningar för att utan dröjsmål identifiera offren.', 'identify-victims'],
    ['Enhanced efforts to identify victims without delay.', 'identify-victims'],
    ['Minska tillgången på barnpornografiskt material på nätet, inte bara i Europa.', 'reduce-availability'],
    // Without reservation, at once, by a time, at least: said of the commitment, not against it.
    ['Intensifierade ansträngningar för att utan förbehåll identifiera offren.', 'identify-victims'],
    ['Enhanced efforts to identify victims without reservation.', 'identify-victims'],
    ['Enhanced efforts to identify victims, without exception.', 'identify-victims'],
    ['Intensifierade ansträngningar för att identifiera offren, utan undantag.', 'identify-victims'],
    ['Enhanced efforts to identify victims not later than 2013.', 'identify-victims'],
    ['Intensifierade ansträngningar för att identifiera offren inte senare än 2013.', 'identify-victims'],
    ['Reducing the availability of child abuse material online by no less than half.', 'reduce-availability'],
    ['Reducing the availability of child abuse material online by not less than half.', 'reduce-availability'],
    ['Minska tillgången på barnpornografiskt material på nätet med inte mindre än hälften.', 'reduce-availability'],
  ] as const)('reads %j as %s: "not only" and "without delay" deny nothing', (text, id) => {
    expect(classifyCommitment(text)).toBe(id);
  });

  it.each([
    ['Intensifierade ansträngningar för att identifiera och rädda offren.', 'identify-victims'],
    ['Enhanced efforts to identify and rescue victims.', 'identify-victims'],
    ['Enhanced efforts to identify the victims.', 'identify-victims'],
    ['Att stärka medvetenheten hos barn om riskerna med internet.', 'raise-awareness'],
    ['Raising awareness among children of the risks online.', 'raise-awareness'],
    ['Minska tillgången på bilder av sexuella övergrepp mot barn på nätet.', 'reduce-availability'],
    ['Minska tillgången på barnpornografiskt material för spridning på nätet.', 'reduce-availability'],
    ['Reducing the availability of child abuse material for download online.', 'reduce-availability'],
    ['Reducing the availability of images of abuse against children online.', 'reduce-availability'],
    ['Reducing the availability of such material to offenders online.', 'reduce-availability'],
  ] as const)('reads %j as %s: the victims identified, the children made aware', (text, id) => {
    expect(classifyCommitment(text)).toBe(id);
  });

  it.each([
    'Att minska barnens medvetenhet om riskerna med internet.',
    "Reducing children's awareness of the risks online.",
    'Minska tillgången på stöd för offren.',
    // Another object: the victims' abusers, the offenders' awareness.
    'Intensifierade ansträngningar för att identifiera offrens förövare.',
    "Enhanced efforts to identify victims' abusers.",
    "Enhanced efforts to identify the victim's abusers.",
    'Att öka förövarnas medvetenhet om riskerna med internet.',
    "Increasing offenders' awareness of the risks online.",
  ])('takes an item with another verb or object, %j, for no commitment', (text) => {
    expect(classifyCommitment(text)).toBeUndefined();
    expect(extractCommitments([paragraph('bland annat:'), item(text)]).unrecognised.map((entry) => entry.text)).toEqual(
      readCommitment(text) ? [text] : [],
    );
  });

  const post = [
    item('Intensifierade ansträngningar för att identifiera offren.'),
    item('Intensifierade ansträngningar att utreda övergrepp och att lagföra förövarna.'),
    item('Att öka barnens medvetenhet om riskerna med internet.'),
    item('Minska tillgången på barnpornografiskt material på nätet.'),
  ];

  it.each([
    ['Följande förslag avvisades av de deltagande länderna:', 'avvisades'],
    ['Följande förslag avvisades:', 'avvisades'],
    ['The following proposals were voted down:', 'voted down'],
    ['The following proposals were rejected:', 'rejected'],
    // Only proposed, or to be adopted: no commitment yet.
    ['Följande förslag:', 'förslag'],
    ['Följande förslag lades fram:', 'förslag'],
    ['Följande förslag ska antas:', 'förslag'],
    ['The following proposals are to be adopted:', 'proposals'],
    ['The following goals were proposed:', 'proposed'],
    ['Följande förslag diskuterades:', 'diskuterades'],
    ['Inget förslag antogs, bland annat:', 'Inget'],
    ['De deltagande länderna förbinder sig inte utan dröjsmål till följande mål:', 'inte'],
    ['De deltagande länderna vägrade att förbinda sig till följande mål:', 'vägrade'],
    ['De deltagande länderna har avstått från följande mål, bland annat:', 'avstått'],
    ['Länderna förbinder sig inte till följande mål:', 'inte'],
    ['The participating countries rejected the following goals:', 'rejected'],
    ['Formerly, the countries committed to, among other things:', 'Formerly'],
    ['The countries no longer commit to, among other things:', 'no'],
    // Goals removed, opposed, only considered, wished for by others, or asked about.
    ['Följande mål ströks ur listan av åtaganden, bland annat:', 'ströks'],
    ['Följande mål övergavs, bland annat:', 'övergavs'],
    ['Följande mål togs bort, bland annat:', 'togs bort'],
    ['Följande mål lades ned, bland annat:', 'lades ned'],
    ['De deltagande länderna motsätter sig följande mål, bland annat:', 'motsätter'],
    ['De deltagande länderna övervägde att göra politiska åtaganden för att uppnå en rad mål, bland annat:', 'övervägde'],
    ['Kritiker vill att de deltagande länderna förbinder sig att göra politiska åtaganden, bland annat:', 'Kritiker'],
    ['Kan de deltagande länderna förbinda sig att göra politiska åtaganden för att uppnå en rad mål, bland annat:', 'Kan'],
    ['Förbinder sig de deltagande länderna till följande mål, bland annat:', 'Förbinder'],
    ['De deltagande länderna förbinder sig till något? Bland annat:', '?'],
    ['The following goals were removed, among other things:', 'removed'],
    ['The following goals were vetoed, among other things:', 'vetoed'],
    ['The following goals were shelved, among other things:', 'shelved'],
    ['The following goals were voted down, among other things:', 'voted down'],
    ['The participating countries oppose the following goals, among other things:', 'oppose'],
    ['The participating countries considered committing to a number of goals, among other things:', 'considered'],
    ['Critics want the participating countries to commit to a number of goals, among other things:', 'Critics'],
    ['Will the participating countries commit to a number of goals, among other things:', 'Will'],
    // Only recommended, required, to come or an idea: no undertaking made yet.
    ['The participating countries should commit to making political undertakings to achieve a number of goals, among other things:', 'should'],
    ['The participating countries must commit to making political undertakings to achieve a number of goals, among other things:', 'must'],
    ['The participating countries will then commit to making political undertakings to achieve a number of goals, among other things:', 'will'],
    ['The idea is that the participating countries commit to making political undertakings to achieve a number of goals, among other things:', 'idea is'],
    ['The participating countries ought to commit to, among other things:', 'ought to'],
    ['The participating countries need to commit to, among other things:', 'need to'],
    ['The participating countries are expected to commit to, among other things:', 'expected to'],
    ['The participating countries are urged to commit to, among other things:', 'urged'],
    ['De deltagande länderna borde göra politiska åtaganden för att uppnå en rad mål, bland annat:', 'borde'],
    ['De deltagande länderna behöver göra politiska åtaganden för att uppnå en rad mål, bland annat:', 'behöver'],
    ['De deltagande länderna bör göra politiska åtaganden för att uppnå en rad mål, bland annat:', 'bör'],
    ['De deltagande länderna måste göra politiska åtaganden för att uppnå en rad mål, bland annat:', 'måste'],
    ['De deltagande länderna ska sedan göra politiska åtaganden för att uppnå en rad mål, bland annat:', 'ska'],
    ['Tanken är att de deltagande länderna förbinder sig att göra politiska åtaganden, bland annat:', 'Tanken är'],
    ['De deltagande länderna förväntas göra politiska åtaganden för att uppnå en rad mål, bland annat:', 'förväntas'],
  ])('takes no commitment from a list whose lead-in %j denies it, and says why', (leadIn, word) => {
    const found = extractCommitments([paragraph(leadIn), ...post]);
    expect(found.items).toEqual([]);
    expect(found.unclear.map((entry) => entry.id)).toEqual(['identify-victims', 'investigate-and-prosecute', 'raise-awareness', 'reduce-availability']);
    expect(found.unclear[0]?.reason).toContain(`"${word}" in the list's lead-in`);
  });

  it('reads a heading right above a list as its lead-in', () => {
    const found = extractCommitments([{ ...paragraph('Avvisade förslag'), kind: 'heading' }, ...post]);
    expect(found.items).toEqual([]);
    expect(found.unclear[0]?.reason).toContain('"Avvisade"');
  });

  it.each([
    'De deltagande länderna förbinder sig att göra politiska åtaganden för att uppnå en rad mål, bland annat:',
    'The participating countries commit to making political undertakings to achieve a number of goals, among other things:',
    // An earlier mention, a time limit, "not only": no denial.
    'Som tidigare nämnts förbinder sig de deltagande länderna till, bland annat:',
    'As previously announced, the participating countries commit once again to, among other things:',
    'No later than 2013, the participating countries commit to, among other things:',
    'De deltagande länderna förbinder sig, inte bara till att samarbeta, utan också till följande mål:',
    // Proposals adopted are commitments; none rejected denies none.
    'Följande förslag antogs:',
    'Följande förslag har antagits av de deltagande länderna:',
    'The ministers adopted the following proposals:',
    'The following proposals were approved:',
    'Inget förslag avvisades, och länderna förbinder sig till följande mål:',
    'No proposal was rejected: the countries commit to the following goals:',
    // Without reservation, by a time, at least.
    'De deltagande länderna förbinder sig utan förbehåll till, bland annat:',
    'The participating countries commit without reservation to, among other things:',
    'Not later than 2013, the participating countries commit to, among other things:',
    'Inte senare än 2013 förbinder sig de deltagande länderna till, bland annat:',
    'No fewer than 48 countries commit to, among other things:',
    'Inte färre än 48 länder förbinder sig till, bland annat:',
    // Undertakings made, in the past or the perfect.
    'The participating countries have committed to making political undertakings to achieve a number of goals, among other things:',
    'De deltagande länderna har förbundit sig att göra politiska åtaganden för att uppnå en rad mål, bland annat:',
    'De deltagande länderna förband sig att göra politiska åtaganden för att uppnå en rad mål, bland annat:',
  ])('takes the commitments from a list whose lead-in %j makes them', (leadIn) => {
    expect(extractCommitments([paragraph(leadIn), ...post]).items.map((entry) => entry.id)).toEqual([
      'identify-victims',
      'investigate-and-prosecute',
      'raise-awareness',
      'reduce-availability',
    ]);
  });

  it('takes the list its lead-in does not deny over one it does, whichever comes first', () => {
    const numbered = (blocks: Block[], from: number) => blocks.map((block, index) => ({ ...block, start: from + index }));
    const rejected = numbered([paragraph('Följande förslag avvisades:'), ...post], 10);
    const made = numbered([paragraph('Länderna förbinder sig, bland annat:'), ...post], 20);
    for (const blocks of [[...rejected, ...made], [...made, ...rejected]]) {
      const found = extractCommitments(blocks);
      expect(found.unclear).toEqual([]);
      expect(found.items.map((entry) => entry.start)).toEqual([21, 22, 23, 24]);
    }
  });

  it('leaves out an item that says its commitment unclearly, and says why', () => {
    const found = extractCommitments([
      paragraph('bland annat:'),
      item('Intensifierade ansträngningar för att sluta identifiera offren.'),
      item('Minska tillgången på barnpornografiskt material på nätet.'),
    ]);
    expect(found.items.map((commitment) => commitment.id)).toEqual(['reduce-availability']);
    expect(found.unclear).toEqual([
      { id: 'identify-victims', text: 'Intensifierade ansträngningar för att sluta identifiera offren.', start: 0, reason: expect.stringContaining('"sluta"') },
    ]);
    expect(found.unrecognised).toEqual([]);
  });
});

describe('wording: what two list items are compared by', () => {
  it.each([
    ['Minska  tillgången\tpå nätet. ', 'Minska tillgången på nätet.'],
    ['children’s awareness', "children's awareness"],
    ['‘risks’ and “grooming”', `'risks' and "grooming"`],
    ['child–abuse — material', 'child-abuse - material'],
    ['och så vidare…', 'och så vidare...'],
    ['Minska tillgången.', 'Minska tillgången.'],
  ])('%j reads as %j', (text, expected) => {
    expect(wording(text)).toBe(expected);
  });

  it('keeps what differs in words, letters and case', () => {
    expect(wording('Minska tillgången på bilder.')).not.toBe(wording('Minska tillgången på material.'));
    expect(wording('Att öka medvetenheten.')).not.toBe(wording('Att öka Medvetenheten.'));
  });
});

describe('commitments stated by more than one list', () => {
  const at = (block: Block, start: number): Block => ({ ...block, start });
  const final = [
    at(paragraph('De deltagande länderna förbinder sig, bland annat:'), 100),
    at(item('Intensifierade ansträngningar för att identifiera offren.'), 110),
    at(item('Att öka barnens medvetenhet om riskerna med internet.'), 120),
    at(item('Minska tillgången på barnpornografiskt material på nätet.'), 130),
  ];
  const ids = (found: FoundCommitments) => found.items.map((commitment) => commitment.id);

  it('leaves out each commitment that a draft list words otherwise, naming both wordings, whichever comes first', () => {
    const draft = [
      at(paragraph('Ur utkastet, bland annat:'), 10),
      at(item('Identifiera offren.'), 20),
      at(item('Minska medvetenheten.'), 30),
      at(item('Att inte minska tillgången.'), 40),
      at(paragraph('Slutversionen:'), 50),
    ];
    const after = [at(paragraph('Utkastet:'), 140), ...draft.slice(1, 4).map((block) => at(block, block.start + 130))];
    const wordings = (found: FoundCommitments) => found.conflicts.map(({ id, items }) => [id, items.map((entry) => entry.start)]);
    const before = extractCommitments([...draft, ...final]);
    expect(ids(before)).toEqual([]);
    expect(wordings(before)).toEqual([
      ['identify-victims', [20, 110]],
      ['raise-awareness', [30, 120]],
      ['reduce-availability', [40, 130]],
    ]);
    const later = extractCommitments([...final, ...after]);
    expect(ids(later)).toEqual([]);
    expect(wordings(later)).toEqual([
      ['identify-victims', [110, 150]],
      ['raise-awareness', [120, 160]],
      ['reduce-availability', [130, 170]],
    ]);
  });

  it('compares the items elsewhere in the page too, in the order they stand, but never takes them for the list', () => {
    const found = extractCommitments(final, [[at(paragraph('Utkast:'), 1), at(item('Identifiera offren.'), 5)], [at(item('Minska tillgången på barnpornografiskt material på nätet.'), 900)]]);
    expect(ids(found)).toEqual(['raise-awareness', 'reduce-availability']);
    expect(found.conflicts.map(({ id, items }) => [id, items.map((entry) => entry.start)])).toEqual([['identify-victims', [5, 110]]]);
  });

  it('leaves out a commitment worded twice in one list, as two adjacent copies of it read', () => {
    const found = extractCommitments([...final, at(item('Minska tillgången på barnpornografiskt material.'), 140)]);
    expect(ids(found)).toEqual(['identify-victims', 'raise-awareness']);
    expect(found.conflicts.map(({ id, items }) => [id, items.map((entry) => entry.text)])).toEqual([
      ['reduce-availability', ['Minska tillgången på barnpornografiskt material på nätet.', 'Minska tillgången på barnpornografiskt material.']],
    ]);
    expect(found.duplicates).toEqual([]);
  });

  it('keeps a commitment that another list words the same, typography and white space aside', () => {
    const copy = [paragraph('Citat:'), item('Intensifierade  ansträngningar för att identifiera offren.'), item('Att öka barnens medvetenhet om riskerna med internet.')];
    const found = extractCommitments([...final, ...copy]);
    expect(ids(found)).toEqual(['identify-victims', 'raise-awareness', 'reduce-availability']);
    expect(found.conflicts).toEqual([]);
    const curly = [paragraph('among other things:'), item("Increasing children's awareness of the risks online.")];
    expect(extractCommitments([...curly, paragraph('Quoted:'), item('Increasing children’s awareness of the risks online.')]).conflicts).toEqual([]);
  });

  it('takes a list in the other language, a translation quoted in the post, for no other wording', () => {
    const english = [
      paragraph('In English:'),
      item('Enhanced efforts to identify victims.'),
      item("Increasing children's awareness of the risks online."),
      item('Reducing the availability of child abuse material online.'),
    ];
    for (const blocks of [[...final, ...english], [...final, ...english.slice(1)]]) {
      const found = extractCommitments(blocks);
      expect(ids(found)).toEqual(['identify-victims', 'raise-awareness', 'reduce-availability']);
      expect([...found.conflicts, ...found.duplicates, ...found.unrecognised]).toEqual([]);
    }
  });
});

describe('qualifiers, hedges and negations before a figure', () => {
  const online = (language: 'sv' | 'en', words: string) =>
    readStatistics([paragraph(language === 'sv' ? `${words} bilder på barn ligger på nätet.` : `${words} images of children are online.`)], language);

  it.each([
    ['sv', 'Mer än en miljon', 'more-than'],
    ['sv', 'Över en miljon', 'more-than'],
    ['sv', 'Långt över en miljon', 'more-than'],
    ['sv', 'Minst en miljon', 'at-least'],
    ['sv', 'Inte färre än en miljon', 'at-least'],
    ['sv', 'Inte mindre än en miljon', 'at-least'],
    ['sv', 'Färre än en miljon', 'less-than'],
    ['sv', 'Cirka en miljon', 'about'],
    ['sv', 'Runt en miljon', 'about'],
    ['sv', 'Ungefär en miljon', 'about'],
    ['sv', 'En miljon', null],
    ['en', 'More than one million', 'more-than'],
    ['en', 'No fewer than one million', 'at-least'],
    ['en', 'No less than one million', 'at-least'],
    ['en', 'Not fewer than one million', 'at-least'],
    ['en', 'At least one million', 'at-least'],
    ['en', 'Fewer than one million', 'less-than'],
    ['en', 'Roughly one million', 'about'],
    ['en', 'Around one million', 'about'],
    ['en', 'Approximately one million', 'about'],
    ['en', 'In excess of one million', 'more-than'],
    ['en', 'Upwards of one million', 'more-than'],
    ['en', 'Upward of one million', 'more-than'],
    ['en', 'One million', null],
  ] as const)('(%s) %j → %s', (language, words, qualifier) => {
    const { found, unclear } = online(language, words);
    expect(unclear).toEqual([]);
    expect(found).toMatchObject([{ id: 'abuse-images-online', value: 1000000, qualifier }]);
  });

  it.each([
    ['sv', 'Nästan en miljon', '"Nästan" before it'],
    ['sv', 'Knappt en miljon', '"Knappt" before it'],
    ['sv', 'Drygt en miljon', '"Drygt" before it'],
    ['sv', 'Närmare en miljon', '"Närmare" before it'],
    ['sv', 'Högst en miljon', '"Högst" before it'],
    ['sv', 'Bara en miljon', '"Bara" before it'],
    ['sv', 'Upp till en miljon', '"Upp till" before it'],
    ['sv', 'Kanske en miljon', '"Kanske" before it'],
    ['sv', 'Inte mer än en miljon', '"Inte mer än" before it'],
    ['sv', 'Inte fler än en miljon', '"Inte fler än" before it'],
    ['sv', 'Det är inte en miljon', 'negated ("inte")'],
    ['sv', 'Det stämmer inte att en miljon', 'negated ("inte")'],
    ['sv', 'Aldrig har en miljon', 'negated ("Aldrig")'],
    ['en', 'Almost one million', '"Almost" before it'],
    ['en', 'Nearly one million', '"Nearly" before it'],
    ['en', 'Up to one million', '"Up to" before it'],
    ['en', 'At most one million', '"At most" before it'],
    ['en', 'Perhaps one million', '"Perhaps" before it'],
    ['en', 'An estimated one million', '"An estimated" before it'],
    ['en', 'Only one million', '"Only" before it'],
    ['en', 'Not more than one million', '"Not more than" before it'],
    ['en', 'No more than one million', '"No more than" before it'],
    ['sv', 'Inemot en miljon', '"Inemot" before it'],
    ['sv', 'Uppemot en miljon', '"Uppemot" before it'],
    ['sv', 'Mer eller mindre en miljon', '"Mer eller mindre" before it'],
    ['en', 'As many as one million', '"As many as" before it'],
    ['en', 'Approaching one million', '"Approaching" before it'],
    ['en', 'Getting on for one million', '"Getting on for" before it'],
    ['en', 'North of one million', '"North of" before it'],
    ['en', 'Just shy of one million', '"Just shy of" before it'],
    ['en', 'More or less one million', '"More or less" before it'],
    ['en', 'Not one million', 'negated ("Not")'],
    ['en', 'It is not true that one million', 'negated ("not")'],
    // A denial of the bound: no bound the output states.
    ['en', 'Far from more than one million', 'negated ("Far from")'],
    ['sv', 'Långt ifrån mer än en miljon', 'negated ("Långt ifrån")'],
    ['sv', 'Långtifrån över en miljon', 'negated ("Långtifrån")'],
    ['sv', 'Långt från en miljon', 'negated ("Långt från")'],
    ['sv', 'Långt från mer än en miljon', 'negated ("Långt från")'],
    ['sv', 'Långt en miljon', '"Långt" before it'],
    // Two qualifiers: the output's one would state only the nearer ("about" for "more than about").
    ['sv', 'Mer än omkring en miljon', '"Mer än omkring" before it'],
    ['sv', 'Minst cirka en miljon', '"Minst cirka" before it'],
    ['en', 'More than about one million', '"More than about" before it'],
    ['en', 'At least around one million', '"At least around" before it'],
  ] as const)('(%s) %j: left out, %s', (language, words, reason) => {
    const { found, unclear } = online(language, words);
    expect(found).toEqual([]);
    expect(unclear).toHaveLength(1);
    expect(unclear[0]?.reason).toContain(reason);
  });

  it.each([
    ['sv', 'Ett år senare står inte 48 länder bakom initiativet.', 'negated ("inte")'],
    ['sv', 'Ett år senare står 48 länder inte bakom initiativet.', 'negated ("inte")'],
    ['sv', 'Ett år senare står långt från 48 länder bakom initiativet.', 'negated ("långt från")'],
    ['en', 'A year later 48 countries do not stand behind the initiative.', 'negated ("not")'],
    ['en', "A year later 48 countries don't stand behind the initiative.", `negated ("don't")`],
  ] as const)('(%s) %j: left out, %s', (language, sentence, reason) => {
    const { found, unclear } = readStatistics([paragraph(sentence)], language);
    expect(found).toEqual([]);
    expect(unclear[0]?.reason).toContain(reason);
  });

  it.each([
    ['sv', 'Ett år senare står 48 länder*, alltså inte bara EU och USA, bakom initiativet.'],
    ['en', 'One year later 48 countries*, so not just the EU and the US, stand behind the initiative.'],
  ] as const)('(%s) a negation in another clause denies nothing of the figure: %j', (language, sentence) => {
    expect(readStatistics([paragraph(sentence)], language).found).toMatchObject([{ value: 48, qualifier: null }]);
  });
});

describe('year, period and source: read only where the sentence leaves no doubt', () => {
  const rescue = (language: 'sv' | 'en', sentence: string) =>
    readStatistics([paragraph(sentence)], language).found.find((statistic) => statistic.id === 'operation-rescue-arrests');
  const fields = (language: 'sv' | 'en', sentence: string) => readStatistics([paragraph(sentence)], language).attributes.map(({ id, field }) => `${id} ${field}`);

  it.each([
    ['sv', 'År 2011 ledde operation Rescue till att 779 misstänkta identifierades och 250 greps.', 2011],
    ['en', 'In 2011 operation Rescue led to 779 suspects being identified and 250 arrested.', 2011],
    ['en', 'Operation Rescue led in 2011 to 779 suspects being identified and 250 arrested.', 2011],
    ['sv', 'Mellan år 2009 och 2011 ledde operation Rescue till att 779 misstänkta identifierades och 250 greps.', null],
    ['en', 'Operation Rescue, launched in 2009, led in 2011 to 779 suspects being identified and 250 arrested.', null],
    ['sv', 'År 2011 och år 2012 ledde operation Rescue till att 250 greps.', null],
    ['sv', 'År 2011-12 ledde operation Rescue till att 250 greps.', null],
    // A bound or a span before the year: the figure is not the year's alone (or not of that year at all).
    ...(['Från och med år 2011', 'Till och med år 2011', 'Från och med 2011', 'Fram till och med 2011', 'Fram till 2011', 'Sedan 2011', 'Efter 2011', 'Före 2011', 'Innan 2011', 'Till 2011', 'Från 2011', 'Upp till år 2011', 'Fram till hösten 2011', 'Sedan början av 2011', 'Till och med maj 2011'] as const).map(
      (when) => ['sv', `${when} ledde operation Rescue till att 779 misstänkta identifierades och 250 greps.`, null] as const,
    ),
    ...(['From 2011', 'Through 2011', 'Up to 2011', 'Up until 2011', 'Until 2011', 'Since 2011', 'Starting in 2011', 'Beginning in 2011', 'As of 2011', 'By 2011', 'Before 2011', 'After 2011', 'Until early in 2011', 'Up to and including 2011', 'By May 2011', 'Since the autumn of 2011'] as const).map(
      (when) => ['en', `${when} operation Rescue led to 779 suspects being identified and 250 arrested.`, null] as const,
    ),
    // A year that is part of a name or of a hyphenated word is no year of the statement.
    ['sv', 'År 2011 ledde operation Rescue, ett led i Vision 2020-arbetet, till att 779 misstänkta identifierades och 250 greps.', 2011],
    ['sv', 'År 2011 ledde operation Rescue inom Agenda 2030 till att 779 misstänkta identifierades och 250 greps.', 2011],
    ['en', 'In 2011 operation Rescue, part of the Horizon 2020 programme, led to 779 suspects being identified and 250 arrested.', 2011],
    ['en', 'In 2011 operation Rescue led to 779 suspects being identified and 250 arrested, as the Agenda 2030 report shows.', 2011],
    // A month, a season or a part of the year, bound by nothing: the figure is of that year.
    ...(['Hösten 2011', 'Under hösten 2011', 'I maj 2011', 'Under början av 2011', 'I slutet av år 2011', 'Under år 2011'] as const).map(
      (when) => ['sv', `${when} ledde operation Rescue till att 779 misstänkta identifierades och 250 greps.`, 2011] as const,
    ),
    ...(['In May 2011', 'Early in 2011', 'In early 2011', 'In mid-2011', 'In the autumn of 2011', 'During the summer of 2011', 'Throughout 2011', 'In May of 2011'] as const).map(
      (when) => ['en', `${when} operation Rescue led to 779 suspects being identified and 250 arrested.`, 2011] as const,
    ),
  ] as const)('(%s) %j: year %s', (language, sentence, year) => {
    expect(rescue(language, sentence)).toMatchObject({ value: 250, year, source: 'Operation Rescue' });
    expect(fields(language, sentence).includes('operation-rescue-arrests year')).toBe(year === null);
  });

  // Every statistic's year and source: one its sentence states is read, or left null with a warning, never dropped unsaid.
  it.each([
    ['en', 'According to Europol, more than one million images are estimated to be online at present.', 'abuse-images-online', null, 'Europol', []],
    ['en', 'More than one million images are estimated to be online at present, according to Europol.', 'abuse-images-online', null, 'Europol', []],
    ['sv', 'Enligt Europol ligger mer än en miljon bilder för närvarande ute på nätet.', 'abuse-images-online', null, 'Europol', []],
    ['en', 'According to Europol and UNODC, more than one million images are estimated to be online.', 'abuse-images-online', null, null, ['source']],
    ['en', 'More than one million images are estimated to be online in 2005.', 'abuse-images-online', 2005, null, []],
    ['sv', 'Mer än en miljon bilder beräknas ligga ute på nätet i december 2005.', 'abuse-images-online', 2005, null, []],
    ['sv', 'Mer än en miljon bilder beräknas ligga ute på nätet år 2005.', 'abuse-images-online', 2005, null, []],
    ['en', 'More than one million images were online as of 2005.', 'abuse-images-online', null, null, ['year']],
    ['en', 'More than one million images are estimated to have been online since 2005.', 'abuse-images-online', null, null, ['year']],
    ['en', 'More than one million images are estimated to be online until 2010.', 'abuse-images-online', null, null, ['year']],
    ['sv', 'Mer än en miljon bilder beräknas ligga ute på nätet sedan 2005.', 'abuse-images-online', null, null, ['year']],
    ['en', 'According to UNODC, 500 000 new child abuse images are put online every year from 2005 to 2010.', 'new-abuse-images-per-year', null, 'UNODC', ['year']],
    ['en', 'According to UNODC, 500 000 new child abuse images are put online every year since 2010.', 'new-abuse-images-per-year', null, 'UNODC', ['year']],
    ['sv', 'Enligt UNODC läggs 50 000 nya bilder ut varje år från 2005 till 2010.', 'new-abuse-images-per-year', null, 'UNODC', ['year']],
    ['sv', 'Enligt UNODC läggs 50 000 nya bilder ut varje år sedan 2005.', 'new-abuse-images-per-year', null, 'UNODC', ['year']],
    ['en', 'In 2012, 48 countries*, so not just the EU and the US, stand behind the initiative.', 'participating-countries', 2012, null, []],
    ['sv', 'År 2012 står 48 länder*, alltså inte bara EU och USA, bakom initiativet.', 'participating-countries', 2012, null, []],
    // A day before its month with a year after it is that year's, as a month is.
    ['sv', 'I januari 2011 står 48 länder*, alltså inte bara EU och USA, bakom initiativet.', 'participating-countries', 2011, null, []],
    ['sv', 'Den 5 mars 2011 står 48 länder*, alltså inte bara EU och USA, bakom initiativet.', 'participating-countries', 2011, null, []],
    ['en', 'As of 2010, 48 countries*, so not just the EU and the US, stand behind the initiative.', 'participating-countries', null, null, ['year']],
    ['sv', 'Sedan 2010 står 48 länder*, alltså inte bara EU och USA, bakom initiativet.', 'participating-countries', null, null, ['year']],
    ['en', 'According to Europol, 48 countries stand behind the initiative.', 'participating-countries', null, 'Europol', []],
    // A year between the figure and the words that state it is inside what it counts: when the images were published, not when they are online.
    ['en', 'More than one million images published in 2005 are online.', 'abuse-images-online', null, null, ['year']],
    ['en', 'More than one million images put online in 2005 are estimated to be online at present.', 'abuse-images-online', null, null, ['year']],
    ['sv', 'Mer än en miljon bilder publicerade år 2005 ligger ute på nätet.', 'abuse-images-online', null, null, ['year']],
    ['en', '48 countries founded in 1990 stand behind the initiative.', 'participating-countries', null, null, ['year']],
    // After the words that state it, the year is the figure's: "779 suspects were identified in 2011".
    ['en', 'Operation Rescue led to 779 suspects being identified in 2011.', 'operation-rescue-suspects-identified', 2011, 'Operation Rescue', []],
    ['en', '779 suspects were identified in 2011 by operation Rescue.', 'operation-rescue-suspects-identified', 2011, 'Operation Rescue', []],
    ['sv', 'Operation Rescue ledde till att 779 misstänkta personer kunde identifieras år 2011.', 'operation-rescue-suspects-identified', 2011, 'Operation Rescue', []],
    // The post's own sentences, which state no year and credit no source to these figures, are read as before.
    ['en', 'More than one million images are estimated to be online at present.', 'abuse-images-online', null, null, []],
    ['sv', 'Mer än en miljon bilder beräknas för närvarande ligga ute på nätet.', 'abuse-images-online', null, null, []],
    ['en', 'One year later 48 countries*, so not just the EU and the US, stand behind the initiative.', 'participating-countries', null, null, []],
    ['sv', 'Ett år senare står 48 länder*, alltså inte bara EU och USA, bakom initiativet.', 'participating-countries', null, null, []],
    ['sv', 'Enligt FN:s drog- och brottsbekämpningsbyrå (UNODC) läggs 50 000 nya barnpornografiska bilder ut varje år.', 'new-abuse-images-per-year', null, 'UNODC', []],
    ['en', 'According to the UN Office on Drugs and Crime (UNODC), 500 000 new child abuse images are put online every year.', 'new-abuse-images-per-year', null, 'UNODC', []],
  ] as const)('(%s) %j: %s has year %s, source %s, unclear %j', (language, sentence, id, year, source, unclearFields) => {
    const { found, attributes } = readStatistics([paragraph(sentence)], language);
    expect(found.find((statistic) => statistic.id === id)).toMatchObject({ year, source });
    expect(attributes.filter((attribute) => attribute.id === id).map(({ field }) => field)).toEqual(unclearFields);
  });

  it.each([
    ['en', 'More than one million images are estimated to have been online since 2005.', 'abuse-images-online', 'as a bound ("since 2005")'],
    ['en', 'As of 2010, 48 countries*, so not just the EU and the US, stand behind the initiative.', 'participating-countries', 'as a bound ("As of 2010")'],
    ['en', 'Since 2011 operation Rescue led to 779 suspects being identified and 250 arrested.', 'operation-rescue-arrests', 'as a bound ("Since 2011")'],
    ['sv', 'Sedan 2010 står 48 länder*, alltså inte bara EU och USA, bakom initiativet.', 'participating-countries', 'as a bound ("Sedan 2010")'],
    // A year in a longer figure is no bound: the tool does not read it as a year at all.
    ['sv', 'År 2011-12 ledde operation Rescue till att 250 greps.', 'operation-rescue-arrests', 'not as a year the tool reads'],
  ] as const)('(%s) %j: the warning on %s says how the year is named: %s', (language, sentence, id, said) => {
    const { attributes } = readStatistics([paragraph(sentence)], language);
    expect(attributes.find((attribute) => attribute.id === id && attribute.field === 'year')?.reason).toContain(said);
  });

  it.each([
    ['sv', 'Enligt UNODC läggs 50 000 nya bilder ut varje år.', 'year'],
    ['sv', 'Varje år läggs enligt UNODC 50 000 nya bilder ut.', 'year'],
    ['en', 'Every year, 500,000 new images are put online, according to UNODC.', 'year'],
    ['en', 'According to UNODC (the UN agency), 500,000 new images are put online each year.', 'year'],
  ] as const)('(%s) %j: period %s', (language, sentence, period) => {
    const { found } = readStatistics([paragraph(sentence)], language);
    expect(found).toMatchObject([{ id: 'new-abuse-images-per-year', period, source: 'UNODC' }]);
  });

  it.each([
    ['sv', 'Mer än en miljon bilder beräknas ligga ute på nätet, och antalet växer varje år.'],
    ['en', 'More than one million images are estimated to be online, and the number grows every year.'],
  ] as const)('(%s) %j: the period of another clause is not the figure\'s', (language, sentence) => {
    const { found, attributes } = readStatistics([paragraph(sentence)], language);
    expect(found).toMatchObject([{ id: 'abuse-images-online', value: 1000000, qualifier: 'more-than', period: null }]);
    expect(attributes).toMatchObject([{ id: 'abuse-images-online', field: 'period' }]);
  });

  it.each([
    ['sv', 'Enligt UNODC läggs 50 000 nya bilder ut, och antalet växer varje år.'],
    ['en', 'According to UNODC, 500,000 new images are online; the number grows every year.'],
  ] as const)('(%s) %j: no figure per year, left out', (language, sentence) => {
    const { found, unclear } = readStatistics([paragraph(sentence)], language);
    expect(found).toEqual([]);
    expect(unclear).toMatchObject([{ id: 'new-abuse-images-per-year', reason: expect.stringContaining('in another clause') as unknown }]);
  });

  it.each([
    ['sv', 'Enligt Europol och UNODC läggs 50 000 nya bilder ut varje år.'],
    ['en', 'According to Europol and the UN Office on Drugs and Crime, 500,000 new images are put online every year.'],
  ] as const)('(%s) %j: two sources, none', (language, sentence) => {
    const { found, attributes } = readStatistics([paragraph(sentence)], language);
    expect(found).toMatchObject([{ id: 'new-abuse-images-per-year', source: null, period: 'year' }]);
    expect(attributes).toMatchObject([{ field: 'source', reason: expect.stringContaining('UNODC, Europol') as unknown }]);
  });

  it.each([
    ['sv', 'Enligt Europol, och inte UNODC, läggs 50 000 nya bilder ut varje år.'],
    ['en', 'According to Europol, not UNODC, 500,000 new images are put online every year.'],
  ] as const)('(%s) %j: a source denied is no source, and the figure is left out', (language, sentence) => {
    const { found, unclear } = readStatistics([paragraph(sentence)], language);
    expect(found).toEqual([]);
    expect(unclear[0]?.reason).toContain('negated');
  });
});

describe('words that undo what states a figure, wherever they stand among its stating words', () => {
  const RESCUE_SV = 'År 2011 ledde operation Rescue till att';
  const RESCUE_EN = 'In 2011 operation Rescue led to';

  it.each([
    // A negation or a stop after the post's aside, between the figure and its stating word.
    ['sv', 'Ett år senare står 48 länder*, alltså inte bara EU och USA, inte längre bakom initiativet.', 'participating-countries', 'inte'],
    ['sv', 'Ett år senare har 48 länder*, alltså inte bara EU och USA, upphört att stå bakom initiativet.', 'participating-countries', 'upphört'],
    ['sv', 'Ett år senare har 48 länder*, alltså inte bara EU och USA, slutat stödja initiativet.', 'participating-countries', 'slutat'],
    ['en', 'One year later 48 countries*, so not just the EU and the US, no longer stand behind the initiative.', 'participating-countries', 'no'],
    ['en', 'One year later 48 countries*, so not just the EU and the US, have stopped standing behind the initiative.', 'participating-countries', 'stopped'],
    ['en', 'One year later 48 countries*, so not only the EU and the US, have ceased to support the initiative.', 'participating-countries', 'ceased'],
    ['en', 'Nobody claims that 48 countries stand behind the initiative.', 'participating-countries', 'Nobody'],
    ['sv', 'Knappast står 48 länder bakom initiativet.', 'participating-countries', 'Knappast'],
    // Said to be wrong, or only alleged.
    ['sv', `${RESCUE_SV} 779 misstänkta personer kunde felaktigt identifieras.`, 'operation-rescue-suspects-identified', 'felaktigt'],
    ['sv', `${RESCUE_SV} 779 misstänkta personer som påstås ha identifierats.`, 'operation-rescue-suspects-identified', 'påstås'],
    ['sv', `${RESCUE_SV} 779 misstänkta personer identifierades felaktigt, 250 greps.`, 'operation-rescue-suspects-identified', 'felaktigt'],
    ['sv', 'Mer än en miljon bilder på barn påstås ligga ute på nätet.', 'abuse-images-online', 'påstås'],
    ['sv', 'Det är en myt att mer än en miljon bilder på barn ligger ute på nätet.', 'abuse-images-online', 'myt'],
    ['en', `${RESCUE_EN} 779 suspects being erroneously identified.`, 'operation-rescue-suspects-identified', 'erroneously'],
    ['en', `${RESCUE_EN} 779 suspects being falsely identified.`, 'operation-rescue-suspects-identified', 'falsely'],
    ['en', `${RESCUE_EN} 779 suspects being identified, 250 arrested and 252 children allegedly safeguarded.`, 'operation-rescue-children-safeguarded', 'allegedly'],
    ['en', 'According to UNODC, 500,000 new images are mistakenly reported as put online every year.', 'new-abuse-images-per-year', 'mistakenly'],
    // Counterfactual, hypothetical or only wished for: not what happened.
    ['sv', `${RESCUE_SV} 252 barn skulle ha kunnat skyddas.`, 'operation-rescue-children-safeguarded', 'skulle ha'],
    ['sv', `${RESCUE_SV} 252 barn borde ha skyddats.`, 'operation-rescue-children-safeguarded', 'borde ha'],
    ['sv', `${RESCUE_SV} 252 barn kunde ha räddats.`, 'operation-rescue-children-safeguarded', 'kunde ha'],
    ['sv', 'Enligt UNODC skulle 50 000 nya bilder ha lagts ut varje år.', 'new-abuse-images-per-year', 'skulle'],
    ['en', `${RESCUE_EN} 252 children who might have been safeguarded.`, 'operation-rescue-children-safeguarded', 'might have'],
    ['en', `${RESCUE_EN} 252 children who would have been safeguarded.`, 'operation-rescue-children-safeguarded', 'would have'],
    ['en', `${RESCUE_EN} 252 children who should have been safeguarded.`, 'operation-rescue-children-safeguarded', 'should have'],
    ['en', 'According to UNODC, 500,000 new images would be put online every year.', 'new-abuse-images-per-year', 'would'],
    // A failure, or a guess among its words.
    ['sv', 'År 2011 misslyckades operation Rescue med att skydda 252 barn.', 'operation-rescue-children-safeguarded', 'misslyckades'],
    ['en', 'In 2011 operation Rescue failed to safeguard 252 children.', 'operation-rescue-children-safeguarded', 'failed'],
    ['sv', 'Enligt UNODC läggs 50 000 nya bilder kanske ut varje år.', 'new-abuse-images-per-year', 'kanske'],
    ['en', 'According to UNODC, 500,000 new images are probably put online every year.', 'new-abuse-images-per-year', 'probably'],
    // A figure of a report the sentence calls withdrawn, wherever the word stands.
    ['sv', 'Enligt UNODC, som sedan drog tillbaka siffran, läggs 50 000 nya bilder ut varje år.', 'new-abuse-images-per-year', 'drog tillbaka'],
    ['sv', 'Enligt en numera återkallad rapport läggs 50 000 nya bilder ut varje år.', 'new-abuse-images-per-year', 'återkallad'],
    ['en', 'According to a retracted UNODC report, 500,000 new images are put online every year.', 'new-abuse-images-per-year', 'retracted'],
    ['en', 'According to UNODC, which has since withdrawn the figure, 500,000 new images are put online every year.', 'new-abuse-images-per-year', 'withdrawn'],
    ['en', `${RESCUE_EN} 779 suspects being identified, 250 arrested and 252 children safeguarded, in a since-discredited report.`, 'operation-rescue-arrests', 'discredited'],
    // Tried, not done: the attempt governs the stating verb, in the figure's own words or in a relative clause that holds it.
    ['sv', 'År 2011 försökte operation Rescue identifiera 779 misstänkta.', 'operation-rescue-suspects-identified', 'försökte'],
    ['en', 'In 2011 operation Rescue tried to safeguard 252 children.', 'operation-rescue-children-safeguarded', 'tried to'],
    ['en', 'In 2011 operation Rescue attempted to safeguard 252 children.', 'operation-rescue-children-safeguarded', 'attempted'],
    ['sv', `${RESCUE_SV} 779 misstänkta som man försökte identifiera.`, 'operation-rescue-suspects-identified', 'försökte'],
    ['sv', `${RESCUE_SV} 779 misstänkta som försökte undgå att identifieras greps.`, 'operation-rescue-suspects-identified', 'försökte'],
    ['en', 'In 2011, 779 suspects who tried to avoid being identified were arrested by operation Rescue.', 'operation-rescue-suspects-identified', 'tried to'],
    ['en', `${RESCUE_EN} 779 suspects whom the police tried to have identified.`, 'operation-rescue-suspects-identified', 'tried to'],
    ['en', 'In 2011, 779 suspects who may have been identified were arrested by operation Rescue.', 'operation-rescue-suspects-identified', 'may have'],
    ['sv', `${RESCUE_SV} 779 misstänkta som skulle ha identifierats greps.`, 'operation-rescue-suspects-identified', 'skulle ha'],
    // An adverb stands before a Swedish relative clause's finite verb: never held apart.
    ['sv', `${RESCUE_SV} 779 misstänkta som förhoppningsvis kunde identifieras greps.`, 'operation-rescue-suspects-identified', 'förhoppningsvis'],
    ['sv', `${RESCUE_SV} 779 misstänkta som felaktigt hade identifierats greps.`, 'operation-rescue-suspects-identified', 'felaktigt'],
    ['sv', `${RESCUE_SV} 779 misstänkta som ska kunna identifieras greps.`, 'operation-rescue-suspects-identified', 'ska'],
  ] as const)('(%s) %j: no %s ("%s")', (language, sentence, id, word) => {
    const { found, unclear } = readStatistics([paragraph(sentence)], language);
    expect(found.map((statistic) => statistic.id)).not.toContain(id);
    expect(unclear.find((entry) => entry.id === id)?.reason).toContain(`"${word}"`);
  });

  it.each([
    ['sv', 'Ett år senare står 48 länder*, alltså inte bara EU och USA, bakom initiativet.', 'participating-countries', 48],
    ['sv', 'Ett år senare står 48 länder*, inte enbart i Europa, bakom initiativet.', 'participating-countries', 48],
    ['en', 'One year later 48 countries*, not merely the EU and the US, stand behind the initiative.', 'participating-countries', 48],
    ['sv', `${RESCUE_SV} 779 misstänkta personer kunde identifieras i hela världen, 250 greps och 252 barn kunde skyddas.`, 'operation-rescue-children-safeguarded', 252],
    ['sv', 'I januari 2011 ledde operation Rescue till att 779 misstänkta personer kunde identifieras.', 'operation-rescue-suspects-identified', 779],
    ['sv', 'Hösten 2011 ledde operation Rescue till att 779 misstänkta personer kunde identifieras.', 'operation-rescue-suspects-identified', 779],
    ['en', 'In January 2011 operation Rescue led to 779 suspects being identified.', 'operation-rescue-suspects-identified', 779],
    ['en', 'In the spring of 2011 operation Rescue led to 779 suspects being identified.', 'operation-rescue-suspects-identified', 779],
    ['sv', 'Den 5 mars 2011 ledde operation Rescue till att 779 misstänkta personer kunde identifieras.', 'operation-rescue-suspects-identified', 779],
    ['en', 'On 5 March 2011 operation Rescue led to 779 suspects being identified.', 'operation-rescue-suspects-identified', 779],
    ['sv', 'Den 5 mars 2011 står 48 länder bakom initiativet.', 'participating-countries', 48],
    ['en', 'On 5 March 2011, 48 countries stand behind the initiative.', 'participating-countries', 48],
    ['sv', `${RESCUE_SV} 252 barn har kunnat skyddas.`, 'operation-rescue-children-safeguarded', 252],
    // A year that is part of a name is no figure that ends the figure's words.
    ['sv', `${RESCUE_SV} 779 misstänkta personer, som Agenda 2030-rapporten visar, kunde identifieras.`, 'operation-rescue-suspects-identified', 779],
    ['en', `${RESCUE_EN} 779 suspects, as the Vision 2020 report shows, being identified.`, 'operation-rescue-suspects-identified', 779],
    ['en', 'More than one million images of children are estimated to be online at present.', 'abuse-images-online', 1_000_000],
    ['sv', 'Operation Rescue slutade med att 250 greps.', 'operation-rescue-arrests', 250],
    // A word after the mark that ends its stating words speaks of another thing.
    ['sv', `${RESCUE_SV} 252 barn kunde skyddas, fast inte alla ville det.`, 'operation-rescue-children-safeguarded', 252],
    ['en', `${RESCUE_EN} 252 children safeguarded, which might not have happened without Europol.`, 'operation-rescue-children-safeguarded', 252],
    // An attempt, a plan or a failure in a relative clause that closes before the stating verb, or an attempted crime: said of the suspects, not of the figure.
    ['sv', `${RESCUE_SV} 779 misstänkta som försökt gömma sig kunde identifieras.`, 'operation-rescue-suspects-identified', 779],
    ['sv', `${RESCUE_SV} 779 misstänkta som hade försökt fly kunde identifieras och 250 greps.`, 'operation-rescue-suspects-identified', 779],
    ['en', 'In 2011, 779 suspects who had tried to hide were identified by operation Rescue.', 'operation-rescue-suspects-identified', 779],
    ['en', 'In 2011, 779 suspects whom the police had tried to find were identified by operation Rescue.', 'operation-rescue-suspects-identified', 779],
    ['en', `${RESCUE_EN} 779 suspects of attempted abuse being identified.`, 'operation-rescue-suspects-identified', 779],
    ['sv', 'År 2011 ledde operation Rescue mot försök till övergrepp till att 779 misstänkta kunde identifieras.', 'operation-rescue-suspects-identified', 779],
    ['en', 'In 2011 operation Rescue against attempted child abuse led to 779 suspects being identified.', 'operation-rescue-suspects-identified', 779],
    ['sv', `${RESCUE_SV} 779 misstänkta som ska ha gömt sig kunde identifieras.`, 'operation-rescue-suspects-identified', 779],
    ['en', 'In 2011, 779 suspects who had failed to appear in court were identified by operation Rescue.', 'operation-rescue-suspects-identified', 779],
  ] as const)('(%s) %j: still %s', (language, sentence, id, value) => {
    const { found, unclear } = readStatistics([paragraph(sentence)], language);
    expect(unclear).toEqual([]);
    expect(found).toContainEqual(expect.objectContaining({ id, value }));
  });
});

describe('a figure stated as a plan, a forecast, a hope, a goal, a wish or a mere possibility', () => {
  const RESCUE_SV = 'År 2011 ledde operation Rescue till att';
  const RESCUE_EN = 'In 2011 operation Rescue led to';
  const ASIDE_SV = 'alltså inte bara EU och USA';
  const ASIDE_EN = 'so not just the EU and the US';

  it.each([
    // Shall, will: what is to come.
    ['sv', `Ett år senare ska 48 länder*, ${ASIDE_SV}, bakom initiativet.`, 'participating-countries', 'ska'],
    ['sv', `Ett år senare skall 48 länder*, ${ASIDE_SV}, stå bakom initiativet.`, 'participating-countries', 'skall'],
    ['sv', `Ett år senare kommer 48 länder*, ${ASIDE_SV}, att stå bakom initiativet.`, 'participating-countries', 'kommer'],
    ['sv', `Ett år senare kommer 48 länder*, ${ASIDE_SV}, nog att stå bakom initiativet.`, 'participating-countries', 'kommer'],
    ['sv', 'Ett år senare kommer 48 länder att gå med i initiativet.', 'participating-countries', 'kommer'],
    ['sv', 'Om ett år kommer alltså 48 länder att gå med i initiativet.', 'participating-countries', 'kommer'],
    ['sv', '48 länder kommer nog att gå med i initiativet.', 'participating-countries', 'kommer nog att'],
    ['sv', `Ett år senare kan 48 länder*, ${ASIDE_SV}, komma att stå bakom initiativet.`, 'participating-countries', 'komma att'],
    ['sv', `${RESCUE_SV} 252 barn ska skyddas.`, 'operation-rescue-children-safeguarded', 'ska'],
    ['sv', `${RESCUE_SV} 252 barn kommer att skyddas.`, 'operation-rescue-children-safeguarded', 'kommer att'],
    ['sv', `${RESCUE_SV} 252 barn torde komma att skyddas.`, 'operation-rescue-children-safeguarded', 'komma att'],
    ['sv', 'Mer än en miljon bilder på barn kommer att ligga ute på nätet.', 'abuse-images-online', 'kommer att'],
    ['sv', 'År 2013 ska 48 länder stå bakom initiativet.', 'participating-countries', 'ska'],
    ['en', `By next year 48 countries*, ${ASIDE_EN}, will stand behind the initiative.`, 'participating-countries', 'will'],
    ['en', `One year later 48 countries*, ${ASIDE_EN}, shall stand behind the initiative.`, 'participating-countries', 'shall'],
    ['en', `One year later 48 countries*, ${ASIDE_EN}, are going to stand behind the initiative.`, 'participating-countries', 'are going to'],
    ['en', `${RESCUE_EN} 779 suspects being identified, 250 arrested and 252 children will be safeguarded.`, 'operation-rescue-children-safeguarded', 'will'],
    ['en', 'More than one million images of children will be online.', 'abuse-images-online', 'will'],
    // Hoped for, aimed at, wished, wanted.
    ['sv', `Ett år senare hoppas vi att 48 länder*, ${ASIDE_SV}, bakom initiativet.`, 'participating-countries', 'hoppas'],
    ['sv', `Ett år senare står förhoppningsvis 48 länder*, ${ASIDE_SV}, bakom initiativet.`, 'participating-countries', 'förhoppningsvis'],
    ['sv', `Målet är att ett år senare står 48 länder*, ${ASIDE_SV}, bakom initiativet.`, 'participating-countries', 'Målet är'],
    ['sv', `Vårt mål är att 48 länder*, ${ASIDE_SV}, står bakom initiativet.`, 'participating-countries', 'mål är'],
    ['sv', `Ett år senare vill 48 länder*, ${ASIDE_SV}, stå bakom initiativet.`, 'participating-countries', 'vill'],
    ['sv', `Ett år senare önskar 48 länder*, ${ASIDE_SV}, stå bakom initiativet.`, 'participating-countries', 'önskar'],
    ['sv', `Ett år senare siktar 48 länder*, ${ASIDE_SV}, på att stå bakom initiativet.`, 'participating-countries', 'siktar'],
    ['sv', `På sikt står 48 länder*, ${ASIDE_SV}, bakom initiativet.`, 'participating-countries', 'På sikt'],
    ['sv', 'År 2011 syftade operation Rescue till att 779 misstänkta personer kunde identifieras.', 'operation-rescue-suspects-identified', 'syftade'],
    ['en', `We hope that one year later 48 countries*, ${ASIDE_EN}, stand behind the initiative.`, 'participating-countries', 'hope'],
    ['en', `One year later 48 countries*, ${ASIDE_EN}, hopefully stand behind the initiative.`, 'participating-countries', 'hopefully'],
    ['en', `Our goal is that one year later 48 countries*, ${ASIDE_EN}, stand behind the initiative.`, 'participating-countries', 'goal is'],
    ['en', `The aim is that one year later 48 countries*, ${ASIDE_EN}, stand behind the initiative.`, 'participating-countries', 'aim is'],
    ['en', `The target is that one year later 48 countries*, ${ASIDE_EN}, stand behind the initiative.`, 'participating-countries', 'target is'],
    ['en', 'In 2011 operation Rescue aimed at 779 suspects being identified.', 'operation-rescue-suspects-identified', 'aimed at'],
    ['en', 'In 2011 operation Rescue aims to have 779 suspects identified.', 'operation-rescue-suspects-identified', 'aims to'],
    ['en', `One year later 48 countries*, ${ASIDE_EN}, want to stand behind the initiative.`, 'participating-countries', 'want to'],
    ['en', `One year later 48 countries*, ${ASIDE_EN}, wish to stand behind the initiative.`, 'participating-countries', 'wish'],
    ['sv', 'Ett år senare står 48 länder bakom initiativet, hoppas vi.', 'participating-countries', 'hoppas vi'],
    ['en', 'One year later 48 countries stand behind the initiative, we hope.', 'participating-countries', 'we hope'],
    ['sv', 'Enligt planen står 48 länder bakom initiativet.', 'participating-countries', 'Enligt planen'],
    ['en', 'According to plan, 48 countries stand behind the initiative.', 'participating-countries', 'According to plan'],
    ['en', 'Ideally 48 countries stand behind the initiative.', 'participating-countries', 'Ideally'],
    // Planned, intended, expected, forecast.
    ['sv', 'År 2011 planeras operation Rescue leda till att 779 misstänkta personer kunde identifieras.', 'operation-rescue-suspects-identified', 'planeras'],
    ['sv', 'Hösten 2011 planeras operation Rescue leda till att 779 misstänkta personer kunde identifieras.', 'operation-rescue-suspects-identified', 'planeras'],
    ['en', 'In May 2011 operation Rescue plans to have 779 suspects identified.', 'operation-rescue-suspects-identified', 'plans to'],
    ['sv', 'Operation Rescue beräknas i maj 2013 leda till att 779 misstänkta personer kunde identifieras.', 'operation-rescue-suspects-identified', 'beräknas i maj 2013'],
    ['sv', `Ett år senare planerar 48 länder*, ${ASIDE_SV}, att stå bakom initiativet.`, 'participating-countries', 'planerar'],
    ['sv', `Ett år senare avser 48 länder*, ${ASIDE_SV}, att stå bakom initiativet.`, 'participating-countries', 'avser'],
    ['sv', `Ett år senare väntas 48 länder*, ${ASIDE_SV}, stå bakom initiativet.`, 'participating-countries', 'väntas'],
    ['sv', `Ett år senare förväntas 48 länder*, ${ASIDE_SV}, stå bakom initiativet.`, 'participating-countries', 'förväntas'],
    ['sv', 'Operation Rescue beräknas år 2013 leda till att 779 misstänkta personer kunde identifieras.', 'operation-rescue-suspects-identified', 'beräknas år 2013'],
    ['sv', 'Nästa år står 48 länder bakom initiativet.', 'participating-countries', 'Nästa år'],
    ['sv', 'Om ett år står 48 länder bakom initiativet.', 'participating-countries', 'Om ett år'],
    // A month or a season with no year is another time than the post's day, whichever year the reader takes it for.
    ['sv', 'I januari står 48 länder bakom initiativet.', 'participating-countries', 'I januari'],
    ['sv', 'Till sommaren står 48 länder bakom initiativet.', 'participating-countries', 'Till sommaren'],
    ['sv', '48 länder ansluter sig i januari till initiativet.', 'participating-countries', 'i januari'],
    ['sv', 'I slutet av november stod 48 länder bakom initiativet.', 'participating-countries', 'av november'],
    ['sv', 'År 2011 ledde operation Rescue till att 779 misstänkta personer kunde identifieras i mars.', 'operation-rescue-suspects-identified', 'i mars'],
    ['en', 'From January 48 countries stand behind the initiative.', 'participating-countries', 'From January'],
    ['en', 'In January 48 countries stand behind the initiative.', 'participating-countries', 'In January'],
    ['en', 'By summer 48 countries stand behind the initiative.', 'participating-countries', 'By summer'],
    ['en', 'In the spring 48 countries stood behind the initiative.', 'participating-countries', 'In the spring'],
    ['en', 'Since mid-November 48 countries stand behind the initiative.', 'participating-countries', 'November'],
    ['en', '48 countries join the initiative in May.', 'participating-countries', 'in May'],
    ['en', 'In May 48 countries joined the initiative.', 'participating-countries', 'In May'],
    // Found by a hostile check (each kept the figure): a month after a day, and other words before a month.
    ['sv', 'Per mars står 48 länder bakom initiativet.', 'participating-countries', 'Per mars'],
    ['en', 'On March 5, 48 countries stand behind the initiative.', 'participating-countries', 'March'],
    ['en', 'As at March 48 countries stand behind the initiative.', 'participating-countries', 'As at March'],
    ['en', 'Come March 48 countries stand behind the initiative.', 'participating-countries', 'Come March'],
    // A day before its month: the day's number dates the figure, it ends none of its words (each kept the figure).
    ['sv', 'Den 5 mars står 48 länder bakom initiativet.', 'participating-countries', 'Den 5 mars'],
    ['sv', 'Den 5:e mars står 48 länder bakom initiativet.', 'participating-countries', 'Den 5:e mars'],
    ['sv', 'Per den 1 januari står 48 länder bakom initiativet.', 'participating-countries', 'den 1 januari'],
    ['sv', '48 länder står den 1 januari bakom initiativet.', 'participating-countries', 'den 1 januari'],
    ['en', 'On 5 March 48 countries stand behind the initiative.', 'participating-countries', 'On 5 March'],
    ['en', 'On 1st March 48 countries stand behind the initiative.', 'participating-countries', 'On 1st March'],
    ['en', 'On the 5th of March 48 countries stand behind the initiative.', 'participating-countries', 'On the 5th of March'],
    ['en', 'As of 1 January 48 countries stand behind the initiative.', 'participating-countries', '1 January'],
    ['en', '48 countries stand behind the initiative as of 1 January.', 'participating-countries', '1 January'],
    // A date in numbers, a range of days before its month, a day told from today: each kept the figure.
    ['sv', 'Den 5/3 står 48 länder bakom initiativet.', 'participating-countries', '5/3'],
    ['sv', 'Den 5.3. står 48 länder bakom initiativet.', 'participating-countries', '5.3.'],
    ['sv', 'Per 5/3 står 48 länder bakom initiativet.', 'participating-countries', '5/3'],
    ['sv', 'Ett år senare står 48 länder* den 5/3 bakom initiativet.', 'participating-countries', '5/3'],
    ['sv', 'Mellan den 5 och 7 mars står 48 länder bakom initiativet.', 'participating-countries', '7 mars'],
    ['sv', 'Från 5 till 7 mars står 48 länder bakom initiativet.', 'participating-countries', '7 mars'],
    ['sv', 'Den 5 till 7 mars står 48 länder bakom initiativet.', 'participating-countries', '7 mars'],
    ['sv', 'Om fem dagar står 48 länder bakom initiativet.', 'participating-countries', 'Om fem dagar'],
    ['en', 'On 5/3, 48 countries stand behind the initiative.', 'participating-countries', '5/3'],
    ['en', 'Since 5/3, 48 countries stand behind the initiative.', 'participating-countries', '5/3'],
    ['en', 'Between 5 and 7 March 48 countries stand behind the initiative.', 'participating-countries', '7 March'],
    ['en', 'From 5 to 7 March, 48 countries stand behind the initiative.', 'participating-countries', '7 March'],
    ['en', 'In 5 days 48 countries stand behind the initiative.', 'participating-countries', 'In 5 days'],
    ['en', 'In a year, 48 countries stand behind the initiative.', 'participating-countries', 'In a year'],
    ['en', 'The day before yesterday, 48 countries stood behind the initiative.', 'participating-countries', 'The day before yesterday'],
    ['en', 'Yesterday, 48 countries stood behind the initiative.', 'participating-countries', 'Yesterday'],
    // Found by a hostile check (each kept the figure): a date in numbers with a dot and no dot after, a hyphen or a colon.
    ['sv', 'Den 5.3 står 48 länder bakom initiativet.', 'participating-countries', '5.3'],
    ['sv', 'Per 5.3 står 48 länder bakom initiativet.', 'participating-countries', '5.3'],
    ['sv', 'Den 5.3.13 står 48 länder bakom initiativet.', 'participating-countries', '5.3.13'],
    ['sv', 'Den 5-3 står 48 länder bakom initiativet.', 'participating-countries', '5-3'],
    ['sv', 'Den 5:3 står 48 länder bakom initiativet.', 'participating-countries', '5:3'],
    ['en', 'On 5.3, 48 countries stand behind the initiative.', 'participating-countries', '5.3'],
    // Found by a hostile check (each kept the figure): a date in numbers spaced around its mark.
    ['sv', 'Den 5 / 3 står 48 länder bakom initiativet.', 'participating-countries', '5 / 3'],
    ['sv', 'Den 5. 3. står 48 länder bakom initiativet.', 'participating-countries', '5. 3.'],
    ['sv', 'Per 5 /3 står 48 länder bakom initiativet.', 'participating-countries', '5 /3'],
    ['en', 'On 5 / 3, 48 countries stand behind the initiative.', 'participating-countries', '5 / 3'],
    // Read without the post's date, a month is another time than the post's, whichever it is (guard).
    ['sv', 'I december står 48 länder bakom initiativet.', 'participating-countries', 'I december'],
    ['en', 'In December 48 countries stand behind the initiative.', 'participating-countries', 'December'],
    ['sv', 'Enligt UNODC beräknas 50 000 nya bilder komma att publiceras varje år.', 'new-abuse-images-per-year', 'komma att'],
    ['en', 'Operation Rescue is expected to lead to 779 suspects being identified.', 'operation-rescue-suspects-identified', 'expected'],
    ['en', 'According to UNODC, 500 000 new child abuse images are expected to be put online every year.', 'new-abuse-images-per-year', 'expected'],
    ['en', 'According to UNODC, 500 000 new child abuse images are projected to be put online every year.', 'new-abuse-images-per-year', 'projected'],
    ['en', `One year later 48 countries*, ${ASIDE_EN}, plan to stand behind the initiative.`, 'participating-countries', 'plan to'],
    ['en', `One year later 48 countries*, ${ASIDE_EN}, intend to stand behind the initiative.`, 'participating-countries', 'intend'],
    ['en', `One year later 48 countries*, ${ASIDE_EN}, are set to stand behind the initiative.`, 'participating-countries', 'set to'],
    ['en', 'Operation Rescue is estimated to lead to 779 suspects being identified.', 'operation-rescue-suspects-identified', 'estimated to lead'],
    // An infinitive of putting online forecasts uploads; the post's "estimated to be online at present" estimates what is.
    ['en', 'More than one million images of children are estimated to be put online.', 'abuse-images-online', 'to be put'],
    ['en', 'According to UNODC, 500 000 new child abuse images are estimated to be uploaded every year.', 'new-abuse-images-per-year', 'to be uploaded'],
    // A mere possibility: may, could, can, kan governing the stating verb.
    ['sv', `Om ett år kan 48 länder*, ${ASIDE_SV}, stå bakom initiativet.`, 'participating-countries', 'Om ett år'],
    ['sv', 'Ett år senare kan 48 länder stå bakom initiativet.', 'participating-countries', 'kan'],
    ['sv', 'Ett år senare har 48 länder möjlighet att gå med i initiativet.', 'participating-countries', 'möjlighet att'],
    ['en', 'According to UNODC, 500 000 new child abuse images may be put online every year.', 'new-abuse-images-per-year', 'may'],
    ['en', 'According to UNODC, 500 000 new child abuse images could be put online every year.', 'new-abuse-images-per-year', 'could'],
    ['en', `One year later 48 countries*, ${ASIDE_EN}, can join the initiative.`, 'participating-countries', 'can'],
    ['en', 'One year later 48 countries have the possibility to join the initiative.', 'participating-countries', 'the possibility to'],
  ] as const)('(%s) %j: no %s ("%s")', (language, sentence, id, word) => {
    const { found, unclear } = readStatistics([paragraph(sentence)], language);
    expect(found.map((statistic) => statistic.id)).not.toContain(id);
    expect(unclear.find((entry) => entry.id === id)?.reason).toContain(`"${word}"`);
  });

  it.each([
    // The post's own sentences, whole: "möjlighet att gå med", "possibility to join" (a stating word) stand in the
    // clause after ", och"/", and"; "kunde identifieras" is past ability; "beräknas för närvarande ligga" and
    // "are estimated to be online at present" an estimate of what is; "ska vi ses", "kommer … att inrikta" and
    // "will meet", "will focus" other sentences.
    ['sv', `Ett år senare står 48 länder*, ${ASIDE_SV}, bakom initiativet, och fler har möjlighet att gå med. Om två år ska vi ses igen.`, 'participating-countries', 48],
    ['en', `One year later 48 countries*, ${ASIDE_EN}, stand behind the initiative, and more have the possibility to join. In two years we will meet again.`, 'participating-countries', 48],
    ['sv', 'Mer än en miljon bilder på barn som utsätts för sexuella övergrepp och sexuellt utnyttjande beräknas för närvarande ligga ute på nätet.', 'abuse-images-online', 1_000_000],
    ['en', 'More than one million images of children subjected to sexual abuse and sexual exploitation are estimated to be online at present.', 'abuse-images-online', 1_000_000],
    ['sv', `Mycket återstår att göra, men vi ska bygga vidare på det samarbete som fungerar. ${RESCUE_SV} 779 misstänkta personer kunde identifieras i hela världen, 250 greps och 252 barn kunde skyddas. Europeiska it-brottscentrumet kommer huvudsakligen att inrikta sitt arbete på barnpornografiskt material på nätet.`, 'operation-rescue-suspects-identified', 779],
    ['sv', `${RESCUE_SV} 779 misstänkta personer kunde identifieras i hela världen, 250 greps och 252 barn kunde skyddas.`, 'operation-rescue-children-safeguarded', 252],
    ['en', `Much remains to be done, but we will build on the cooperation that works. ${RESCUE_EN} 779 suspects being identified across the world, 250 arrested and 252 children safeguarded. The European Cybercrime Centre will focus mainly on child abuse material online.`, 'operation-rescue-arrests', 250],
    // A word of aspiration after the word that states the figure governs no part of it: it speaks of another thing.
    ['sv', 'Ett år senare står 48 länder bakom initiativet som vi hoppas ska växa.', 'participating-countries', 48],
    ['en', 'One year later 48 countries stand behind the initiative which will grow.', 'participating-countries', 48],
    ['en', 'In May of 2012, 48 countries joined the initiative.', 'participating-countries', 48],
    ['sv', 'Ett år senare står 48 länder bakom initiativet och fler kan gå med.', 'participating-countries', 48],
    ['en', 'One year later 48 countries stand behind the initiative and more can join.', 'participating-countries', 48],
    ['en', 'As expected, 48 countries joined the initiative.', 'participating-countries', 48],
    ['en', 'As planned, 48 countries joined the initiative.', 'participating-countries', 48],
    ['sv', 'Som planerat står 48 länder bakom initiativet.', 'participating-countries', 48],
  ] as const)('(%s) %j: still %s', (language, sentence, id, value) => {
    const { found, unclear } = readStatistics([paragraph(sentence)], language);
    expect(unclear).toEqual([]);
    expect(found).toContainEqual(expect.objectContaining({ id, value }));
  });
});

describe('a source named only to be contradicted', () => {
  it.each([
    ['sv', 'Tvärtemot UNODC:s uppskattning läggs 50 000 nya bilder ut varje år.', 'UNODC'],
    ['sv', 'Till skillnad från vad FN:s drog- och brottsbekämpningsbyrå uppger läggs 50 000 nya bilder ut varje år.', 'UNODC'],
    ['sv', 'I motsats till Europol räknar vi med att 50 000 nya bilder läggs ut varje år.', 'Europol'],
    ['en', 'In contrast to UNODC, Europol says 500,000 new images are put online every year.', 'UNODC'],
    ['en', 'As opposed to the UN Office on Drugs and Crime, we find that 500,000 new images are put online every year.', 'UNODC'],
    ['en', "Contrary to the estimate of UNODC, 500,000 new images are put online every year.", 'UNODC'],
  ] as const)('(%s) %j: no source, and said so', (language, sentence, contradicted) => {
    const { found, attributes } = readStatistics([paragraph(sentence)], language);
    expect(found).toMatchObject([{ id: 'new-abuse-images-per-year', source: null }]);
    expect(attributes).toMatchObject([{ field: 'source', reason: expect.stringContaining(`names ${contradicted} only to contradict it`) as unknown }]);
  });

  it.each([
    ['sv', 'Enligt UNODC läggs, tvärtemot vad många tror, 50 000 nya bilder ut varje år.'],
    ['sv', 'Tvärtemot vad många tror läggs enligt UNODC 50 000 nya bilder ut varje år.'],
    ['en', 'According to UNODC, contrary to what many believe, 500,000 new images are put online every year.'],
    ['en', 'Unlike many estimates, according to UNODC 500,000 new images are put online every year.'],
  ] as const)('(%s) %j: a contrast with another than the source leaves it', (language, sentence) => {
    const { found, attributes } = readStatistics([paragraph(sentence)], language);
    expect(found).toMatchObject([{ id: 'new-abuse-images-per-year', source: 'UNODC' }]);
    expect(attributes).toEqual([]);
  });
});

/** The sentence states no `id`: it is left out, and the reason names `word`. */
function undone(language: 'sv' | 'en', sentence: string, id: string, word: string): void {
  const { found, unclear } = readStatistics([paragraph(sentence)], language);
  expect(found.map((statistic) => statistic.id)).not.toContain(id);
  expect(unclear.find((entry) => entry.id === id)?.reason).toContain(`"${word}"`);
}

/** The sentence still states `id` as `value`, and nothing is left out. */
function stillRead(language: 'sv' | 'en', sentence: string, id: string, value: number): void {
  const { found, unclear } = readStatistics([paragraph(sentence)], language);
  expect(unclear).toEqual([]);
  expect(found).toContainEqual(expect.objectContaining({ id, value }));
}

describe('a figure followed by "fler", "more": a difference, not the figure', () => {
  it.each([
    ['sv', 'Ett år senare står 48 länder fler*, alltså inte bara EU och USA, bakom initiativet.', 'participating-countries', 'fler'],
    ['sv', 'Ett år senare står 48 länder* fler bakom initiativet.', 'participating-countries', 'fler'],
    ['sv', 'Ett år senare står 48 länder till* bakom initiativet.', 'participating-countries', 'till'],
    ['sv', 'År 2011 ledde operation Rescue till att 250 greps och 252 barn fler kunde skyddas.', 'operation-rescue-children-safeguarded', 'fler'],
    ['sv', 'Enligt UNODC läggs 50 000 nya bilder mer ut varje år.', 'new-abuse-images-per-year', 'mer'],
    ['en', 'One year later 48 countries more*, so not just the EU and the US, stand behind the initiative.', 'participating-countries', 'more'],
    ['en', 'In 2011 operation Rescue led to 250 arrested and 252 children fewer safeguarded.', 'operation-rescue-children-safeguarded', 'fewer'],
    ['en', 'One year later 48 countries additional stand behind the initiative.', 'participating-countries', 'additional'],
    // a word between the figure and what it counts, or right before the figure, that adds it to another
    ['sv', 'Ett år senare står 48 nya länder* bakom initiativet.', 'participating-countries', 'nya'],
    ['sv', 'Ett år senare står 48 fler länder* bakom initiativet.', 'participating-countries', 'fler'],
    ['sv', 'Ett år senare står 48 ytterligare länder* bakom initiativet.', 'participating-countries', 'ytterligare'],
    ['sv', 'Ett år senare står ytterligare 48 länder* bakom initiativet.', 'participating-countries', 'ytterligare'],
    ['en', 'One year later 48 further countries stand behind the initiative.', 'participating-countries', 'further'],
    ['en', 'One year later 48 additional countries stand behind the initiative.', 'participating-countries', 'additional'],
    ['en', 'One year later 48 new countries stand behind the initiative.', 'participating-countries', 'new'],
    ['en', 'One year later another 48 countries stand behind the initiative.', 'participating-countries', 'another'],
    ['en', 'One year later a further 48 countries stand behind the initiative.', 'participating-countries', 'further'],
    ['sv', 'Mer än en miljon nya bilder på barn beräknas för närvarande ligga ute på nätet.', 'abuse-images-online', 'nya'],
    ['en', 'More than one million additional images of children are estimated to be online at present.', 'abuse-images-online', 'additional'],
    ['sv', 'Enligt UNODC läggs 50 000 ytterligare nya bilder ut varje år.', 'new-abuse-images-per-year', 'ytterligare'],
    ['en', 'According to UNODC, another 500 000 new images are put online every year.', 'new-abuse-images-per-year', 'another'],
    ['sv', 'År 2011 ledde operation Rescue till att 779 nya misstänkta personer kunde identifieras.', 'operation-rescue-suspects-identified', 'nya'],
    ['en', 'In 2011 operation Rescue led to 779 more suspects being identified.', 'operation-rescue-suspects-identified', 'more'],
    ['sv', 'År 2011 ledde operation Rescue till att ytterligare 250 gripits.', 'operation-rescue-arrests', 'ytterligare'],
    ['en', 'In 2011 operation Rescue led to 250 further arrests.', 'operation-rescue-arrests', 'further'],
    ['sv', 'År 2011 ledde operation Rescue till att 252 fler barn kunde skyddas.', 'operation-rescue-children-safeguarded', 'fler'],
    ['en', 'In 2011 operation Rescue led to another 252 children safeguarded.', 'operation-rescue-children-safeguarded', 'another'],
    ['en', 'In 2011 operation Rescue led to an additional 252 children safeguarded.', 'operation-rescue-children-safeguarded', 'additional'],
    // the rest beside another figure: other, remaining
    ['sv', 'Ett år senare står andra 48 länder* bakom initiativet.', 'participating-countries', 'andra'],
    ['sv', 'Ett år senare står 48 andra länder* bakom initiativet.', 'participating-countries', 'andra'],
    ['sv', 'Ett år senare står övriga 48 länder* bakom initiativet.', 'participating-countries', 'övriga'],
    ['sv', 'Ett år senare står resterande 48 länder* bakom initiativet.', 'participating-countries', 'resterande'],
    ['sv', 'År 2011 ledde operation Rescue till att återstående 252 barn kunde skyddas.', 'operation-rescue-children-safeguarded', 'återstående'],
    ['en', 'One year later other 48 countries stand behind the initiative.', 'participating-countries', 'other'],
    ['en', 'One year later 48 other countries stand behind the initiative.', 'participating-countries', 'other'],
    ['en', 'One year later the remaining 48 countries stand behind the initiative.', 'participating-countries', 'remaining'],
    ['en', 'In 2011 operation Rescue led to 779 other suspects being identified.', 'operation-rescue-suspects-identified', 'other'],
  ] as const)('(%s) %j: no %s ("%s")', undone);

  it.each([
    // "till" that goes on to what the figure joins, a comma before "fler": the post's own "48 länder*, …, och fler har möjlighet".
    ['sv', 'Ett år senare har 48 länder anslutit sig till initiativet.', 'participating-countries', 48],
    ['sv', 'Ett år senare står 48 länder*, alltså inte bara EU och USA, bakom initiativet, och fler har möjlighet att gå med.', 'participating-countries', 48],
    ['en', 'One year later 48 countries*, so not just the EU and the US, stand behind the initiative, and more have the possibility to join.', 'participating-countries', 48],
    // "nya bilder" are the new images' own words, not an addition to the images online the sentence also names
    ['sv', 'Enligt UNODC läggs 50 000 nya bilder ut på nätet varje år.', 'new-abuse-images-per-year', 50_000],
    ['en', 'According to UNODC, 500 000 new child abuse images are put online every year.', 'new-abuse-images-per-year', 500_000],
    // "andra", "other" that do not stand right before the figure or what it counts
    ['sv', 'Ett år senare står, bland andra, 48 länder bakom initiativet.', 'participating-countries', 48],
    ['sv', 'Bland andra står 48 länder bakom initiativet.', 'participating-countries', 48],
    ['en', 'Among others, 48 countries stand behind the initiative.', 'participating-countries', 48],
    ['en', 'On the other hand, 48 countries stand behind the initiative.', 'participating-countries', 48],
  ] as const)('(%s) %j: still %s', stillRead);
});

describe('a figure in a sentence that asks', () => {
  const RESCUE_SV = 'År 2011 ledde operation Rescue till att 779 misstänkta personer kunde identifieras i hela världen, 250 greps och 252 barn kunde skyddas';
  const RESCUE_EN = 'In 2011 operation Rescue led to 779 suspects being identified across the world, 250 arrested and 252 children safeguarded';

  it.each([
    ['sv', 'Ett år senare står 48 länder*, alltså inte bara EU och USA, bakom initiativet, och har fler möjlighet att gå med?', 'participating-countries'],
    ['sv', 'Står 48 länder*, alltså inte bara EU och USA, bakom initiativet?', 'participating-countries'],
    ['en', 'Do 48 countries*, so not just the EU and the US, stand behind the initiative?', 'participating-countries'],
    ['en', 'One year later 48 countries stand behind the initiative, or do they?', 'participating-countries'],
    ['sv', 'Mer än en miljon bilder på barn beräknas ligga ute på nätet?', 'abuse-images-online'],
    ['sv', 'Enligt UNODC läggs 50 000 nya barnpornografiska bilder ut varje år? Bakom dem står nätverk.', 'new-abuse-images-per-year'],
    ['sv', `${RESCUE_SV}? Ofta inte.`, 'operation-rescue-children-safeguarded'],
    ['sv', `${RESCUE_SV}? Ofta inte.`, 'operation-rescue-suspects-identified'],
    ['en', `${RESCUE_EN}? Investigations say otherwise.`, 'operation-rescue-children-safeguarded'],
    ['en', `${RESCUE_EN}? Investigations say otherwise.`, 'operation-rescue-arrests'],
    ['en', `${RESCUE_EN}?”`, 'operation-rescue-arrests'],
  ] as const)('(%s) %j: no %s ("?")', (language, sentence, id) => undone(language, sentence, id, '?'));

  it.each([
    ['sv', 'Varför? 48 länder står bakom initiativet.', 'participating-countries', 48],
    ['en', 'What has changed? 48 countries stand behind the initiative.', 'participating-countries', 48],
    ['en', 'According to UNODC, 500 000 new images are put online every year (see https://example.org/?p=1).', 'new-abuse-images-per-year', 500_000],
  ] as const)('(%s) %j: a question in another sentence, or a "?" in an address, asks nothing of it: still %s', stillRead);
});

describe('a figure stated as a condition or an open question', () => {
  const ASIDE_SV = 'alltså inte bara EU och USA';
  const ASIDE_EN = 'so not just the EU and the US';
  const RESCUE_SV = '779 misstänkta personer kunde identifieras i hela världen, 250 greps och 252 barn kunde skyddas.';
  const RESCUE_EN = '779 suspects being identified across the world, 250 arrested and 252 children safeguarded.';

  it.each([
    ['sv', `Om 48 länder*, ${ASIDE_SV}, står bakom initiativet, och fler har möjlighet att gå med.`, 'participating-countries', 'Om'],
    ['sv', `Ifall 48 länder*, ${ASIDE_SV}, står bakom initiativet, är det bra.`, 'participating-countries', 'Ifall'],
    ['en', `If 48 countries*, ${ASIDE_EN}, stand behind the initiative, more have the possibility to join.`, 'participating-countries', 'If'],
    ['en', `Unless 48 countries*, ${ASIDE_EN}, stand behind the initiative, it fails.`, 'participating-countries', 'Unless'],
    ['sv', 'Om mer än en miljon bilder på barn beräknas ligga ute på nätet.', 'abuse-images-online', 'Om'],
    ['en', 'If more than one million images of children are estimated to be online at present.', 'abuse-images-online', 'If'],
    ['sv', `Om operation Rescue år 2011 ledde till att ${RESCUE_SV}`, 'operation-rescue-suspects-identified', 'Om'],
    ['sv', `Om operation Rescue år 2011 ledde till att ${RESCUE_SV}`, 'operation-rescue-arrests', 'Om'],
    ['sv', `Om operation Rescue år 2011 ledde till att ${RESCUE_SV}`, 'operation-rescue-children-safeguarded', 'Om'],
    ['en', `If in 2011 operation Rescue led to ${RESCUE_EN}`, 'operation-rescue-arrests', 'If'],
    ['en', `If in 2011 operation Rescue led to ${RESCUE_EN}`, 'operation-rescue-children-safeguarded', 'If'],
    ['sv', 'Om FN:s drog- och brottsbekämpningsbyrå (UNODC) har rätt läggs 50 000 nya barnpornografiska bilder ut varje år.', 'new-abuse-images-per-year', 'Om'],
    ['en', 'If the UN Office on Drugs and Crime (UNODC) is right, 500 000 new child abuse images are put online every year.', 'new-abuse-images-per-year', 'If'],
    ['sv', `Det är oklart om 48 länder*, ${ASIDE_SV}, står bakom initiativet.`, 'participating-countries', 'oklart om'],
    ['sv', 'Det är osäkert om operation Rescue år 2011 ledde till att 250 greps.', 'operation-rescue-arrests', 'osäkert om'],
    ['sv', 'Det är tveksamt huruvida 48 länder står bakom initiativet.', 'participating-countries', 'huruvida'],
    ['en', `It is unclear whether 48 countries*, ${ASIDE_EN}, stand behind the initiative.`, 'participating-countries', 'unclear whether'],
    ['en', 'It is doubtful if 48 countries stand behind the initiative.', 'participating-countries', 'doubtful if'],
    // A condition after the figure: among its stating words, or opening a clause of its sentence after a comma.
    ['en', 'In 2011 operation Rescue led to 252 children safeguarded if all countries help.', 'operation-rescue-children-safeguarded', 'if'],
    ['en', 'In 2011 operation Rescue led to 252 children safeguarded unless more help.', 'operation-rescue-children-safeguarded', 'unless'],
    ['sv', 'År 2011 ledde operation Rescue till att 252 barn kunde skyddas ifall alla länder bistår.', 'operation-rescue-children-safeguarded', 'ifall'],
    ['sv', 'År 2011 ledde operation Rescue till att 252 barn kunde skyddas förutsatt att alla länder bistår.', 'operation-rescue-children-safeguarded', 'förutsatt att'],
    ['sv', 'År 2011 ledde operation Rescue till att 252 barn kunde skyddas, om alla länder bistår.', 'operation-rescue-children-safeguarded', 'om'],
    ['sv', 'År 2011 ledde operation Rescue till att 779 misstänkta kunde identifieras, 250 greps och 252 barn kunde skyddas, om alla länder bistår.', 'operation-rescue-arrests', 'om'],
    ['en', 'In 2011 operation Rescue led to 252 children safeguarded, if all countries help.', 'operation-rescue-children-safeguarded', 'if'],
    ['en', `One year later 48 countries*, ${ASIDE_EN}, stand behind the initiative (if more join).`, 'participating-countries', 'if'],
    // A time clause after the figure says when it would be, not that it is.
    ['sv', 'År 2011 ledde operation Rescue till att 252 barn kunde skyddas när länderna bistår.', 'operation-rescue-children-safeguarded', 'när'],
    ['sv', 'År 2011 ledde operation Rescue till att 252 barn kunde skyddas så snart fler länder kommer med.', 'operation-rescue-children-safeguarded', 'så snart'],
    ['sv', 'År 2011 ledde operation Rescue till att 252 barn kunde skyddas, när fler länder kommer med.', 'operation-rescue-children-safeguarded', 'när'],
    ['sv', `Ett år senare står 48 länder*, ${ASIDE_SV}, bakom initiativet när de går med.`, 'participating-countries', 'när'],
    ['en', 'In 2011 operation Rescue led to 252 children safeguarded once all countries join.', 'operation-rescue-children-safeguarded', 'once'],
    ['en', 'In 2011 operation Rescue led to 252 children safeguarded when more countries join.', 'operation-rescue-children-safeguarded', 'when'],
    ['en', 'In 2011 operation Rescue led to 252 children safeguarded as soon as more countries join.', 'operation-rescue-children-safeguarded', 'as soon as'],
    ['en', 'In 2011 operation Rescue led to 252 children safeguarded, once more countries join.', 'operation-rescue-children-safeguarded', 'once'],
    ['en', `One year later 48 countries*, ${ASIDE_EN}, stand behind the initiative once they join, and more have the possibility to join.`, 'participating-countries', 'once'],
  ] as const)('(%s) %j: no %s ("%s")', undone);

  it.each([
    // "om" is also "per", "in" and "about": no condition.
    ['sv', 'Om året läggs enligt UNODC 50 000 nya bilder ut.', 'new-abuse-images-per-year', 50_000],
    ['sv', 'Enligt UNODC läggs 50 000 nya bilder ut om året.', 'new-abuse-images-per-year', 50_000],
    ['sv', 'Mer än en miljon bilder på barn ligger ute på nätet, och medvetenheten om riskerna växer.', 'abuse-images-online', 1_000_000],
    ['sv', 'Ett år senare står 48 länder bakom initiativet om barnens säkerhet.', 'participating-countries', 48],
    ['en', 'One year later 48 countries stand behind the initiative, and we will see if more join.', 'participating-countries', 48],
    // "once" is also "one time" or "at the same time": no condition.
    ['en', 'In 2011 operation Rescue led to 250 arrested at once.', 'operation-rescue-arrests', 250],
    ['en', 'In 2011 operation Rescue led to 250 arrested once again.', 'operation-rescue-arrests', 250],
    ['en', 'In 2011 operation Rescue led to 250 arrested once more.', 'operation-rescue-arrests', 250],
    ['en', 'In 2011 operation Rescue led to 250 arrested all at once, and more will follow.', 'operation-rescue-arrests', 250],
  ] as const)('(%s) %j: still %s', stillRead);
});

describe('a figure of a clause that a belief, a guess or a hope added to it makes no statement', () => {
  const SV_48 = 'Ett år senare står 48 länder*, alltså inte bara EU och USA, bakom initiativet';
  const EN_48 = 'One year later 48 countries*, so not just the EU and the US, stand behind the initiative';
  const RESCUE_SV = 'År 2011 ledde operation Rescue till att 779 misstänkta personer kunde identifieras i hela världen, 250 greps och 252 barn kunde skyddas';
  const RESCUE_EN = 'In 2011 operation Rescue led to 779 suspects being identified across the world, 250 arrested and 252 children safeguarded';

  it.each([
    ['sv', `${SV_48}, tror vi.`, 'participating-countries', 'tror vi'],
    ['sv', `${SV_48}, tror jag, och fler har möjlighet att gå med.`, 'participating-countries', 'tror jag'],
    ['sv', `${SV_48}, gissar jag.`, 'participating-countries', 'gissar jag'],
    ['sv', `${SV_48} (hoppas vi).`, 'participating-countries', 'hoppas vi'],
    ['sv', `${SV_48} (hoppas vi inte), och fler har möjlighet att gå med.`, 'participating-countries', 'hoppas vi inte'],
    ['sv', 'Enligt UNODC läggs 50 000 nya barnpornografiska bilder ut varje år, tror man.', 'new-abuse-images-per-year', 'tror man'],
    ['sv', `${RESCUE_SV}, sägs det.`, 'operation-rescue-suspects-identified', 'sägs det'],
    ['sv', `${RESCUE_SV}, tror vi.`, 'operation-rescue-arrests', 'tror vi'],
    ['en', `${EN_48}, we believe.`, 'participating-countries', 'we believe'],
    ['en', `${EN_48}, I guess, and more have the possibility to join.`, 'participating-countries', 'I guess'],
    ['en', `${EN_48}, I think.`, 'participating-countries', 'I think'],
    ['en', `${EN_48}, or so we hope.`, 'participating-countries', 'or so we hope'],
    ['en', `${EN_48} (we hope).`, 'participating-countries', 'we hope'],
    ['en', 'More than one million images of children are estimated to be online at present, it seems.', 'abuse-images-online', 'it seems'],
    ['en', `${RESCUE_EN}, they say.`, 'operation-rescue-suspects-identified', 'they say'],
    ['en', `${RESCUE_EN}, I think.`, 'operation-rescue-children-safeguarded', 'I think'],
  ] as const)('(%s) %j: no %s ("%s")', undone);

  it.each([
    ['sv', 'Ett år senare står 48 länder bakom initiativet, som vi tror på.', 'participating-countries', 48],
    ['en', 'One year later 48 countries stand behind the initiative, which we think is right.', 'participating-countries', 48],
  ] as const)('(%s) %j: a belief in what follows, not added to the clause: still %s', stillRead);
});

describe('a figure only claimed, heard, denied or disputed', () => {
  const ASIDE_SV = 'alltså inte bara EU och USA';
  const ASIDE_EN = 'so not just the EU and the US';

  it.each([
    ['sv', `Kritiker hävdar att 48 länder*, ${ASIDE_SV}, står bakom initiativet.`, 'participating-countries', 'hävdar att'],
    ['en', `Critics claim that 48 countries*, ${ASIDE_EN}, stand behind the initiative.`, 'participating-countries', 'claim'],
    ['sv', 'År 2011 sägs operation Rescue ha lett till att 779 misstänkta personer kunde identifieras i hela världen, 250 greps och 252 barn kunde skyddas.', 'operation-rescue-arrests', 'sägs'],
    ['sv', 'År 2011 lär operation Rescue ha lett till att 252 barn kunde skyddas.', 'operation-rescue-children-safeguarded', 'lär'],
    ['en', 'More than one million images of children are reportedly online.', 'abuse-images-online', 'reportedly'],
    ['en', 'According to UNODC, 500 000 new child abuse images are reportedly put online every year.', 'new-abuse-images-per-year', 'reportedly'],
    ['en', 'In 2011 operation Rescue reportedly led to 779 suspects being identified across the world, 250 arrested and 252 children safeguarded.', 'operation-rescue-children-safeguarded', 'reportedly'],
    ['en', `One year later 48 countries*, ${ASIDE_EN}, apparently stand behind the initiative.`, 'participating-countries', 'apparently'],
    ['sv', 'UNODC förnekar att 50 000 nya barnpornografiska bilder läggs ut varje år.', 'new-abuse-images-per-year', 'förnekar'],
    ['sv', 'UNODC tvivlar på att 50 000 nya barnpornografiska bilder läggs ut varje år.', 'new-abuse-images-per-year', 'tvivlar på'],
    ['sv', 'UNODC bestrider att 50 000 nya barnpornografiska bilder läggs ut varje år.', 'new-abuse-images-per-year', 'bestrider'],
    ['en', 'UNODC denies that 500 000 new child abuse images are put online every year.', 'new-abuse-images-per-year', 'denies'],
    ['en', 'UNODC disputes that 500 000 new child abuse images are put online every year.', 'new-abuse-images-per-year', 'disputes'],
    ['en', 'UNODC doubts that 500 000 new child abuse images are put online every year.', 'new-abuse-images-per-year', 'doubts'],
    ['en', 'UNODC claims 500 000 new child abuse images are put online every year.', 'new-abuse-images-per-year', 'claims'],
  ] as const)('(%s) %j: no %s ("%s")', undone);

  it.each([
    ['sv', 'Enligt UNODC:s kritiker läggs 50 000 nya barnpornografiska bilder ut varje år.', 'UNODC:s kritiker'],
    ['en', "According to UNODC's critics, 500 000 new child abuse images are put online every year.", "UNODC's critics"],
    ['en', 'According to critics of UNODC, 500 000 new child abuse images are put online every year.', 'critics of UNODC'],
    ['sv', 'Till skillnad mot FN:s drog- och brottsbekämpningsbyrå (UNODC) läggs 50 000 nya barnpornografiska bilder ut varje år.', 'Till skillnad mot'],
    ['sv', 'Stick i stäv med FN:s drog- och brottsbekämpningsbyrå (UNODC) läggs 50 000 nya barnpornografiska bilder ut varje år.', 'Stick i stäv med'],
    ['sv', 'I kontrast till FN:s drog- och brottsbekämpningsbyrå (UNODC) läggs 50 000 nya barnpornografiska bilder ut varje år.', 'I kontrast till'],
    ['en', 'Counter to the UN Office on Drugs and Crime (UNODC), 500 000 new child abuse images are put online every year.', 'Counter to'],
    ['en', 'Contradicting the UN Office on Drugs and Crime (UNODC), 500 000 new child abuse images are put online every year.', 'Contradicting'],
    ['en', 'Against the estimate of the UN Office on Drugs and Crime (UNODC), 500 000 new child abuse images are put online every year.', 'Against'],
  ] as const)('(%s) %j: not credited to UNODC, and said so', (language, sentence, words) => {
    const { found, unclear, attributes } = readStatistics([paragraph(sentence)], language);
    expect(found.filter((statistic) => statistic.source === 'UNODC')).toEqual([]);
    if (found.length > 0) expect(attributes).toMatchObject([{ field: 'source', reason: expect.stringContaining(words) as unknown }]);
    else expect(unclear).toHaveLength(1);
  });

  it.each([
    ['sv', 'Enligt FN:s drog- och brottsbekämpningsbyrå (UNODC) läggs 50 000 nya barnpornografiska bilder ut varje år.', 'UNODC'],
    ['en', 'According to the UN Office on Drugs and Crime (UNODC), 500 000 new child abuse images are put online every year.', 'UNODC'],
    ['en', 'According to UNODC, 500 000 new images of abuse against children are put online every year.', 'UNODC'],
    ['sv', 'Som UNODC hävdar läggs 50 000 nya bilder ut varje år.', 'UNODC'],
  ] as const)('(%s) %j: still credited to %s', (language, sentence, source) => {
    const { found, attributes } = readStatistics([paragraph(sentence)], language);
    expect(found).toMatchObject([{ id: 'new-abuse-images-per-year', source }]);
    expect(attributes).toEqual([]);
  });
});

describe('a figure stated as a guess, an obligation or a plan', () => {
  const SV_48 = (words: string) => `Ett år senare ${words} 48 länder*, alltså inte bara EU och USA, bakom initiativet.`;
  const EN_48 = (words: string) => `One year later 48 countries*, so not just the EU and the US, ${words} behind the initiative.`;

  it.each([
    ['sv', SV_48('står gissningsvis'), 'participating-countries', 'gissningsvis'],
    ['sv', SV_48('står måhända'), 'participating-countries', 'måhända'],
    ['sv', 'Mer än en miljon bilder på barn ligger potentiellt ute på nätet.', 'abuse-images-online', 'potentiellt'],
    ['sv', 'Mer än en miljon bilder på barn lär ligga ute på nätet.', 'abuse-images-online', 'lär'],
    ['sv', 'Mer än en miljon bilder på barn torde ligga ute på nätet.', 'abuse-images-online', 'torde'],
    ['sv', 'Ett år senare måste 48 länder stå bakom initiativet.', 'participating-countries', 'måste'],
    ['sv', 'Ett år senare behöver 48 länder stå bakom initiativet.', 'participating-countries', 'behöver'],
    ['sv', 'Ett år senare överväger 48 länder att gå med i initiativet.', 'participating-countries', 'överväger'],
    ['sv', 'Ett år senare är 48 länder tänkta att stå bakom initiativet.', 'participating-countries', 'tänkta att'],
    ['sv', 'Ett år senare står snart 48 länder bakom initiativet.', 'participating-countries', 'snart'],
    ['en', EN_48('potentially stand'), 'participating-countries', 'potentially'],
    ['en', EN_48('likely stand'), 'participating-countries', 'likely'],
    ['en', EN_48('must stand'), 'participating-countries', 'must'],
    ['en', EN_48('need to stand'), 'participating-countries', 'need to'],
    ['en', EN_48('are to stand'), 'participating-countries', 'are to'],
    ['en', EN_48('are scheduled to stand'), 'participating-countries', 'scheduled to'],
    ['en', EN_48('are about to stand'), 'participating-countries', 'about to'],
    ['en', EN_48('are considering standing'), 'participating-countries', 'considering'],
    ['en', EN_48('cannot stand'), 'participating-countries', 'cannot'],
    ['en', EN_48('barely stand'), 'participating-countries', 'barely'],
    ['en', EN_48('will soon stand'), 'participating-countries', 'will'],
    ['en', EN_48('soon stand'), 'participating-countries', 'soon'],
    ['en', 'According to UNODC, 500 000 new child abuse images are to be put online every year.', 'new-abuse-images-per-year', 'are to'],
  ] as const)('(%s) %j: no %s ("%s")', undone);

  it.each([
    ['sv', 'Ett år senare står 48 länder bakom initiativet, och barnen lär sig om riskerna.', 'participating-countries', 48],
    ['en', 'One year later 48 countries stand behind the initiative, and more need to join.', 'participating-countries', 48],
  ] as const)('(%s) %j: still %s', stillRead);
});

describe('a figure right after the verb that opens its sentence: a question, its mark lost', () => {
  it.each([
    ['sv', 'Står 48 länder*, alltså inte bara EU och USA, bakom initiativet, och fler har möjlighet att gå med.', 'participating-countries', 'Står'],
    ['sv', 'Har 48 länder gått med i initiativet.', 'participating-countries', 'Har'],
    ['en', 'Do 48 countries*, so not just the EU and the US, stand behind the initiative.', 'participating-countries', 'Do'],
    ['en', 'Are 500 000 new child abuse images put online every year according to UNODC.', 'new-abuse-images-per-year', 'Are'],
  ] as const)('(%s) %j: no %s ("%s")', undone);

  it.each([
    ['sv', 'Ett år senare står 48 länder bakom initiativet.', 'participating-countries', 48],
    ['sv', 'Enligt UNODC läggs 50 000 nya bilder ut varje år.', 'new-abuse-images-per-year', 50_000],
  ] as const)('(%s) %j: still %s', stillRead);
});

describe('a figure undone in words a hostile check of the lexicon found (every one of them a word the post uses)', () => {
  it.each([
    ['sv', 'Ett år senare står 48 länder bakom initiativet, och fler har möjlighet att gå med?!', 'participating-countries', '?'],
    ['en', 'One year later 48 countries stand behind the initiative, and more have the possibility to join?!', 'participating-countries', '?'],
    ['sv', 'År 2011 ledde operation Rescue till att 252 barn kunde skyddas？', 'operation-rescue-children-safeguarded', '？'],
    ['en', 'In 2011 operation Rescue led to 252 children safeguarded‽', 'operation-rescue-children-safeguarded', '‽'],
    ['sv', 'När 48 länder står bakom initiativet, har fler möjlighet att gå med.', 'participating-countries', 'När'],
    ['en', 'Once 48 countries stand behind the initiative, more have the possibility to join.', 'participating-countries', 'Once'],
    ['en', 'When 48 countries stand behind the initiative, more have the possibility to join.', 'participating-countries', 'When'],
    ['sv', 'Idén är att 48 länder står bakom initiativet.', 'participating-countries', 'Idén är'],
    ['sv', 'Ett år senare är tanken att 48 länder står bakom initiativet.', 'participating-countries', 'är tanken att'],
    ['en', 'One year later it is the idea that 48 countries stand behind the initiative.', 'participating-countries', 'is the idea that'],
    ['en', 'In 2011 operation Rescue led to 252 children to be safeguarded.', 'operation-rescue-children-safeguarded', 'to be safeguarded'],
    ['sv', 'År 2011 ledde operation Rescue till att 250 greps men befriades sedan.', 'operation-rescue-arrests', 'befriades'],
    ['sv', 'År 2011 ledde operation Rescue till att 250 greps men är ute igen.', 'operation-rescue-arrests', 'ute igen'],
    ['en', 'In 2011 operation Rescue led to 250 arrested but then freed.', 'operation-rescue-arrests', 'freed'],
  ] as const)('(%s) %j: no %s (%j)', (language, sentence, id, word) => undone(language, sentence, id, word));

  it.each([
    ['en', 'Until 2011 operation Rescue led to 779 suspects being identified and 250 arrested.', 'operation-rescue-arrests', 250],
    ['sv', 'Till skillnad från UNODC läggs 50 000 nya bilder ut varje år.', 'new-abuse-images-per-year', 50_000],
  ] as const)('(%s) %j: still %s (a bound on a year; "till" a preposition)', (language, sentence, id, value) => {
    const { found } = readStatistics([paragraph(sentence)], language);
    expect(found).toContainEqual(expect.objectContaining({ id, value }));
  });
});
