// The server renders knowledge content from Markdown without raw HTML and
// sanitizes it (markdown-it js-default + nh3); the CSP allows no inline script
// either, so this HTML can only format text.
export function SafeHtml({ html }: { html: string }) {
  return <div className="content" dangerouslySetInnerHTML={{ __html: html }} />;
}
