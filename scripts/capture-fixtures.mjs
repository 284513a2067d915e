// Writes the container and structure fixtures' source files from the captures
// they hold, so that each can be checked against its HTML original:
//   node scripts/capture-fixtures.mjs
// The containers are built as their writers write them: Chrome's MHTML
// ("Save as single file": Blink's MHTMLArchive, quoted-printable at 76
// columns, CRLF), Internet Explorer's .mht (base64, charset in the part
// header), WordPress's RSS 2.0 feed (content:encoded in CDATA), an Atom feed
// (escaped HTML in <content type="html">), gzip, and the post's text decomposed (NFD).
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
// Text copied on a Mac or out of a PDF spells "ä" as "a" and a combining diaeresis (Unicode NFD).
write('decomposed-letters/source.html', MAIN_TEXT.normalize('NFD'));

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

// Structures: the served page with its list of commitments written as other editors write lists.
const commitmentList = between(MAIN_TEXT, 'bland annat:</p>\n<ul>\n', '</ul>');
const commitments = [...commitmentList.matchAll(/<li>(.*?)<\/li>/g)].map((match) => match[1]);
const withList = (list) => MAIN_TEXT.replace(`<ul>\n${commitmentList}</ul>`, list);
write(
  'list-paragraphs/source.html',
  withList(
    `<ul style="margin-top:0;margin-bottom:0;padding-inline-start:48px;">${commitments
      .map(
        (text) =>
          `<li dir="ltr" style="list-style-type:disc;font-size:11pt;font-family:Arial,sans-serif;" aria-level="1"><p dir="ltr" style="line-height:1.38;margin-top:0pt;margin-bottom:0pt;" role="presentation"><span style="font-size:11pt;font-family:Arial,sans-serif;color:#000000;background-color:transparent;font-weight:400;font-style:normal;font-variant:normal;text-decoration:none;vertical-align:baseline;white-space:pre;white-space:pre-wrap;">${text}</span></p></li>`,
      )
      .join('')}</ul>`,
  ),
);
write('list-divs-numbered/source.html', withList(`<ol>\n${commitments.map((text) => `<li><div class="li-text">${text}</div></li>`).join('\n')}\n</ol>`));
write(
  'list-span-breaks/source.html',
  withList(`<ul>\n${commitments.map((text) => `<li><span>${text.replace(/, /, ',</span><br><span>')}</span><br></li>`).join('\n')}\n</ul>`),
);

// Pages of several posts: the post's article among others, under the page's own title and dates.
const article = MAIN_TEXT.slice(MAIN_TEXT.indexOf('<article id="post-4721"'), MAIN_TEXT.indexOf('</article><!-- #post-4721 -->') + '</article><!-- #post-4721 -->'.length);
const listed = article.replace('<h1 class="entry-title">Globalallians mot nätpedofili</h1>', `<h2 class="entry-title"><a href="${POST_URL}" rel="bookmark">Globalallians mot nätpedofili</a></h2>`);
const otherArticle = (id, slug, title, date, day, content) =>
  `<article id="post-${id}" class="post-${id} post type-post status-publish format-standard hentry category-eu">\n\t<header class="entry-header">\n` +
  `\t\t<h2 class="entry-title"><a href="https://ceciliamalmstrom.wordpress.com/${date.replaceAll('-', '/')}/${slug}/" rel="bookmark">${title}</a></h2>\n` +
  `\t\t<div class="entry-meta"><span class="sep">Publicerat den </span><time class="entry-date" datetime="${date}T09:12:44+00:00">${day}</time>` +
  `<span class="by-author"> <span class="sep"> av </span> <span class="author vcard"><a class="url fn n" href="https://ceciliamalmstrom.wordpress.com/author/ceciliamalmstrom/" rel="author">Cecilia Malmström</a></span></span></div>\n` +
  `\t</header>\n\t<div class="entry-content">\n${content}\n\t</div><!-- .entry-content -->\n</article><!-- #post-${id} -->\n`;
const single = MAIN_TEXT.slice(MAIN_TEXT.indexOf('<nav id="nav-single">'), MAIN_TEXT.indexOf('</nav><!-- #nav-single -->') + '</nav><!-- #nav-single -->'.length);
function replacePosts(page, posts) {
  const start = page.indexOf('<article id="post-4721"');
  const end = page.indexOf('</div><!-- #content -->');
  return `${page.slice(0, start)}${posts}\n\t\t\t${page.slice(end)}`;
}
const archiveHead = (title, canonical, bodyClass) =>
  MAIN_TEXT.replace(/<title>[^<]*<\/title>/, `<title>${title}</title>`)
    .replace(/<link rel='canonical' href='[^']*' \/>/, `<link rel='canonical' href='${canonical}' />`)
    .replace('<meta property="og:type" content="article" />', '<meta property="og:type" content="website" />')
    .replace(/<meta property="og:title" content="[^"]*" \/>/, `<meta property="og:title" content="${title.split(' | ')[0]}" />`)
    .replace(/<meta property="og:url" content="[^"]*" \/>/, `<meta property="og:url" content="${canonical}" />`)
    .replace(/<meta property="article:published_time" content="[^"]*" \/>\n/, '')
    .replace(/<body class="[^"]*">/, `<body class="${bodyClass}">`)
    .replace(single, '');
