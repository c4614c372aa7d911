/** Background service worker. The popup card, context menu and shortcut arrive with issue #3. */
export default defineBackground(() => {});
