/**
 * Pagefind reads a page's text as the HTML gives it, and Astro writes table cells with nothing between them
 * (`<th>Component</th><th>Availability</th>`), so a search result read "ComponentAvailabilityTarget". A space between
 * adjacent cells, rows, sections and the caption separates their words in the index and changes nothing on screen:
 * whitespace between table parts is not rendered (HTML's table model drops whitespace-only text there).
 *
 * @example spaceTableCells('<tr><td>a</td><td>b</td></tr>') // → '<tr><td>a</td> <td>b</td></tr>'
 */
export function spaceTableCells(html: string): string {
  return html.replace(/(<\/(?:td|th|tr|caption|thead|tbody|tfoot)>)(?=<(?:td|th|tr|thead|tbody|tfoot)[\s>])/gi, '$1 ');
}
