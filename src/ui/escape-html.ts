// Card text widgets interpret a subset of HTML, so any text that may come from an email is escaped.
const ENTITIES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => ENTITIES[char] ?? char);
}

/**
 * Headers, button labels and input values are shown as plain text; angle brackets from an email become
 * look-alike guillemets so no markup can ever reach a card, and nothing shows as a raw entity.
 */
export function plainText(text: string): string {
  return text.replace(/</g, '‹').replace(/>/g, '›');
}
