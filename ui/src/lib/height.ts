// Sets an element's height through the CSSOM: the CSP (style-src 'self') blocks inline
// style attributes, not element.style, so spacer rows of the virtual list use this.
import type { Attachment } from 'svelte/attachments';

export function heightPx(px: number): Attachment<HTMLElement> {
  return (el) => {
    el.style.setProperty('height', `${px}px`);
  };
}
