// Functions run inside the page (both engines): finding a control by what a person reads on it,
// as a screen reader would name it. Each is sent as its source text, so each stands alone.

/**
 * Finds the one visible element of `spec.role` whose accessible name is `spec.name` (a string,
 * matched whole after spaces are squeezed, or { re, flags }), inside `spec.within` if given.
 * `spec.nth` picks one of several; otherwise more than one is an error (the test is unclear).
 */
export function locate(spec) {
  const ROLES = {
    button: 'button, [role=button], input[type=button], input[type=submit]',
    link: 'a[href], [role=link]',
    tab: '[role=tab]',
    checkbox: 'input[type=checkbox], [role=checkbox], [role=switch]',
    summary: 'summary',
    textbox: 'input:not([type]), input[type=text], input[type=search], input[type=number], input[type=tel], input[type=email], textarea, [role=textbox]',
    file: 'input[type=file]',
    heading: 'h1, h2, h3, h4, h5, h6, [role=heading]',
    group: 'fieldset, [role=group], [role=radiogroup]',
    region: 'section[aria-label], section[aria-labelledby], [role=region]',
    navigation: 'nav, [role=navigation]',
    dialog: 'dialog, [role=dialog], [role=alertdialog]',
    status: '[role=status], output',
    article: 'article, [role=article]',
  };
  ROLES.clickable = [ROLES.button, ROLES.link, ROLES.tab, ROLES.checkbox, ROLES.summary].join(', ');
  const squeeze = (text) => text.replace(/\s+/g, ' ').trim();
  const textOf = (node) => {
    if (node.nodeType === Node.TEXT_NODE) return node.textContent;
    if (node.nodeType !== Node.ELEMENT_NODE) return '';
    if (node.getAttribute('aria-hidden') === 'true' || node.hidden) return '';
    if (node.hasAttribute('aria-label')) return ` ${node.getAttribute('aria-label')} `;
    if (node.tagName === 'IMG') return ` ${node.getAttribute('alt') ?? ''} `;
    if (['SCRIPT', 'STYLE', 'TEMPLATE'].includes(node.tagName)) return '';
    const inner = [...node.childNodes].map(textOf).join('');
    return getComputedStyle(node).display === 'inline' ? inner : ` ${inner} `;
  };
  const nameOf = (el) => {
    const by = el.getAttribute('aria-labelledby');
    if (by) return squeeze(by.split(/\s+/).map((id) => document.getElementById(id)).filter(Boolean).map(textOf).join(' '));
    if (el.hasAttribute('aria-label')) return squeeze(el.getAttribute('aria-label'));
    if (el.matches('input, textarea, select')) {
      const labels = [...(el.labels ?? [])].map(textOf).join(' ');
      return squeeze(labels || el.getAttribute('placeholder') || el.getAttribute('title') || '');
    }
    if (el.tagName === 'FIELDSET') {
      const legend = el.querySelector(':scope > legend');
      return legend ? squeeze(textOf(legend)) : '';
    }
    return squeeze(textOf(el));
  };
  const visible = (el) => (el.checkVisibility ? el.checkVisibility({ visibilityProperty: true }) : el.getClientRects().length > 0);
  // The modal dialog on top (a second one can open over the first): where focus is, else the last.
  const modals = [...document.querySelectorAll('dialog[open]')].filter((d) => d.matches(':modal'));
  const modal = modals.find((d) => d.contains(document.activeElement)) ?? modals.at(-1);
  const reachable = (el) => !el.closest('[inert]') && (!modal || modal.contains(el));
  const matches = (wanted, name) => (typeof wanted === 'string' ? name === squeeze(wanted) : new RegExp(wanted.re, wanted.flags).test(name));
  const describe = (s) => `${s.role}${s.name === undefined ? '' : ` "${typeof s.name === 'string' ? s.name : `/${s.name.re}/`}"`}`;

  const find = (s, root) => {
    const selector = ROLES[s.role];
    if (!selector) throw new Error(`no such role in page-helpers: ${s.role}`);
    const all = [...root.querySelectorAll(selector)];
    const shown = all.filter((el) => (s.role === 'file' || visible(el)) && (s.role === 'file' || reachable(el)));
    const found = s.name === undefined ? shown : shown.filter((el) => matches(s.name, nameOf(el)));
    if (s.nth !== undefined) {
      if (!found[s.nth]) throw new Error(`no ${describe(s)} number ${s.nth}: ${found.length} found`);
      return found[s.nth];
    }
    if (found.length === 1) return found[0];
    const names = shown.map(nameOf).filter(Boolean).slice(0, 40).map((n) => JSON.stringify(n.slice(0, 60)));
    if (found.length === 0) throw new Error(`no visible ${describe(s)}; there are: ${names.join(', ')}`);
    throw new Error(`${found.length} visible ${describe(s)}: say which (nth or within)`);
  };

  let root = document;
  if (spec.within) root = typeof spec.within === 'string' ? document.querySelector(spec.within) : find(spec.within, document);
  if (!root) throw new Error(`nothing matches ${spec.within}`);
  return find(spec, root);
}
