// Writes the container and structure fixtures' source files from the captures
// they hold, so that each can be checked against its HTML original:
//   node scripts/capture-fixtures.mjs
// The containers are built as their writers write them: Chrome's MHTML
// ("Save as single file": Blink's MHTMLArchive, quoted-printable at 76
// columns, CRLF), Internet Explorer's .mht (base64, charset in the part
// header), WordPress's RSS 2.0 feed (content:encoded in CDATA), an Atom feed
// (escaped HTML in <content type="html">) and gzip.
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';

const FIXTURES = fileURLToPath(new URL('../fixtures/', import.meta.url));
const read = (path) => readFileSync(FIXTURES + path);
const write = (path, data) => {
  mkdirSync(FIXTURES + path.slice(0, path.lastIndexOf('/')), { recursive: true });
  writeFileSync(FIXTURES + path, data);
};
const between = (text, start, end) => text.slice(text.indexOf(start) + start.length, text.indexOf(end, text.indexOf(start)));

const MAIN = read('wordpress-2012/source.html');
const MAIN_TEXT = MAIN.toString('utf8');
const POST_URL = 'https://ceciliamalmstrom.wordpress.com/2012/12/06/globalallians/';

/** Blink's quoted-printable: printable ASCII but "=" as is, lines of at most 76 with "=" soft breaks, CRLF hard breaks. */
function quotedPrintable(bytes) {
  const lines = [];
  for (const line of bytes.toString('latin1').split(/\r?\n/)) {
    let out = '';
    let column = 0;
    const chars = [...line];
    chars.forEach((char, i) => {
      const code = char.charCodeAt(0);
      const last = i === chars.length - 1;
      const plain = (code >= 33 && code <= 126 && char !== '=') || ((char === ' ' || char === '\t') && !last);
      const encoded = plain ? char : `=${code.toString(16).toUpperCase().padStart(2, '0')}`;
      if (column + encoded.length > 75) {
        out += '=\r\n';
        column = 0;
      }
      out += encoded;
      column += encoded.length;
    });
    lines.push(out);
  }
  return lines.join('\r\n');
}

const base64Lines = (bytes) => bytes.toString('base64').replace(/.{76}/g, '$&\r\n');

function mhtml({ from, subject, boundary, location, parts }) {
  const header =
    `From: ${from}\r\nSnapshot-Content-Location: ${location}\r\nSubject: ${subject}\r\nDate: Thu, 6 Dec 2012 12:31:07 -0000\r\n` +
    `MIME-Version: 1.0\r\nContent-Type: multipart/related;\r\n\ttype="text/html";\r\n\tboundary="${boundary}"\r\n\r\n`;
  const body = parts.map(({ headers, content }) => `--${boundary}\r\n${headers.join('\r\n')}\r\n\r\n${content}\r\n`).join('');
  return Buffer.from(`${header}${body}--${boundary}--\r\n`, 'latin1');
}

