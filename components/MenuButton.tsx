/**
 * A menu button (the WAI-ARIA "menu button" pattern): a button that opens a short list of actions.
 * Enter, Space or ArrowDown open it on the first item, ArrowUp on the last; ArrowUp/ArrowDown move
 * (wrapping), Home/End jump; Escape closes it and gives the focus back to the button; Tab closes it
 * and goes on from the button; a click elsewhere closes it. Choosing an item closes the menu first.
 */
import { useEffect, useRef, useState } from 'preact/hooks';

/** One action in the menu; `checked` makes it a checkbox item (a view toggle, drawn with a tick). */
export interface MenuItem {
  /** Its data-testid. */
  id: string;
  label: string;
  onSelect: () => void;
  checked?: boolean;
}

/** Props: the button's visible text, its accessible name (which starts with that text), its test id (also its id: one per page), and the items. */
export interface MenuButtonProps {
  text: string;
  label: string;
  testId: string;
  items: MenuItem[];
}

/** How the icons are drawn: lines in the text's colour. */
export const STROKE = { fill: 'none', stroke: 'currentColor', 'stroke-width': 1.8, 'stroke-linecap': 'round', 'stroke-linejoin': 'round' } as const;

/** Renders the button and, while open, the menu under it. */
export function MenuButton({ text, label, testId, items }: MenuButtonProps) {
  // Closed (0), or open with the focus entering on the first (1) or the last (-1) item.
  const [entry, setEntry] = useState(0);
  const root = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);

  const itemsNow = () => [...(root.current?.querySelectorAll<HTMLElement>('[role^="menuitem"]') ?? [])];
  const close = (refocus?: boolean) => {
    setEntry(0);
    if (refocus) button.current?.focus();
  };

  // On opening, the focus goes into the menu.
  useEffect(() => {
    if (entry)
      itemsNow()
        .at(entry > 0 ? 0 : -1)
        ?.focus();
  }, [entry]);

  // A press anywhere else closes the menu (the focus stays where the reader put it). The listener
  // is there from the start, not added when the menu opens: effects run after the paint, so a
  // press right after opening came before it and left the menu open.
  const open = useRef(false);
  open.current = entry !== 0;
  useEffect(() => {
    const onPointerDown = (e: Event) => {
      if (open.current && !root.current?.contains(e.target as Node)) close();
    };
    document.addEventListener('pointerdown', onPointerDown, true);
    return () => document.removeEventListener('pointerdown', onPointerDown, true);
  }, []);

  const onKeyDown = (e: KeyboardEvent) => {
    const { key } = e;
    if (e.target === button.current) {
      if (key === 'ArrowDown' || key === 'ArrowUp') {
        e.preventDefault();
        setEntry(key === 'ArrowDown' ? 1 : -1);
      }
      return;
    }
    const all = itemsNow();
    const at = all.indexOf(e.target as HTMLElement);
    const to = { ArrowDown: at + 1, ArrowUp: at - 1, Home: 0, End: -1 }[key];
    if (to !== undefined) {
      e.preventDefault();
      all.at(to % all.length)?.focus();
    } else if (key === 'Escape') {
      e.preventDefault(); // the menu closes, not the popup
      close(true);
    } else if (key === 'Tab') close(true); // the browser then moves on from the button
  };

  return (
    <div class="menu-button" ref={root}>
      <button
        type="button"
        ref={button}
        id={testId}
        class="more-button"
        data-testid={testId}
        aria-label={label}
        aria-haspopup="menu"
        aria-expanded={entry !== 0}
        aria-controls={entry ? `${testId}-menu` : undefined}
        onClick={() => (entry ? close() : setEntry(1))}
        onKeyDown={onKeyDown}
      >
        {text}
      </button>
      {entry !== 0 && (
        <div class="menu" role="menu" id={`${testId}-menu`} aria-labelledby={testId} onKeyDown={onKeyDown}>
          {items.map((item) => (
            <button
              type="button"
              key={item.id}
              // A checkbox item says its state; biome cannot see the role through the spread.
              {...(item.checked === undefined ? { role: 'menuitem' } : { role: 'menuitemcheckbox', 'aria-checked': item.checked })}
              tabIndex={-1}
              data-testid={item.id}
              onClick={() => {
                close(true);
                item.onSelect();
              }}
            >
              {item.label}
            </button>
          ))}
        </div>
      )}
    </div>
  );
}
