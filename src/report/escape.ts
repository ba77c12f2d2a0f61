/**
 * Escape text for HTML and XML (element content and double- or single-quoted attributes).
 *
 * @internal
 */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