const CHROME_BOUNDARY = '----MultipartBoundary--n8Vq2bZKkQm3Rr5xXyTf0wGgHhJjLlPpSsUuWwYyAa----';
write(
  'mhtml-chrome/source.mhtml',
  mhtml({
    from: '<Saved by Blink>',
    subject: '=?utf-8?Q?Globalallians=20mot=20n=C3=A4tpedofili=20|=20Cecilia=20Malmstr?= =?utf-8?Q?=C3=B6m?=',
    boundary: CHROME_BOUNDARY,
    location: POST_URL,
    parts: [
      {
        headers: ['Content-Type: text/html', 'Content-ID: <frame-4F0D5C1E8A2B4C6D9E7F1A3B5C7D9E1F@mhtml.blink>', 'Content-Transfer-Encoding: quoted-printable', `Content-Location: ${POST_URL}`],
        content: quotedPrintable(MAIN),
      },
      {
        headers: ['Content-Type: text/css', 'Content-Transfer-Encoding: quoted-printable', 'Content-Location: cid:css-0b7e4f1c-2d3a-4e5f-8a9b-c0d1e2f3a4b5@mhtml.blink'],
        content: quotedPrintable(Buffer.from('@charset "utf-8";\n\nbody { font-family: "Helvetica Neue", sans-serif; }\n.entry-title { font-size: 26px; }\n')),
      },
      {
        headers: ['Content-Type: image/png', 'Content-Transfer-Encoding: base64', 'Content-Location: https://ceciliamalmstrom.files.wordpress.com/2012/12/presskonferens-m-eric-holder.jpg?w=300&h=199'],
        content: base64Lines(Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000', 'hex')),
      },
    ],
  }),
);

write(
  'mhtml-ie-latin1/source.mht',
  mhtml({
    from: '<Saved by Windows Internet Explorer 8>',
    subject: 'Globalallians mot n=?iso-8859-1?Q?=E4tpedofili?=',
    boundary: '----=_NextPart_000_0000_01CDD3A4.6E1C2B50',
    location: 'http://www.malmstrom.se/blogg/2012/12/06/globalallians.html',
    parts: [
      {
        headers: ['Content-Type: text/html;\r\n\tcharset="windows-1252"', 'Content-Transfer-Encoding: base64', 'Content-Location: http://www.malmstrom.se/blogg/2012/12/06/globalallians.html'],
        content: base64Lines(read('legacy-latin1/source.html')),
      },
    ],
  }),
);

write('gzip/source.html.gz', gzipSync(MAIN, { level: 9 }));

const postContent = between(MAIN_TEXT, '<div class="entry-content">', '<div class="wpcnt">');
const otherPost = read('other-post/source.html').toString('utf8');
const otherContent = between(otherPost, '<div class="entry-content">', '</div><!-- .entry-content -->');
const rssItem = (title, link, date, content) =>
  `\t<item>\n\t\t<title>${title}</title>\n\t\t<link>${link}</link>\n\t\t<comments>${link}#comments</comments>\n\t\t<pubDate>${date}</pubDate>\n` +
  `\t\t<dc:creator>Cecilia Malmström</dc:creator>\n\t\t<category><![CDATA[EU]]></category>\n\t\t<guid isPermaLink="false">${link}</guid>\n` +
  `\t\t<description><![CDATA[${content.replace(/<[^>]+>/g, '').trim().slice(0, 200)} [&#8230;]]]></description>\n` +
  `\t\t<content:encoded><![CDATA[${content.trim()}]]></content:encoded>\n\t</item>\n`;
write(
  'rss-feed/source.xml',
  `<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"\n\txmlns:content="http://purl.org/rss/1.0/modules/content/"\n\txmlns:dc="http://purl.org/dc/elements/1.1/"\n\txmlns:atom="http://www.w3.org/2005/Atom">\n<channel>\n` +
    `\t<title>Cecilia Malmström</title>\n\t<atom:link href="https://ceciliamalmstrom.wordpress.com/feed/" rel="self" type="application/rss+xml" />\n\t<link>https://ceciliamalmstrom.wordpress.com</link>\n` +
    `\t<description>EU-kommissionär med ansvar för inrikes frågor</description>\n\t<lastBuildDate>Mon, 10 Dec 2012 09:12:44 +0000</lastBuildDate>\n\t<language>sv-SE</language>\n` +
    rssItem('Om Grekland och flyktingarna', 'https://ceciliamalmstrom.wordpress.com/2012/12/10/grekland/', 'Mon, 10 Dec 2012 09:12:44 +0000', otherContent) +
    rssItem('Globalallians mot nätpedofili', POST_URL, 'Thu, 06 Dec 2012 10:12:00 +0000', postContent) +
    rssItem('Ett år med EU:s cyberbrottscentrum', 'https://ceciliamalmstrom.wordpress.com/2012/12/03/cyberbrott/', 'Mon, 03 Dec 2012 15:40:10 +0000', '<p>Kort notis om ett möte, med några rader text och en länk.</p>') +
    `</channel>\n</rss>\n`,
);

const english = read('english-edition/source.html').toString('utf8');
const englishContent = between(english, '<div class="post-entry">', '<div class="post-footer">').replace(/<\/div>\s*$/, '');
const escapeXml = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const atomEntry = (title, link, published, content) =>
  `\t<entry>\n\t\t<author>\n\t\t\t<name>Cecilia Malmström</name>\n\t\t</author>\n\t\t<title type="html"><![CDATA[${title}]]></title>\n` +
  `\t\t<link rel="alternate" type="text/html" href="${link}" />\n\t\t<id>${link}</id>\n\t\t<updated>${published}</updated>\n\t\t<published>${published}</published>\n` +
  `\t\t<summary type="html"><![CDATA[${content.replace(/<[^>]+>/g, '').trim().slice(0, 160)} [...]]]></summary>\n` +
  `\t\t<content type="html" xml:base="${link}">${escapeXml(content.trim())}</content>\n\t</entry>\n`;
write(
  'atom-feed/source.atom',
  `<?xml version="1.0" encoding="UTF-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">\n\t<title type="text">Cecilia Malmström</title>\n` +
    `\t<subtitle type="text">Blog of Cecilia Malmström, Member of the European Commission responsible for Home Affairs</subtitle>\n\t<updated>2012-12-07T16:02:11Z</updated>\n` +
    `\t<link rel="alternate" type="text/html" href="http://blogs.ec.europa.eu/malmstrom" />\n\t<id>http://blogs.ec.europa.eu/malmstrom/feed/atom/</id>\n` +
    `\t<link rel="self" type="application/atom+xml" href="http://blogs.ec.europa.eu/malmstrom/feed/atom/" />\n` +
    atomEntry('Europe&#8217;s asylum system: one year on', 'http://blogs.ec.europa.eu/malmstrom/asylum-one-year-on/', '2012-12-07T16:02:11Z', '<p>A short note on the asylum package, with a few lines of text, and a link.</p>') +
    atomEntry('Global cooperation against online paedophiles', 'http://blogs.ec.europa.eu/malmstrom/global-cooperation-against-pedofil/', '2012-12-06T11:40:27Z', englishContent) +
    `</feed>\n`,
);
