import type { MarkedExtension, Token, Tokens } from 'marked';

/**
 * Moves a document's headings down below the heading of the panel that shows it: a decision's
 * "# 0001 Title" shown under a panel's h2 becomes an h3, so the page keeps one h1 (its own) and an
 * outline a screen reader can follow. Levels stop at h6, as HTML's do.
 */
export function nestedHeadings(below: number): MarkedExtension {
  return {
    walkTokens(token: Token) {
      if (token.type !== 'heading') return;
      // The Token union includes a generic token whose fields are untyped; a heading's are not.
      const heading = token as Tokens.Heading;
      heading.depth = Math.min(6, heading.depth + below);
    },
  };
}
