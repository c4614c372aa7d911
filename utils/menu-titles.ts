/**
 * The context menu's item titles, in both scripts whatever the UI language. The background creates
 * the items with them and the welcome page quotes them, so the page always names the real items.
 */
export const MENU_TITLES = {
  page: 'Summarise this page · पेज का सार',
  selection: 'Summarise selection · चयन का सार',
} as const;
