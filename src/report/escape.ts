/**
 * Escaping for everything a report embeds. Scenario names, figure labels and
 * option names come from user files and may contain `</script>` or
 * `<img onerror=...>`; nothing reaches the page unescaped.
 */

const HTML_ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Escapes text for HTML element content and quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML_ENTITIES[c]);
}

/**
 * JSON safe inside `<script type="application/json">`: `<`, `>`, `&` and the
 * JavaScript line terminators U+2028/U+2029 become `\uXXXX` escapes, so the
 * text can never close the element or open a comment, and still parses to
 * the same value.
 */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (c) =>
    '\\u' + c.charCodeAt(0).toString(16).padStart(4, '0'),
  );
}

/**
 * JavaScript source made safe to inline in a `<script>` element: `</script`
 * and `<!--` (which would end or confuse the element) are broken with a
 * backslash, harmless inside the string literals where they occur in bundles.
 */
export function scriptText(js: string): string {
  return js.replace(/<\/(script)/gi, '<\\/$1').replace(/<!--/g, '<\\!--');
}

/**
 * Text for plotly titles, trace names and hover text. Plotly reads these as
 * pseudo-HTML (it honours `<b>`, `<br>`, `<a href>`), so user text is
 * entity-escaped (`&`, `<`, `>`; plotly does not decode `&quot;`)
 * and shows literally.
 */
export function plotlyText(text: string): string {
  return text.replace(/[&<>]/g, (c) => HTML_ENTITIES[c]);
}
