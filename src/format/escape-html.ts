/**
 * Text for places that read a string as HTML although the site means it as text: an RSS item's
 * description (feed readers render it as HTML) and Pagefind filter values (its search page shows them
 * with `{@html}`). Article text goes through here first, so `<img onerror=...>` in an outlet's name is shown, not run.
 */
const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** `a < b & "c"` → `a &lt; b &amp; &quot;c&quot;`. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => ENTITIES[character] ?? character);
}
