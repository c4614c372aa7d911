// @vitest-environment happy-dom
/**
 * The "More" menu button (components/MenuButton.tsx): the WAI-ARIA menu button pattern with the
 * keyboard (arrows wrap, Home/End, Escape and Tab close, the focus comes back), a press outside
 * closes it, and on the card it is named in both UI languages.
 */
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { type MenuItem, MenuButton } from '../../../components/MenuButton';
import { SummaryCard } from '../../../components/SummaryCard';
import { renderWithI18n } from './render';
import { HI_SUMMARY, settingsWith } from './sample';

afterEach(cleanup);

const button = () => screen.getByTestId('more');
const menu = () => screen.queryByRole('menu');
const focused = () => (document.activeElement as HTMLElement | null)?.getAttribute('data-testid');

function renderMenu() {
  const items: MenuItem[] = [
    { id: 'one', label: 'One', onSelect: vi.fn() },
    { id: 'two', label: 'Two', onSelect: vi.fn(), checked: false },
    { id: 'three', label: 'Three', onSelect: vi.fn() },
  ];
  render(
    <div>
      <MenuButton text="More" label="More actions" testId="more" items={items} />
      <p data-testid="outside">elsewhere</p>
    </div>,
  );
  return items;
}

describe('the menu button', () => {
  test('closed: a named button that says it has a menu, and no menu', () => {
    renderMenu();
    expect(button().tagName).toBe('BUTTON');
    expect(button().getAttribute('aria-haspopup')).toBe('menu');
    expect(button().getAttribute('aria-expanded')).toBe('false');
    expect(button().getAttribute('aria-label')).toBe('More actions');
    expect(button().textContent).toBe('More');
    expect(menu()).toBeNull();
  });

  test('a click opens it on the first item; the menu is named by the button and its items are out of the Tab order', () => {
    renderMenu();
    fireEvent.click(button());
    expect(button().getAttribute('aria-expanded')).toBe('true');
    expect(menu()!.getAttribute('aria-labelledby')).toBe(button().id);
    expect(button().getAttribute('aria-controls')).toBe(menu()!.id);
    expect(focused()).toBe('one');
    const items = [...menu()!.querySelectorAll('button')];
    expect(items.map((i) => [i.getAttribute('role'), i.tabIndex])).toEqual([
      ['menuitem', -1],
      ['menuitemcheckbox', -1],
      ['menuitem', -1],
    ]);
    expect(screen.getByTestId('two').getAttribute('aria-checked')).toBe('false');
    fireEvent.click(button());
    expect(menu()).toBeNull();
  });

  test.each([
    ['ArrowDown', 'one'],
    ['ArrowUp', 'three'],
  ])('%s on the button opens it on %s', (key, first) => {
    renderMenu();
    button().focus();
    fireEvent.keyDown(button(), { key });
    expect(menu()).not.toBeNull();
    expect(focused()).toBe(first);
  });

  test('arrows move and wrap, Home and End jump', () => {
    renderMenu();
    fireEvent.click(button());
    const press = (key: string) => {
      fireEvent.keyDown(document.activeElement!, { key });
      return focused();
    };
    expect([press('ArrowDown'), press('ArrowDown'), press('ArrowDown'), press('ArrowUp'), press('End'), press('Home'), press('ArrowUp')]).toEqual([
      'two',
      'three',
      'one',
      'three',
      'three',
      'one',
      'three',
    ]);
  });

  test.each(['Escape', 'Tab'])('%s closes it and gives the focus back to the button', (key) => {
    renderMenu();
    fireEvent.click(button());
    fireEvent.keyDown(screen.getByTestId('one'), { key });
    expect(menu()).toBeNull();
    expect(button().getAttribute('aria-expanded')).toBe('false');
    expect(document.activeElement).toBe(button());
  });

  test('choosing an item closes the menu, gives the focus back, then runs the action', () => {
    const items = renderMenu();
    fireEvent.click(button());
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowDown' });
    fireEvent.click(document.activeElement!);
    expect(items[1]!.onSelect).toHaveBeenCalledOnce();
    expect(items[0]!.onSelect).not.toHaveBeenCalled();
    expect(menu()).toBeNull();
    expect(document.activeElement).toBe(button());
  });

  test('a press outside closes it; a press inside does not', () => {
    renderMenu();
    fireEvent.click(button());
    fireEvent.pointerDown(screen.getByTestId('two'));
    expect(menu()).not.toBeNull();
    fireEvent.pointerDown(screen.getByTestId('outside'));
    expect(menu()).toBeNull();
  });
});

describe('"More" on the card', () => {
  test.each([
    [
      'en',
      'More',
      'More actions',
      ['Copy as text', 'Share as image', 'Show terms and names', 'Swap languages', 'Open the dossier of saved cards', 'Open in the side panel', 'Options'],
    ],
    [
      'hi',
      'और',
      'और कार्रवाइयाँ',
      ['पाठ के रूप में कॉपी करें', 'छवि के रूप में साझा करें', 'शब्द और नाम दिखाएँ', 'भाषाओं का क्रम बदलें', 'सहेजे गए कार्डों का डोज़ियर खोलें', 'साइड पैनल में खोलें', 'विकल्प'],
    ],
  ] as const)('%s: the button and every item are named in the UI language', (lang, text, label, names) => {
    renderWithI18n(
      <SummaryCard
        summary={HI_SUMMARY}
        source="page"
        settings={settingsWith({})}
        onShowInPage={vi.fn(async () => ({ ok: true as const, method: 'mark' as const }))}
        onRefresh={vi.fn()}
        onOpenOptions={vi.fn()}
        onOpenPanel={vi.fn()}
        onOpenDossier={vi.fn()}
        onSave={vi.fn(async () => null)}
        writeClipboard={vi.fn(async () => {})}
      />,
      lang,
    );
    const more = screen.getByTestId('more-actions');
    expect(more.textContent).toBe(text);
    // The accessible name starts with the visible text (WCAG 2.5.3, label in name).
    expect(more.getAttribute('aria-label')).toBe(label);
    expect(label.startsWith(text)).toBe(true);
    fireEvent.click(more);
    expect([...menu()!.querySelectorAll('[role^="menuitem"]')].map((i) => i.textContent)).toEqual(names);
    // The row itself keeps the translation offer, Copy, Save, Refresh and More.
    const row = screen.getByTestId('action-row');
    expect([...row.querySelectorAll(':scope > button, :scope > * > .more-button')].map((b) => b.getAttribute('data-testid'))).toEqual([
      'copy-markdown',
      'save-card',
      'refresh',
      'more-actions',
    ]);
  });
});
