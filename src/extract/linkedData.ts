/** What schema.org linked data (JSON-LD) says of one article. */
export interface LinkedArticle {
  headline?: string | undefined;
  datePublished?: string | undefined;
  author?: string | undefined;
  url?: string | undefined;
  /** What the article says of itself in words: its `description` and `articleBody`, the post again (see `headExcerpts`). */
  description?: string | undefined;
  articleBody?: string | undefined;
}

const ARTICLE_TYPES: ReadonlySet<string> = new Set([
  'Article', 'BlogPosting', 'NewsArticle', 'Report', 'ScholarlyArticle', 'SocialMediaPosting', 'LiveBlogPosting',
  'TechArticle', 'AnalysisNewsArticle', 'OpinionNewsArticle', 'ReportageNewsArticle',
]);

/** Linked data is small; a page that nests it deeper or wider than this is not describing a post. */
const MAX_DEPTH = 8;
const MAX_NODES = 2000;

const text = (value: unknown): string | undefined => (typeof value === 'string' && value.trim() ? value : undefined);

/** An address where a name should be ("author": "https://…/author/x/") names no one. */
const ADDRESS = /^\s*https?:\/\//i;

/**
 * "Name", { name }, a reference to a node elsewhere in the page's linked data
 * ({ "@id" }, as Yoast writes it), or a list of these: the first name.
 */
function personName(value: unknown, nodes: ReadonlyMap<string, Record<string, unknown>>, depth = 0): string | undefined {
  if (depth > 2) return undefined;
  if (Array.isArray(value)) return value.map((item) => personName(item, nodes, depth + 1)).find(Boolean);
  if (value && typeof value === 'object') {
    const node = value as Record<string, unknown>;
    const id = node['@id'];
    const named = personName(node['name'], nodes, depth + 1);
    return named ?? (typeof id === 'string' && nodes.get(id) !== node ? personName(nodes.get(id), nodes, depth + 1) : undefined);
  }
  const name = text(value);
  return name && !ADDRESS.test(name) ? name : undefined;
}

function isArticle(node: Record<string, unknown>): boolean {
  const type = node['@type'];
  return (Array.isArray(type) ? type : [type]).some((name) => typeof name === 'string' && ARTICLE_TYPES.has(name.replace(/^https?:\/\/schema\.org\//, '')));
}

function toArticle(node: Record<string, unknown>, nodes: ReadonlyMap<string, Record<string, unknown>>): LinkedArticle {
  const page = node['mainEntityOfPage'];
  return {
    headline: text(node['headline']) ?? text(node['name']),
    datePublished: text(node['datePublished']) ?? text(node['dateCreated']),
    author: personName(node['author'], nodes) ?? personName(node['creator'], nodes),
    url: text(node['url']) ?? text(page) ?? text((page as Record<string, unknown> | undefined)?.['@id']),
    description: text(node['description']),
    articleBody: text(node['articleBody']),
  };
}

/** Every Article (or BlogPosting…) in the page's JSON-LD scripts, however they nest it (@graph, lists). */
export function linkedArticles(scripts: readonly string[]): LinkedArticle[] {
  const articles: Array<Record<string, unknown>> = [];
  const nodes = new Map<string, Record<string, unknown>>();
  let visited = 0;
  const visit = (value: unknown, depth: number): void => {
    if (depth > MAX_DEPTH || visited++ > MAX_NODES || !value || typeof value !== 'object') return;
    if (Array.isArray(value)) {
      for (const item of value) visit(item, depth + 1);
      return;
    }
    const node = value as Record<string, unknown>;
    if (isArticle(node)) articles.push(node);
    if (typeof node['@id'] === 'string' && !nodes.has(node['@id'])) nodes.set(node['@id'], node);
    visit(node['@graph'], depth + 1);
  };
  for (const script of scripts) {
    try {
      visit(JSON.parse(script), 0);
    } catch {
      // A broken script is the theme's problem; the page's other metadata still count.
    }
  }
  return articles.map((node) => toArticle(node, nodes));
}
