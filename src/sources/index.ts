// The sources' public surface: paths in, articles (or reported bad records) out.
export { readArticles, STDIN_PATH, type ReadArticlesOptions } from './read-articles.js';
export { contentId, CONTENT_ID_PREFIX } from './content-id.js';
export { describeIssues } from './describe-issues.js';
export { extractHtmlArticle } from './html-article.js';
