import { copyFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { FIXTURES, MAIN, listFixtures } from './helpers/fixtures.js';
import { runCli } from './helpers/io.js';
import { detectContainer } from '../src/load/unpack/detect.js';
import { unpack } from '../src/load/unpack/index.js';
import { InputError } from '../src/load/errors.js';
import { extractPost, missingFacts } from '../src/pipeline.js';
import { sameEntry } from '../src/extract/otherCopies.js';
import { COMMITMENT_IDS, type Extraction } from '../src/schema/output.js';
import { scratchDir } from './helpers/scratch.js';

/** What a capture says about the post, wherever in its file it says it. */
function facts(extraction: Extraction) {
  return {
    commitments: extraction.commitments.map(({ id, text }) => ({ id, text })),
    statistics: extraction.statistics.map(({ location: _location, ...statistic }) => statistic),
    countries: extraction.countries,
    language: extraction.document.language,
  };
}

async function extract(path: string, args: string[] = []): Promise<Extraction> {
  const result = await runCli([path, ...args, '--quiet']);
  expect(result.code, result.stderr).toBe(0);
  return JSON.parse(result.stdout) as Extraction;
}

describe('each container and structure yields the facts of the page it was made from', () => {
  const held = listFixtures().filter((fixture) => fixture.spec.sameFactsAs);
  it('has a fixture for every container and structure', () => {
    expect(held.map((fixture) => fixture.name)).toEqual(
      expect.arrayContaining(['atom-feed', 'gzip', 'mhtml-chrome', 'mhtml-ie-latin1', 'rss-feed', 'list-paragraphs', 'list-divs-numbered', 'list-span-breaks']),
    );
  });

  it.each(held.map((fixture) => [fixture.name, fixture] as const))('%s', async (_name, fixture) => {
    const original = join(FIXTURES, fixture.spec.sameFactsAs as string, 'source.html');
    expect(facts(await extract(fixture.source, fixture.spec.args))).toEqual(facts(await extract(original, fixture.spec.args)));
  });
});

describe('detectContainer', () => {
  it.each([
    ['gzip', gzipSync('<p>x</p>'), 'gzip'],
    ['Chrome MHTML', 'From: <Saved by Blink>\r\nMIME-Version: 1.0\r\nContent-Type: multipart/related;\r\n\ttype="text/html";\r\n\tboundary="b"\r\n\r\n--b\r\n', 'mhtml'],
    ['MHTML without From', 'MIME-Version: 1.0\nContent-Type: multipart/related; boundary=b\n\n--b\n', 'mhtml'],
    ['RSS', '<?xml version="1.0" encoding="UTF-8"?>\n<!-- generator="WordPress" -->\n<rss version="2.0">', 'feed'],
    ['Atom', '\ufeff<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom">', 'feed'],
    ['RSS 1.0', '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">', 'feed'],
    ['HTML', '<!DOCTYPE html><html><head><title>Feed: rss</title>', 'html'],
    ['XHTML', '<?xml version="1.0"?><html xmlns="http://www.w3.org/1999/xhtml">', 'html'],
    ['a header-like first line without a multipart type', 'Subject: hej\n\n<p>text</p>', 'html'],
  ])('%s → %s', (_name, bytes, container) => {
    expect(detectContainer(Buffer.from(bytes))).toBe(container);
  });
});

describe('MHTML', () => {
  const mhtml = (parts: string, type = 'multipart/related;\r\n\ttype="text/html";\r\n\tboundary="----MultipartBoundary--x----"') =>
    Buffer.from(`From: <Saved by Blink>\r\nSnapshot-Content-Location: https://example.org/post/\r\nMIME-Version: 1.0\r\nContent-Type: ${type}\r\n\r\n${parts}------MultipartBoundary--x------\r\n`, 'latin1');
  const part = (headers: string, body: string) => `------MultipartBoundary--x----\r\n${headers}\r\n\r\n${body}\r\n`;
  const html = (document: ReturnType<typeof unpack>[number]) => {
    if ('text' in document.content) return document.content.text;
    return new TextDecoder(document.content.charset ?? 'utf-8').decode(document.content.bytes);
  };

  it("decodes quoted-printable with soft line breaks and escaped UTF-8 bytes; the address is the snapshot's", () => {
    const [document] = unpack(mhtml(part('Content-Type: text/html\r\nContent-Transfer-Encoding: quoted-printable', '<p class=3D"a">n=C3=A4tpedo=\r\nfili</p>\r\n<p>b</p>')));
    expect(html(document!)).toBe('<p class="a">nätpedofili</p>\r\n<p>b</p>');
    expect(document!.location).toBe('https://example.org/post/');
  });

  it("reads the charset from the HTML part's header, and the page's address from its Content-Location", () => {
    const body = Buffer.from('<p>n\xe4tpedofili</p>', 'latin1').toString('base64');
    const [document] = unpack(
      mhtml(part('Content-Type: text/css\r\nContent-Transfer-Encoding: quoted-printable', 'p{}') + part('Content-Type: text/html;\r\n\tcharset="windows-1252"\r\nContent-Transfer-Encoding: base64\r\nContent-Location: https://example.org/post/', body)),
    );
    expect(document!.content).toMatchObject({ charset: 'windows-1252' });
    expect(html(document!)).toBe('<p>nätpedofili</p>');
    expect(document!.location).toBe('https://example.org/post/');
  });

  it('takes the part that the start parameter names', () => {
    const [document] = unpack(
      mhtml(part('Content-Type: text/html\r\nContent-ID: <a@x>', '<p>wrong</p>') + part('Content-Type: text/html\r\nContent-ID: <b@x>', '<p>right</p>'), 'multipart/related; type="text/html"; start="<b@x>"; boundary="----MultipartBoundary--x----"'),
    );
    expect(html(document!)).toBe('<p>right</p>');
  });

  it.each([
    ['an encoding it does not know, named safely', part('Content-Type: text/html\r\nContent-Transfer-Encoding: x-uuencode\x1b[2J', 'begin 644 post.html'), /^the input is an MHTML file whose HTML part is in the transfer encoding "x-uuencode\\u001b\[2j", which this tool does not read$/],
    ['base64 that holds nothing', part('Content-Type: text/html\r\nContent-Transfer-Encoding: base64', '!!!!****'), /^the input is an MHTML file whose HTML part is empty$/],
  ])('names the format when its HTML part is in %s', (_name, parts, message) => {
    expect(() => unpack(mhtml(parts))).toThrow(message);
  });

  it('names the format when it holds no page', () => {
    expect(() => unpack(mhtml(part('Content-Type: image/png\r\nContent-Transfer-Encoding: base64', 'iVBORw0KGgo=')))).toThrow(/MHTML file that holds no HTML page/);
  });
});

describe('feeds', () => {
  it("take the post's entry and its metadata, whatever the order of the entries", async () => {
    const rss = readFileSync(join(FIXTURES, 'rss-feed', 'source.xml'), 'utf8');
    const items = rss.split(/(?=\t<item>)|(?=<\/channel>)/);
    const reordered = [items[0], items[2], items[1], items[3], items[4]].join('');
    const extraction = extractPost(Buffer.from(reordered));
    expect(extraction.document).toMatchObject({ title: 'Globalallians mot nätpedofili', url: 'https://ceciliamalmstrom.wordpress.com/2012/12/06/globalallians/', published: '2012-12-06', author: 'Cecilia Malmström' });
    expect(extraction.commitments).toHaveLength(4);
  });

  it('say when two entries hold the post equally completely, and read the first', () => {
    const rss = readFileSync(join(FIXTURES, 'rss-feed', 'source.xml'), 'utf8');
    const [head, , post, , tail] = rss.split(/(?=\t<item>)|(?=<\/channel>)/) as string[];
    // Another entry, under its own guid and address, that holds the post as completely: which is the post is a guess.
    const copy = post!.replace('<title>Globalallians mot nätpedofili</title>', '<title>Kopia</title>').replaceAll('2012/12/06/globalallians/', '2012/12/06/kopia/');
    expect(copy).not.toContain('globalallians/');
    const same = extractPost(Buffer.from([head, post, copy, tail].join('')));
    expect(same.document.title).toBe('Globalallians mot nätpedofili');
    expect(same.warnings.filter((warning) => warning.code === 'tied-feed-entries').map((warning) => warning.message)).toEqual([
      "another entry of the feed holds as many of the post's facts (10) as the one read, which is the first of them; their figures are the same",
    ]);
    const edited = extractPost(Buffer.from([head, post, copy.replace('250 greps', '205 greps'), copy, tail].join('')));
    // Which entry is the post cannot be told, so neither 250 nor 205 is the fact; the rest is read.
    expect(edited.statistics.map((statistic) => statistic.id)).not.toContain('operation-rescue-arrests');
    expect(edited.statistics).toHaveLength(5);
    expect(missingFacts(edited)).toEqual(['operation-rescue-arrests']);
    expect(edited.warnings.filter((warning) => warning.code === 'tied-feed-entries').map((warning) => warning.message)).toEqual([
      "2 other entries of the feed hold as many of the post's facts (10) as the one read, which is the first of them; their figures differ: operation-rescue-arrests; left out, since which entry is the post cannot be told: operation-rescue-arrests",
    ]);
    // The tie is the reason, said once: not also that the post's sentence holds a number the tool does not read.
    expect(edited.warnings.filter((warning) => warning.code === 'unclear-figure')).toEqual([]);
    // Another qualifier for the same figure is as much a contradiction as another figure.
    const fewer = copy.replace('Mer än en miljon', 'Mindre än en miljon');
    expect(fewer).not.toBe(copy);
    const qualified = extractPost(Buffer.from([head, post, fewer, tail].join('')));
    expect(qualified.statistics.map((statistic) => statistic.id)).not.toContain('abuse-images-online');
    expect(qualified.statistics).toHaveLength(5);
    expect(extractPost(Buffer.from(rss)).warnings.map((warning) => warning.code)).not.toContain('tied-feed-entries');
  });

  it('say nothing of a tie for a later copy of the entry under its guid with the same figures: it is the post again', () => {
    const rss = readFileSync(join(FIXTURES, 'rss-feed', 'source.xml'), 'utf8');
    const [head, , post, , tail] = rss.split(/(?=\t<item>)|(?=<\/channel>)/) as string[];
    const later = post!.replace('Thu, 06 Dec 2012 10:12:00', 'Fri, 07 Dec 2012 10:12:00');
    expect(later).not.toBe(post);
    const extraction = extractPost(Buffer.from([head, later, post, tail].join('')));
    expect(extraction.warnings.map((warning) => warning.code)).not.toContain('tied-feed-entries');
    expect(missingFacts(extraction)).toEqual([]);
  });

  describe('a figure that another entry, or the entry\'s own excerpt, states otherwise', () => {
    const rss = readFileSync(join(FIXTURES, 'rss-feed', 'source.xml'), 'utf8');
    const excerpt = 'Jag är väldigt stolt över att ha varit med o [&#8230;]';
    const notice = '<content:encoded><![CDATA[<p>Kort notis om ett möte, med några rader text och en länk.</p>]]></content:encoded>';
    const conflicts = (extraction: Extraction) => extraction.warnings.filter((warning) => warning.code === 'conflicting-figures').map((warning) => warning.message);

    it.each([
      ['the excerpt in the entry\'s <description>', excerpt, 'Enligt UNODC läggs 90 000 nya bilder ut varje år. [&#8230;]', 'new-abuse-images-per-year', /: 50000 \(per year, UNODC\) at line \d+, column \d+: .*; 90000 \(per year, UNODC\) in the entry's <description>: "Enligt UNODC/],
      ['an excerpt in HTML whose tags start late', excerpt, 'Kort. <b>Mindre än en miljon</b> bilder ligger ute på nätet.', 'abuse-images-online', /; 1000000 \(less-than\) in the entry's <description>/u],
      ['an excerpt that cuts the sentence of the count of countries short, with another count', excerpt, 'Ett år senare står 49 länder*, alltså inte bara EU och USA [&#8230;]', 'participating-countries', /^the statistic participating-countries .*: 48 at line \d+, column \d+: .*; 49 in the entry's <description>: "Ett år senare står 49 länder\*, alltså inte bara EU och USA/],
      ['another entry of the feed', notice, '<content:encoded><![CDATA[<p>Ett år senare står 54 länder bakom initiativet.</p>]]></content:encoded>', 'participating-countries', /; 54 in another entry of the feed \("Ett år med EU:s cyberbrottscentrum"\): "Ett år senare står 54 länder/],
    ])('%s: the statistic is left out, and the warning names where', (_where, from, to, id, named) => {
      const edited = rss.replace(from, to);
      expect(edited).not.toBe(rss);
      const extraction = extractPost(Buffer.from(edited));
      expect(extraction.statistics.map((statistic) => statistic.id)).not.toContain(id);
      expect(extraction.statistics).toHaveLength(5);
      expect(conflicts(extraction)).toEqual([expect.stringMatching(named)]);
    });

    it.each([
      ['the same figure in another entry', notice, '<content:encoded><![CDATA[<p>Ett år senare står 48 länder bakom initiativet.</p>]]></content:encoded>'],
      ['an excerpt that cuts the sentence of the count of countries short', excerpt, 'Ett år senare står 48 länder*, alltså inte bara EU och USA [&#8230;]'],
      ['an excerpt cut off in the middle of the count of countries', excerpt, 'Ett år senare står 4 [&#8230;]'],
      ['an excerpt cut off in the middle of a figure', excerpt, 'År 2011 ledde operation Rescue till att 779 misstänkta personer kunde identifieras, 250 greps och 25 [&#8230;]'],
    ])('%s: nothing is left out', (_what, from, to) => {
      const edited = rss.replace(from, to);
      expect(edited).not.toBe(rss);
      const extraction = extractPost(Buffer.from(edited));
      expect(extraction.statistics).toHaveLength(6);
      expect(conflicts(extraction)).toEqual([]);
    });
  });

  describe('a copy of the post that amends it, beside the copy read', () => {
    const rss = readFileSync(join(FIXTURES, 'rss-feed', 'source.xml'), 'utf8');
    const [head, other, post, third, tail] = rss.split(/(?=\t<item>)|(?=<\/channel>)/) as [string, string, string, string, string];
    const LAST = '*Alla länder här</a></p>';
    /** The post again, a day later, with `added` at its end: the amendment costs the copy a fact, so the older copy is read. */
    const edition = (added: string, entry = post) => entry.replace('Thu, 06 Dec 2012 10:12:00 +0000', 'Fri, 07 Dec 2012 09:00:00 +0000').replace(LAST, `${LAST}${added}`);

    it.each([
      ['a correction of a figure', '<p>Rättelse: 253 barn, inte 252.</p>', ['operation-rescue-children-safeguarded'], 'unclear-figure'],
      ['a country that joined', '<p>Uppdatering: Kanada har också anslutit sig.</p>', ['participating-countries'], 'unclear-countries'],
      ['a goal taken back', '<p>Rättelse: den sista punkten ovan ströks.</p>', [...COMMITMENT_IDS], 'unclear-commitment'],
      ['a footnote that doubts the count of countries', '<p>*Två av dem har ännu inte undertecknat.</p>', ['participating-countries'], 'unclear-figure'],
    ])('%s: what the copy leaves out is left out of the post read, and said', (_what, added, missing, code) => {
      expect(post).toContain(LAST);
      const said = added.replace(/<[^>]+>/g, '');
      // The older copy first: it is read, as it holds as many facts or more, and the later one's amendment is heard.
      const older = extractPost(Buffer.from([head, other, post, edition(added), third, tail].join('')));
      expect(missingFacts(older)).toEqual(missing);
      expect(older.warnings.find((warning) => warning.code === code)?.message).toMatch(/another entry of the feed \("Globalallians mot nätpedofili"\) \(dated 2012-12-07\), a copy of the post/);
      expect(older.warnings.find((warning) => warning.code === code)?.message).toContain(said);
      // The later copy first: whichever copy is read, the amendment is heard.
      const later = extractPost(Buffer.from([head, other, edition(added), post, third, tail].join('')));
      expect(missingFacts(later)).toEqual(missing);
      expect(later.warnings.find((warning) => warning.code === code)?.message).toContain(said);
    });

    it('another count of the countries in the later copy\'s own footnote leaves the count and the countries out, and nothing else, in either order', () => {
      const later = edition('').replace(LAST, '*Alla länder här (uppdaterad lista, 49 länder)</a></p>');
      expect(later).toContain('49 länder');
      for (const entries of [[post, later], [later, post]]) {
        const extraction = extractPost(Buffer.from([head, other, ...entries, third, tail].join('')));
        expect(missingFacts(extraction)).toEqual(['participating-countries']);
        expect(extraction.countries).toMatchObject({ source: 'none', items: [] });
      }
      // The post's own footnote unchanged in the later copy leaves out nothing (guard).
      expect(missingFacts(extractPost(Buffer.from([head, other, post, edition(''), third, tail].join(''))))).toEqual([]);
    });

    it('a footnote of the later copy on the count of countries leaves the countries out too, in either order', () => {
      const later = edition('<p>*Två av dem har ännu inte undertecknat.</p>');
      for (const entries of [[post, later], [later, post]]) {
        const extraction = extractPost(Buffer.from([head, other, ...entries, third, tail].join('')));
        expect(extraction.countries).toMatchObject({ source: 'none', items: [] });
      }
    });

    it.each([
      ['a value given for no figure it names', (entry: string) => entry.replace(LAST, `${LAST}<p>Rättelse: siffran ska vara 780.</p>`), 'Rättelse: siffran ska vara 780.'],
      ['a new count of who takes part', (entry: string) => entry.replace(LAST, `${LAST}<p>Uppdatering: Nu är vi 49.</p>`), 'Uppdatering: Nu är vi 49.'],
      ['a figure struck out and written anew', (entry: string) => entry.replace('och 252 barn', 'och <del>252</del> 253 barn'), '252'],
    ])('%s: the copy read leaves out what the later copy alone leaves out, in either order', (_what, edit, said) => {
      const later = edition('', edit(post));
      expect(later).not.toBe(edition(''));
      const alone = missingFacts(extractPost(Buffer.from([head, later, tail].join(''))));
      expect(alone.length).toBeGreaterThan(0);
      for (const entries of [[post, later], [later, post]]) {
        const extraction = extractPost(Buffer.from([head, other, ...entries, third, tail].join('')));
        expect(missingFacts(extraction)).toEqual(alone);
        expect(extraction.warnings.map(({ message }) => message).join('\n')).toContain(said);
      }
    });

    it.each([
      ['hedges it', 'att cirka 779 misstänkta'],
      ['bounds it', 'att mer än 779 misstänkta'],
    ])('a figure the later copy %s is left out, in either order: the copies state it differently', (_what, said) => {
      const later = edition('', post.replace('att 779 misstänkta', said));
      expect(later).toContain(said);
      for (const entries of [[post, later], [later, post]]) {
        const extraction = extractPost(Buffer.from([head, other, ...entries, third, tail].join('')));
        expect(missingFacts(extraction)).toEqual(['operation-rescue-suspects-identified']);
        expect(extraction.warnings.find(({ code }) => code === 'tied-feed-entries')?.message).toMatch(/their figures differ: operation-rescue-suspects-identified; left out/);
      }
      // A copy that yields a fact fewer is no tie, and is heard all the same; the item it no longer lists is in doubt too.
      const fewer = later.replace(/<li>Minska tillgången[^<]*<\/li>/, '');
      expect(fewer).not.toBe(later);
      const extraction = extractPost(Buffer.from([head, other, post, fewer, third, tail].join('')));
      expect(missingFacts(extraction)).toEqual(['reduce-availability', 'operation-rescue-suspects-identified']);
      expect(extraction.warnings.find(({ code }) => code === 'conflicting-figures')?.message).toMatch(/a copy of the post/);
    });

    it('an Atom entry again under its <id>, hedging a figure, leaves it out', () => {
      const atom = readFileSync(join(FIXTURES, 'atom-feed', 'source.atom'), 'utf8');
      const entries = atom.split(/(?=\t<entry>)|(?=<\/feed>)/);
      const entry = entries[2] as string;
      expect(entry).toContain('led to 779 suspects');
      const hedged = entry.replace('led to 779 suspects', 'led to about 779 suspects');
      const extraction = extractPost(Buffer.from([...entries.slice(0, 3), hedged, ...entries.slice(3)].join('')));
      expect(missingFacts(extraction)).toEqual(['operation-rescue-suspects-identified']);
    });

    it('the entry\'s own <description>, a shorter rendering, leaves out nothing it words without a qualifier (guard)', () => {
      const rendered = post.replace(/<description>[\s\S]*?<\/description>/, '<description><![CDATA[Mer än en miljon bilder ligger ute på nätet, och operation Rescue ledde till att cirka 779 misstänkta personer kunde identifieras. [&#8230;]]]></description>');
      expect(rendered).not.toBe(post);
      const extraction = extractPost(Buffer.from([head, other, rendered, third, tail].join('')));
      expect(missingFacts(extraction)).toEqual([]);
    });

    describe("a correction in the entry's own <description>", () => {
      const excerpt = /<description><!\[CDATA\[([\s\S]*?)\]\]><\/description>/.exec(post)?.[1] ?? '';
      const described = (description: string) => extractPost(Buffer.from([head, other, post.replace(/<description>[\s\S]*?<\/description>/, `<description><![CDATA[${description}]]></description>`), third, tail].join('')));

      it.each([
        ['in HTML, after the excerpt', `<p>${excerpt}</p><p>Rättelse: 780 misstänkta identifierades.</p>`],
        ['in plain text, on a line after the excerpt', `${excerpt}\nRättelse: 780 misstänkta identifierades.`],
        ["in plain text, right after the excerpt's mark", `${excerpt} Rättelse: 780 misstänkta identifierades.`],
        ['in HTML, on a line of its own after the excerpt (<br/>), as an update', `${excerpt}<br/>Uppdatering: 780 misstänkta identifierades.`],
        ['in HTML, after a <br>, in English', `${excerpt}<br>Update: 780 misstänkta identifierades.`],
        ['in HTML, after a <br />, as corrected', `${excerpt}<br />Rättat: 780 misstänkta identifierades.`],
        ["in plain text, right after the excerpt's mark, as the correct figure", `${excerpt} Korrekt siffra: 780 misstänkta identifierades.`],
        ['in HTML, after a <br/>, as the right figure', `${excerpt}<br/>Rätt siffra: 780 misstänkta identifierades.`],
        ['in HTML, after a <br/>, as the correct figure in English', `${excerpt}<br/>Correct figure: 780 misstänkta identifierades.`],
      ])('%s: is heard as the post\'s own, and said', (_how, description) => {
        expect(excerpt).toMatch(/\[&#8230;\]$/);
        const extraction = described(description);
        expect(missingFacts(extraction)).toEqual(['operation-rescue-suspects-identified']);
        expect(extraction.warnings.find(({ code }) => code === 'unclear-figure')?.message).toMatch(
          /^the statistic operation-rescue-suspects-identified was not read from "779": the entry's <description> amends it, and the post read with its amendment leaves it out/,
        );
      });

      it.each([
        ['the excerpt alone', excerpt],
        ['the excerpt in HTML, a link to read on after it', `<p>${excerpt}</p><p><a href="https://ceciliamalmstrom.wordpress.com/2012/12/06/globalallians/">Läs mer</a></p>`],
        ['the excerpt, a <br/> and a link to read on', `${excerpt}<br/><a href="https://ceciliamalmstrom.wordpress.com/2012/12/06/globalallians/">Läs mer</a>`],
        ['an excerpt that ends in the middle of the figures', 'Mycket återstår att göra. År 2011 ledde operation Rescue till att 779 misstänkta personer kunde identif [&#8230;]\nLäs mer'],
      ])('%s takes nothing out (guard)', (_what, description) => {
        expect(missingFacts(described(description))).toEqual([]);
      });

      const COUNT = 'Ett år senare står 48 länder*, alltså inte bara EU och USA [&#8230;]';
      it.each([
        ["in plain text, right after the excerpt's mark", `${COUNT} *Två av dem har ännu inte undertecknat.`],
        ['in HTML, on a line of its own (<br/>)', `${COUNT}<br/>*Två av dem har ännu inte undertecknat.`],
      ])('a footnote under the mark of the excerpt\'s count of countries, %s: the count and the countries are left out', (_how, description) => {
        const extraction = described(description);
        expect(missingFacts(extraction)).toEqual(['participating-countries']);
        expect(extraction.countries).toMatchObject({ source: 'none', items: [] });
        expect(extraction.warnings.find(({ code }) => code === 'unclear-figure')?.message).toMatch(/the entry's <description> has a footnote on it, .*\("\*Två av dem har ännu inte undertecknat\."\)/);
      });

      it.each([
        ['the excerpt with the count of countries alone', COUNT],
        ["the excerpt with the post's own footnote", `${COUNT} *Alla länder här`],
        ['a footnote under a mark no figure of the excerpt carries', `${excerpt} *Två av dem har ännu inte undertecknat.`],
        ["the post's first paragraph whole", 'Vissa dagar känns mer meningsfulla än andra. Igår var en sådan dag och jag kände mig faktiskt mycket nöjd med dagens insats.'],
      ])('%s leaves the count and the countries as they are (guard)', (_what, description) => {
        const extraction = described(description);
        expect(missingFacts(extraction)).toEqual([]);
        expect(extraction.countries?.items.length).toBe(48);
      });
    });

    it("a footnote under the mark of the count of countries in an Atom entry's <summary> leaves the count out", () => {
      const atom = readFileSync(join(FIXTURES, 'atom-feed', 'source.atom'), 'utf8');
      const summary = /<summary type="html"><!\[CDATA\[Press conference[\s\S]*?<\/summary>/.exec(atom)?.[0] ?? '';
      expect(summary).not.toBe('');
      const summarised = (text: string) => extractPost(Buffer.from(atom.replace(summary, `<summary type="html"><![CDATA[${text}]]></summary>`)));
      const count = 'One year later 48 countries*, so not just the EU and the US [...]';
      expect(missingFacts(summarised(count))).toEqual([]);
      const noted = summarised(`${count} *Two of them have not yet signed.`);
      expect(missingFacts(noted)).toEqual(['participating-countries']);
      expect(noted.countries?.items ?? []).toEqual([]);
      const other = summarised('One year later 49 countries*, so not just the EU and the US [...]');
      expect(missingFacts(other)).toEqual(['participating-countries']);
      expect(other.warnings.find(({ code }) => code === 'conflicting-figures')?.message).toMatch(/; 49 in the entry's <summary>: "One year later 49 countries/);
    });

    it('a block a later copy adds is named as that copy\'s, not as an aside in the post', () => {
      const later = edition('').replace(/<content:encoded><!\[CDATA\[[\s\S]*?\]\]><\/content:encoded>/, '<content:encoded><![CDATA[<p>Rättelse: siffrorna om operation Rescue stämmer inte.</p>]]></content:encoded>');
      expect(later).toContain('Fri, 07 Dec 2012');
      for (const entries of [[post, later], [later, post]]) {
        const message = extractPost(Buffer.from([head, other, ...entries, third, tail].join(''))).warnings.find(({ code }) => code === 'unclear-figure')?.message;
        expect(message).toMatch(/\(dated 2012-12-07\), a copy of the post, amends it, and the post read with its amendment leaves it out: a block of a later copy of the post speaks of it/);
        expect(message).not.toContain('aside');
      }
    });

    describe('a later copy that no longer carries a figure', () => {
      const body = (entry: string, html: string) => entry.replace(/<content:encoded><!\[CDATA\[[\s\S]*?\]\]><\/content:encoded>/, `<content:encoded><![CDATA[${html}]]></content:encoded>`);
      const content = /<content:encoded><!\[CDATA\[([\s\S]*?)\]\]><\/content:encoded>/.exec(post)?.[1] ?? '';
      const rescue = /<p>Mycket återstår[^\n]*<\/p>/.exec(content)?.[0] ?? '';
      const RESCUE_IDS = ['operation-rescue-suspects-identified', 'operation-rescue-arrests', 'operation-rescue-children-safeguarded'];

      it.each([
        ['holds only a correction of it', '<p>Rättelse: 780 misstänkta identifierades.</p>', ['operation-rescue-suspects-identified']],
        ['holds only a correction of the count of countries', '<p>Rättelse: 47, inte 48.</p>', ['participating-countries']],
        ['holds only an update of the count of countries', '<p>Uppdatering: antalet länder är nu 52.</p>', ['participating-countries']],
        ['cuts its paragraph and says why', content.replace(rescue, '<p>Rättelse: siffrorna om operation Rescue stämmer inte och har tagits bort.</p>'), RESCUE_IDS],
        ['cuts its paragraph and corrects it', content.replace(rescue, '<p>Rättelse: 780 misstänkta identifierades.</p>'), RESCUE_IDS],
        ['cuts its paragraph from the middle of the post', content.replace(rescue, ''), RESCUE_IDS],
        ['names another operation', content.replace('operation Rescue', 'operation Cyberstorm'), RESCUE_IDS],
        ['holds only a retraction of a goal', '<p>Rättelse: den sista punkten ovan ströks.</p>', [...COMMITMENT_IDS]],
        ['cuts an item of the list', content.replace(/<li>Minska tillgången[^<]*<\/li>\n/, ''), ['reduce-availability']],
        ['cuts the first item of the list', content.replace(/<li>Intensifierade ansträngningar för att identifiera offren[^<]*<\/li>\n/, ''), ['identify-victims']],
      ])('one that %s: the figure is left out, in either order', (_what, html, missing) => {
        expect(html).not.toBe(content);
        expect(content).toContain(rescue);
        expect(rescue).not.toBe('');
        const later = edition('', body(post, html));
        for (const entries of [[post, later], [later, post]]) {
          const extraction = extractPost(Buffer.from([head, other, ...entries, third, tail].join('')));
          expect(missingFacts(extraction)).toEqual(missing);
          expect(extraction.warnings.map(({ message }) => message).join('\n')).toMatch(/a copy of the post/);
        }
      });

      const FOOTNOTE = '<p><a href="http://europa.eu/rapid/press-release_MEMO-12-944_en.htm">*Alla länder här</a></p>';
      /** The post as it would be with the figure's paragraph first (from "Ett år senare") or last (without the footnote after it). */
      const FIRST = content.slice(content.indexOf('<p>Ett år senare'));
      const LAST = content.replace(FOOTNOTE, '');

      it.each([
        ['first', FIRST, (html: string) => html.replace(/<p>Ett år senare[^\n]*<\/p>\n/, ''), ['participating-countries']],
        ['last', LAST, (html: string) => html.replace(rescue, ''), RESCUE_IDS],
      ])('one that cuts the %s block of the post, which holds the figure: the figure is left out, in either order', (_which, own, cut, missing) => {
        expect(own).not.toBe(content);
        expect(cut(own)).not.toBe(own);
        const [original, later] = [body(post, own), edition('', body(post, cut(own)))];
        expect(missingFacts(extractPost(Buffer.from([head, other, original, third, tail].join(''))))).toEqual([]);
        for (const entries of [[original, later], [later, original]]) {
          const extraction = extractPost(Buffer.from([head, other, ...entries, third, tail].join('')));
          expect(missingFacts(extraction)).toEqual(missing);
          expect(extraction.warnings.map(({ message }) => message).join('\n')).toMatch(/a copy of the post, no longer states it, though it holds the post's paragraph (?:after|before) it/);
        }
      });

      it.each([
        ['the last block holds the figure: a teaser of its first paragraphs', LAST, (html: string) => html.slice(0, html.indexOf('<p>Mer än en miljon')) + '<p>[&#8230;]</p>'],
        ['the first block holds the figure: one that holds only the paragraph after it', FIRST, (html: string) => /<p>Mer än en miljon[^\n]*<\/p>/.exec(html)?.[0] ?? ''],
        ['a block without a figure is cut at its end, the footnote', content, (html: string) => html.replace(FOOTNOTE, '')],
        ['a block without a figure is cut at its start, the caption', content, (html: string) => html.slice(html.indexOf('<p>Vissa dagar'))],
        ['the list is cut short, an excerpt that ends in it', content, (html: string) => html.slice(0, html.indexOf('<li>Att öka'))],
      ])('where %s, nothing is left out (guard)', (_what, own, cut) => {
        expect(cut(own)).not.toBe(own);
        expect(cut(own)).not.toBe('');
        const [original, later] = [body(post, own), edition('', body(post, cut(own)))];
        const extraction = extractPost(Buffer.from([head, other, original, later, third, tail].join('')));
        expect(missingFacts(extraction)).toEqual([]);
      });

      it.each([
        ['its first paragraphs, an excerpt', content.slice(0, content.indexOf('<p>Mer än en miljon')) + '<p>[&#8230;]</p>'],
        ['its first paragraphs and the list, cut off before the figure', content.slice(0, content.indexOf(rescue))],
        ['its first paragraph, and the footnote and the share buttons after it', content.slice(0, content.indexOf('<p>Ett år senare')) + content.slice(content.indexOf(rescue) + rescue.length) + '<h3 class="sd-title">Dela det här:</h3>'],
      ])('one that holds %s leaves out nothing (guard)', (_what, html) => {
        const later = edition('', body(post, html));
        const extraction = extractPost(Buffer.from([head, other, post, later, third, tail].join('')));
        expect(missingFacts(extraction)).toEqual([]);
      });
    });

    it('a year the later copy strikes out and writes anew is left null, and said', () => {
      const later = edition('', post.replace('År 2011 ledde', 'År <del>2011</del> 2012 ledde'));
      expect(later).toContain('<del>2011</del>');
      const extraction = extractPost(Buffer.from([head, other, post, later, third, tail].join('')));
      const rescue = extraction.statistics.filter(({ id }) => id.startsWith('operation-rescue-'));
      expect(rescue.map(({ year }) => year)).toEqual([null, null, null]);
      expect(extraction.warnings.filter(({ code }) => code === 'unclear-attribute').map(({ message }) => message)).toEqual(
        rescue.map(({ id }) => expect.stringMatching(new RegExp(`^the year of the statistic ${id} is left null: another entry of the feed .*, a copy of the post, leaves it unclear`))),
      );
    });

    it.each([
      [{ url: 'https://a.example/p/' }, { url: 'http://a.example/p' }, true],
      [{ url: 'https://a.example/p/' }, { url: 'https://www.a.example/p/?utm_source=rss&utm_medium=rss#more-4711' }, true],
      [{ url: 'https://a.example/?p=4711' }, { url: 'https://a.example/?p=4712' }, false],
      [{ id: 'tag:a.example,2012:4711', url: 'https://a.example/p/' }, { id: 'tag:a.example,2012:4711', url: 'https://a.example/p-2/' }, true],
      [{ id: 'tag:a.example,2012:4711', url: 'https://a.example/p/' }, { id: 'tag:a.example,2012:4712', url: 'https://a.example/q/' }, false],
    ])('sameEntry(%o, %o) is %s: an entry keeps its identity and its page across edits', (a, b, same) => {
      expect(sameEntry(a, b)).toBe(same);
    });

    it.each([
      [{ url: 'https://a.example/p/', title: 'Globalallians' }, { url: 'https://a.example/p/', title: 'Kopia' }, true],
      [{ url: 'https://a.example/p/', title: 'Globalallians' }, { url: 'https://a.example/q/', title: 'Globalallians' }, false],
      [{ title: 'Globalallians  mot nätpedofili' }, { title: 'globalallians mot nätpedofili' }, true],
      [{ title: 'Globalallians' }, { title: 'Ett år efter' }, false],
      [{}, {}, false],
      [{ title: ' ' }, { title: '' }, false],
    ])('sameEntry(%o, %o) is %s: the address decides where both have one, else the title', (a, b, same) => {
      expect(sameEntry(a, b)).toBe(same);
    });

    it('another post of the feed that amends its own figures leaves the post as it is (guard)', () => {
      const another = edition('<p>Rättelse: 253 barn, inte 252.</p>').replace('<title>Globalallians mot nätpedofili</title>', '<title>Ett år efter</title>').replaceAll('2012/12/06/globalallians/', '2012/12/07/ett-ar-efter/');
      const extraction = extractPost(Buffer.from([head, other, post, another, third, tail].join('')));
      expect(extraction.document.title).toBe('Globalallians mot nätpedofili');
      expect(missingFacts(extraction)).toEqual([]);
    });
  });

  it('expand no entity their DOCTYPE declares (a "billion laughs" feed stays the size it is)', () => {
    const laughs = '<!ENTITY a "50 000 nya bilder varje år"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">';
    const feed = `<?xml version="1.0"?><!DOCTYPE rss [${laughs}]><rss version="2.0"><channel><item><title>&c;</title><description>&lt;p&gt;&c;&lt;/p&gt;</description></item></channel></rss>`;
    const [entry] = unpack(Buffer.from(feed));
    expect(entry!.content).toMatchObject({ text: expect.not.stringContaining('50 000') });
    expect(entry!.stated.title ?? '').not.toContain('50 000');
  });

  it("take no e-mail address for the author's name", () => {
    const rss = readFileSync(join(FIXTURES, 'rss-feed', 'source.xml'), 'utf8').replaceAll(/<dc:creator>[^<]*<\/dc:creator>/g, '<author>cecilia.malmstrom@example.org</author>');
    expect(extractPost(Buffer.from(rss)).document.author ?? '').not.toContain('@');
  });

  it('name the format when no entry holds HTML', () => {
    expect(() => extractPost(Buffer.from('<?xml version="1.0"?><rss version="2.0"><channel><item><title>t</title><description>bara text</description></item></channel></rss>'))).toThrow(
      /news feed \(RSS or Atom\) with no entry that holds an HTML post/,
    );
  });
});

describe('a directory of captures', () => {
  it('takes every kind of capture below it, and leaves other files out', async () => {
    const dir = scratchDir('alliance-captures-');
    for (const [name, source] of [['a.mhtml', 'mhtml-chrome/source.mhtml'], ['b.html.gz', 'gzip/source.html.gz'], ['c.xml', 'rss-feed/source.xml'], ['d.html', 'wordpress-2012/source.html'], ['notes.txt', 'wordpress-2012/fixture.json']]) {
      copyFileSync(join(FIXTURES, source as string), join(dir, name as string));
    }
    const result = await runCli([dir, '--jobs', '1', '--quiet']);
    expect(result.code, result.stderr).toBe(0);
    const records = result.stdout.trimEnd().split('\n').map((line) => JSON.parse(line) as Extraction & { path: string });
    expect(records.map((record) => [record.path.slice(dir.length + 1), record.commitments.length])).toEqual([
      ['a.mhtml', 4],
      ['b.html.gz', 4],
      ['c.xml', 4],
      ['d.html', 4],
    ]);
  });
});

describe('compressed and unsupported input', () => {
  it('reads gzip on standard input', async () => {
    const result = await runCli(['-', '--quiet'], { stdin: gzipSync(readFileSync(MAIN)) });
    expect(result.code, result.stderr).toBe(0);
    expect((JSON.parse(result.stdout) as Extraction).commitments).toHaveLength(4);
  });

  it('refuses gzip that unpacks past --max-size (a gzip bomb) with exit code 3', async () => {
    const bomb = gzipSync(Buffer.alloc(20 * 1024 * 1024, '<p>a</p>'));
    expect(bomb.length).toBeLessThan(1024 * 1024);
    const result = await runCli(['-', '--max-size', '1M'], { stdin: bomb });
    expect(result.code).toBe(3);
    expect(result.stderr).toMatch(/^alliance-extract: standard input: the gzip data unpacks to more than the 1 MiB limit \(raise it with --max-size\)\n$/);
  });

  it('says how to raise the limit in the library\'s own terms: a library caller has no --max-size', () => {
    const bomb = gzipSync(Buffer.alloc(4 * 1024 * 1024, '<p>a</p>'));
    const error = (() => {
      try {
        extractPost(bomb, { maxBytes: 1024 * 1024 });
      } catch (caught) {
        return caught;
      }
      return undefined;
    })();
    expect(error).toBeInstanceOf(InputError);
    expect(error).toMatchObject({ problem: 'too-large', raisable: true, message: 'the gzip data unpacks to more than the 1 MiB limit' });
  });

  it('reads gzip under a --max-size larger than the biggest buffer Node makes', async () => {
    const result = await runCli(['-', '--max-size', '10G', '--quiet'], { stdin: gzipSync(readFileSync(MAIN)) });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
  });

  it('refuses damaged gzip with exit code 3', async () => {
    const result = await runCli(['-'], { stdin: gzipSync('<p>a</p>').subarray(0, 12) });
    expect(result.code).toBe(3);
    expect(result.stderr).toMatch(/gzip data is damaged/);
  });

  it.each([
    ['a PDF', '%PDF-1.7\n%\xe2\xe3\xcf\xd3\n', /a PDF document, which this tool does not read: save the post from the browser as a web page/],
    ['a WARC file', 'WARC/1.1\r\nWARC-Type: warcinfo\r\n', /a WARC web archive, which this tool does not read: extract the post's response record/],
    ['a zip archive', 'PK\x03\x04\x14\x00\x00\x00', /a zip archive, which this tool does not read: unzip it/],
  ])('refuses %s with exit code 3 and says what to do', async (_name, bytes, message) => {
    const result = await runCli(['-'], { stdin: Buffer.from(bytes, 'latin1') });
    expect(result.code).toBe(3);
    expect(result.stderr).toMatch(message);
    expect(result.stderr.split('\n')).toHaveLength(2);
  });
});

describe('a capture whose every paragraph stands in a table of one cell', () => {
  // Helper 174: an e-mail's or a word processor's export; every statistic and the countries were left out.
  it.each([MAIN, join(FIXTURES, 'english-edition', 'source.html')])('reads %s as the post', (path) => {
    const page = readFileSync(path, 'utf8');
    const wrapped = page.replace(/<p(?:\s[^>]*)?>[\s\S]*?<\/p>/g, (paragraph) => `<table><tr><td>${paragraph}</td></tr></table>`);
    expect(wrapped).not.toBe(page);
    const facts = ({ statistics, commitments, countries }: Extraction) => ({
      statistics: statistics.map(({ id, value, quote, year, source, qualifier }) => ({ id, value, quote, year, source, qualifier })),
      commitments: commitments.map(({ id, text }) => ({ id, text })),
      countries,
    });
    const [plain, inTables] = [extractPost(page), extractPost(wrapped)];
    expect(missingFacts(plain)).toEqual([]);
    expect(facts(inTables)).toEqual(facts(plain));
  });
});
