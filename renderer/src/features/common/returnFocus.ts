/** Where the focus goes when what held it is gone: the open release's headline, else the library. */
const FALLBACKS = ['#field-headline', '.library-list [aria-current="true"]', '.library .button--primary'];

/** Gives the focus back to `opener`, or to a fallback, unless something on the page holds it already. */
export function returnFocus(opener: HTMLElement | null, force = false): void {
  const active = document.activeElement;
  if (!force && active && active !== document.body && active.isConnected) return;
  if (opener?.isConnected && !opener.closest('[inert]') && !(opener as HTMLButtonElement).disabled) {
    opener.focus();
    return;
  }
  for (const selector of FALLBACKS) {
    const element = document.querySelector<HTMLElement>(selector);
    if (element) {
      element.focus();
      return;
    }
  }
}