const greece = otherArticle(4790, 'grekland', 'Om Grekland och flyktingarna', '2012-12-10', '10 december 2012', otherContent.trim());
const cyber = otherArticle(4702, 'cyberbrott', 'Ett år med EU:s cyberbrottscentrum', '2012-12-03', '3 december 2012', '<p>Kort notis om ett möte i Haag, med några rader text och en länk till mer läsning om arbetet.</p>');
write(
  'month-archive/source.html',
  replacePosts(
    archiveHead('december 2012 | Cecilia Malmström', 'https://ceciliamalmstrom.wordpress.com/2012/12/', 'archive date two-column right-sidebar'),
    `<header class="page-header"><h1 class="page-title">Månadsarkiv: <span>december 2012</span></h1></header>\n${greece}${listed}\n${cyber}`,
  ),
);
const teaser =
  '<div class="featured-posts"><h1 class="showcase-heading">Utvalt inlägg</h1><section class="featured-post">\n' +
  otherArticle(4790, 'grekland', 'Om Grekland och flyktingarna', '2012-12-10', '10 december 2012', '<p>Igår träffade jag EU:s inrikesministrar i Bryssel för att diskutera ett gemensamt europeiskt asylsystem. <a href="https://ceciliamalmstrom.wordpress.com/2012/12/10/grekland/">Läs mer</a></p>') +
  '</section></div>\n';
write(
  'front-page-teaser/source.html',
  replacePosts(archiveHead('Cecilia Malmström | EU-kommissionär med ansvar för inrikes frågor', 'https://ceciliamalmstrom.wordpress.com/', 'home blog two-column right-sidebar'), `${teaser}${listed}\n${cyber}`),
);

// archive.today: no scripts, no classes, inline styles, every link through archive.ph/o/…, its own header on top.
const ARCHIVE_ID = 'Xq3vT';
const viaArchive = (href) => `https://archive.ph/o/${ARCHIVE_ID}/${href}`;
const postBody = between(MAIN_TEXT, '<div class="entry-content">', '<div class="wpcnt">')
  .replace(/ class="[^"]*"/g, '')
  .replace(/href="(https?:[^"]+)"/g, (_all, href) => `href="${viaArchive(href)}"`)
  .replace(/src="https?:[^"]+"/g, `src="https://archive.ph/${ARCHIVE_ID}/3c1e4a2d5b.jpg"`);
write(
  'archive-today/source.html',
  `<!DOCTYPE html><html style="background-color:#FFFFFF" prefix="og: http://ogp.me/ns# article: http://ogp.me/ns/article#" itemscope="" itemtype="http://schema.org/Article"><head>` +
    `<meta http-equiv="Content-Type" content="text/html;charset=utf-8"><meta name="viewport" content="width=1024">` +
    `<title>Globalallians mot nätpedofili | Cecilia Malmström</title>` +
    `<link rel="canonical" href="https://archive.ph/${ARCHIVE_ID}"><meta property="og:url" content="https://archive.ph/${ARCHIVE_ID}" itemprop="url">` +
    `<meta property="og:title" content="Globalallians mot nätpedofili | Cecilia Malmström" itemprop="name"><meta property="og:site_name" content="archive.ph">` +
    `<meta property="article:modified_time" content="2012-12-07T08:30:12Z" itemprop="dateModified"><meta property="article:published_time" content="2012-12-07T08:30:12Z" itemprop="dateCreated">` +
    `</head><body style="margin:0;padding:0;background-color:#EEEEEE">\n` +
    `<center><div id="HEADER" style="text-align:left;width:1028px;background-color:#EEEEEE">` +
    `<table style="width:1028px;font-size:10px" cellspacing="0" cellpadding="0"><tr><td style="width:160px"><a href="https://archive.ph/" style="display:block"><img style="width:120px" src="https://archive.ph/logo-grey.png" alt="archive.today"></a><div>webpage capture</div></td>` +
    `<td><table style="width:100%"><tr><td style="padding-right:10px;text-align:right"><div style="font-size:10px">Saved from</div></td>` +
    `<td><form><input style="width:100%;font-size:12px" type="text" name="q" value="${POST_URL}"></form></td>` +
    `<td style="padding-left:10px"><div style="font-size:10px">search</div></td></tr>` +
    `<tr><td style="text-align:right"><div>All snapshots</div></td><td><a href="https://archive.ph/${POST_URL}" style="font-size:10px">from host ceciliamalmstrom.wordpress.com</a></td></tr></table></td>` +
    `<td style="width:220px;text-align:right"><div style="font-size:10px">archived 7 Dec 2012 08:30:12 UTC</div></td></tr></table></div></center>\n` +
    `<center><div id="SOLID"><div id="CONTENT" style="width:1024px;text-align:left;background-color:#fff">` +
    `<div style="padding:10px"><div style="font-size:24px;font-weight:bold"><a href="${viaArchive('https://ceciliamalmstrom.wordpress.com/')}" style="color:#111">Cecilia Malmström</a></div><div style="font-size:13px">EU-kommissionär med ansvar för inrikes frågor</div></div>\n` +
    `<div style="padding:0 60px"><div style="padding:10px 0"><h1 style="font-size:26px;font-weight:bold;line-height:1.3">Globalallians mot nätpedofili</h1>` +
    `<div style="color:#666;font-size:12px"><span>Publicerat den </span><a href="${viaArchive(POST_URL)}" title="10:12"><span>6 december 2012</span></a><span> av </span><span><a href="${viaArchive('https://ceciliamalmstrom.wordpress.com/author/ceciliamalmstrom/')}">Cecilia Malmström</a></span></div></div>\n` +
    `<div style="line-height:1.625">${postBody}</div></div></div></div></center>\n</body></html>\n`,
);
