/**
 * A menu button (the WAI-ARIA "menu button" pattern): a button that opens a short list of actions.
 * Enter, Space or ArrowDown open it on the first item, ArrowUp on the last; ArrowUp/ArrowDown move
 * (wrapping), Home/End jump; Escape closes it and gives the focus back to the button; Tab closes it
 * and goes on from the button; a click elsewhere closes it. Choosing an item closes the menu first.
 */
import type { ComponentChildren } from 'preact';
import { useEffect, useId, useRef, useState } from 'preact/hooks';

/** One action in the menu; `checked` makes it a checkbox item (a view toggle). */
export interface MenuItem {
  /** Its data-testid. */
  id: string;
  label: string;
  onSelect: () => void;
  checked?: boolean;
  /** An icon's SVG shapes (20×20 view box), drawn before the label (a checkbox item draws its tick instead). */
  icon?: ComponentChildren;
}

/** Props: the button's visible text, its accessible name (which starts with that text), and the items. */
export interface MenuButtonProps {
  text: string;
  label: string;
  testId: string;
  items: MenuItem[];
}

/** How the icons are drawn: lines in the text's colour. */
export const STROKE = { fill: 'none', stroke: 'currentColor', 'stroke-width': 1.8, 'stroke-linecap': 'round', 'stroke-linejoin': 'round' } as const;

/** Where the focus goes when the menu opens. */
type Entry = 'first' | 'last';

/** Renders the button and, while open, the menu under it. */
export function MenuButton({ text, label, testId, items }: MenuButtonProps) {
  const [entry, setEntry] = useState<Entry | null>(null);
  const open = entry !== null;
  const root = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const menu = useRef<HTMLDivElement>(null);
  const id = useId();

  const itemsNow = () => [...(menu.current?.querySelectorAll<HTMLElement>('[role^="menuitem"]') ?? [])];
  const close = (refocus: boolean) => {
    setEntry(null);
    if (refocus) button.current?.focus();
  };

  // On opening, the focus goes into the menu.
  useEffect(() => {
    if (!entry) return;
    const all = itemsNow();
    (entry === 'first' ? all[0] : all[all.length - 1])?.focus();
  }, [entry]);

  // A press anywhere else closes the menu (the focus stays where the reader put it).
  useEffect(() => {
    if (!open) return;
    const onPointerDown = (e: Event) => {
      if (!root.current?.contains(e.target as Node)) close(false);
    };
    document.addEventListener('pointerdown', onPointerDown, true);
    return () => document.removeEventListener('pointerdown', onPointerDown, true);
  }, [open]);

  const onButtonKey = (e: KeyboardEvent) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      setEntry(e.key === 'ArrowDown' ? 'first' : 'last');
    }
  };

  const onMenuKey = (e: KeyboardEvent) => {
    const all = itemsNow();
    const at = all.indexOf(document.activeElement as HTMLElement);
    const go = (i: number) => {
      e.preventDefault();
      all[(i + all.length) % all.length]?.focus();
    };
    if (e.key === 'ArrowDown') go(at + 1);
    else if (e.key === 'ArrowUp') go(at < 0 ? -1 : at - 1);
    else if (e.key === 'Home') go(0);
    else if (e.key === 'End') go(-1);
    else if (e.key === 'Escape') {
      e.preventDefault();
      e.stopPropagation();
      close(true);
    } else if (e.key === 'Tab') close(true); // the browser then moves on from the button
  };

  // The focus leaving for something outside (not a click, which the listener above handles) closes it.
  const onFocusOut = (e: FocusEvent) => {
    const to = e.relatedTarget as Node | null;
    if (open && to && !root.current?.contains(to)) close(false);
  };

  const choose = (item: MenuItem) => {
    close(true);
    item.onSelect();
  };

  return (
    <div class="menu-button" ref={root} onFocusOut={onFocusOut}>
      <button
        type="button"
        ref={button}
        id={`${id}-button`}
        class="more-button"
        data-testid={testId}
        aria-label={label}
        title={label}
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? `${id}-menu` : undefined}
        onClick={() => (open ? close(false) : setEntry('first'))}
        onKeyDown={onButtonKey}
      >
        {text}
        <svg viewBox="0 0 20 20" width="12" height="12" aria-hidden="true" focusable="false">
          <path d="M5 8l5 5 5-5" {...STROKE} />
        </svg>
      </button>
      {open && (
        <div class="menu" role="menu" id={`${id}-menu`} aria-labelledby={`${id}-button`} ref={menu} onKeyDown={onMenuKey} data-testid={`${testId}-menu`}>
          {items.map((item) => {
            const icon = (
              <svg viewBox="0 0 20 20" width="16" height="16" aria-hidden="true" focusable="false">
                {item.checked === undefined ? item.icon : item.checked && <path d="M4 10.5l4 4 8-9" {...STROKE} />}
              </svg>
            );
            return item.checked === undefined ? (
              <button type="button" key={item.id} role="menuitem" tabIndex={-1} data-testid={item.id} onClick={() => choose(item)}>
                {icon}
                <span>{item.label}</span>
              </button>
            ) : (
              <button
                type="button"
                key={item.id}
                role="menuitemcheckbox"
                aria-checked={item.checked}
                tabIndex={-1}
                data-testid={item.id}
                onClick={() => choose(item)}
              >
                {icon}
                <span>{item.label}</span>
              </button>
            );
          })}
        </div>
      )}
    </div>
  );
}
