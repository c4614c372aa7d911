/**
 * The card's action row in a real popup or side panel: how many lines it takes as laid out, and its
 * "More" menu opened as a reader opens it.
 */
import type { ActionPopup } from './action-popup';
import { waitFor } from './extension';

/** The buttons of the row (not the menu's items), and the lines they sit on. */
export interface ActionRowLayout {
  ids: (string | null)[];
  /** Lines the buttons take: a button starting below the bottom of the line above starts a new one. */
  lines: number;
  /** The row's width and the space its buttons and gaps take, in px. */
  width: number;
  used: number;
}

/** Measures the action row as the browser laid it out. */
export function actionRow(view: ActionPopup): Promise<ActionRowLayout> {
  return view.eval(`(() => {
    const row = document.querySelector('[data-testid="action-row"]');
    if (!row) return { ids: [], lines: 0, width: 0, used: 0 };
    const buttons = [...row.querySelectorAll('button')].filter((b) => !b.closest('[role="menu"]') && b.getClientRects().length > 0);
    const boxes = buttons.map((b) => b.getBoundingClientRect()).sort((a, b) => a.top - b.top);
    let lines = 0;
    let bottom = -Infinity;
    for (const box of boxes) {
      if (box.top >= bottom) { lines += 1; bottom = box.bottom; } else bottom = Math.max(bottom, box.bottom);
    }
    const left = Math.min(...boxes.map((b) => b.left));
    const right = Math.max(...boxes.map((b) => b.right));
    return { ids: buttons.map((b) => b.getAttribute('data-testid')), lines, width: Math.round(row.getBoundingClientRect().width), used: Math.round(right - left) };
  })()`);
}

/** Opens the card's "More" menu (with a real click when `asUser`) and waits for its items; returns their test ids. */
export async function openMore(view: ActionPopup, options: { asUser?: boolean } = {}): Promise<string[]> {
  const more = '[data-testid="more-actions"]';
  if ((await view.attributes(more, 'aria-expanded'))[0] !== 'true') await (options.asUser ? view.clickAsUser(more) : view.click(more));
  return waitFor(async () => {
    const ids = await view.attributes('[role="menu"] [role^="menuitem"]', 'data-testid');
    return ids.length > 0 ? ids.map(String) : undefined;
  }, 'the "More" menu to open');
}
