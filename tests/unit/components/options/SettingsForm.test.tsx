// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { useState } from 'preact/hooks';
import { afterEach, beforeAll, describe, expect, test } from 'vitest';
import { I18nContext, type I18nValue } from '../../../../components/i18n';
import { type SettingsChange, SettingsForm } from '../../../../components/options/SettingsForm';
import { DEFAULT_SETTINGS, MAX_KEYWORDS_PER_TOPIC, type Settings } from '../../../../utils/settings/schema';
import { TOPIC_IDS } from '../../../../engine/topics/taxonomy';
import { realI18n } from './messages';

let en: I18nValue;
beforeAll(async () => {
  en = await realI18n('en');
});
afterEach(cleanup);

/** Renders the form as a controlled component and records every change. */
function setup(initial: Settings = structuredClone(DEFAULT_SETTINGS)) {
  const changes: { value: Settings; when: string | undefined }[] = [];
  let setOutside: (s: Settings) => void = () => {};
  function Harness() {
    const [value, setValue] = useState(initial);
    setOutside = setValue;
    const onChange: SettingsChange = (next, when) => {
      changes.push({ value: next, when });
      setValue(next);
    };
    return <SettingsForm value={value} onChange={onChange} />;
  }
  render(
    <I18nContext.Provider value={en}>
      <Harness />
    </I18nContext.Provider>,
  );
  const last = () => changes.at(-1)?.value;
  const order = () => screen.getAllByTestId(/^topic-toggle-/).map((el) => el.dataset.testid?.replace('topic-toggle-', ''));
  return { changes, last, order, setOutside: (s: Settings) => setOutside(s) };
}

describe('SettingsForm', () => {
  test('has every e2e hook', () => {
    setup();
    for (const id of ['primary-language', 'ui-language', 'toolbar-opens', 'per-section', 'show-overview', 'show-entities', 'show-key-terms']) {
      expect(screen.getByTestId(id)).toBeTruthy();
    }
    for (const id of TOPIC_IDS) {
      for (const hook of [`topic-toggle-${id}`, `topic-up-${id}`, `topic-down-${id}`, `keywords-${id}`]) expect(screen.getByTestId(hook)).toBeTruthy();
    }
  });

  test('every control has a label', () => {
    setup();
    for (const el of document.querySelectorAll<HTMLElement>('input, select, textarea')) {
      const labelled = el.getAttribute('aria-label') || (el.id && document.querySelector(`label[for="${el.id}"]`));
      expect(labelled, el.dataset.testid).toBeTruthy();
    }
    for (const el of document.querySelectorAll('button')) expect(el.getAttribute('aria-label') || el.textContent?.trim()).toBeTruthy();
  });

  test('topic labels are bilingual, with lang attributes', () => {
    setup();
    const label = document.querySelector('label[for="topic-toggle-defence"]');
    expect(label?.querySelector('[lang="en"]')?.textContent).toBe('Defence');
    expect(label?.querySelector('[lang="hi"]')?.textContent).toBe('रक्षा');
  });

  test('toggling a topic hides and shows it, saving at once', () => {
    const { last, changes } = setup();
    const box = screen.getByTestId<HTMLInputElement>('topic-toggle-trade');
    expect(box.checked).toBe(true);
    fireEvent.click(box);
    expect(last()?.hiddenTopics).toEqual(['trade']);
    expect(changes.at(-1)?.when).toBeUndefined();
    expect(box.checked).toBe(false);
    fireEvent.click(box);
    expect(last()?.hiddenTopics).toEqual([]);
  });

  test('moving a topic changes the order; the ends are disabled; focus follows the topic', () => {
    const { last, order } = setup();
    fireEvent.click(screen.getByTestId('topic-up-security'));
    expect(last()?.topicOrder.slice(0, 3)).toEqual(['security', 'defence', 'geopolitics']);
    expect(order().slice(0, 2)).toEqual(['security', 'defence']);
    // Now first: its Up button is disabled, so focus moved to its Down button.
    expect(screen.getByTestId<HTMLButtonElement>('topic-up-security').disabled).toBe(true);
    expect(document.activeElement).toBe(screen.getByTestId('topic-down-security'));

    fireEvent.click(screen.getByTestId('topic-down-defence'));
    expect(last()?.topicOrder.slice(0, 3)).toEqual(['security', 'geopolitics', 'defence']);
    expect(document.activeElement).toBe(screen.getByTestId('topic-down-defence'));
    expect(screen.getByTestId<HTMLButtonElement>('topic-down-people').disabled).toBe(true);
    expect(document.body.textContent).toContain('Defence: position 3 of 14');
  });

  test('move buttons name their topic for screen readers', () => {
    setup();
    expect(screen.getByTestId('topic-up-trade').getAttribute('aria-label')).toBe('Move Trade up');
    expect(screen.getByTestId('topic-down-trade').getAttribute('aria-label')).toBe('Move Trade down');
  });

  test('selects and checkboxes', () => {
    const { last } = setup();
    fireEvent.change(screen.getByTestId('primary-language'), { target: { value: 'hi' } });
    expect(last()?.primaryLanguage).toBe('hi');
    fireEvent.change(screen.getByTestId('ui-language'), { target: { value: 'en' } });
    expect(last()?.uiLanguage).toBe('en');
    fireEvent.change(screen.getByTestId('per-section'), { target: { value: '5' } });
    expect(last()?.perSection).toBe(5);
    fireEvent.change(screen.getByTestId('toolbar-opens'), { target: { value: 'panel' } });
    expect(last()?.toolbarOpens).toBe('panel');
    fireEvent.click(screen.getByTestId('show-entities'));
    expect(last()).toMatchObject({ showOverview: true, showEntities: false, showKeyTerms: true });
  });

  test('typed keywords are parsed, reported debounced, and the text is kept as typed', () => {
    const { last, changes } = setup();
    const area = screen.getByTestId<HTMLTextAreaElement>('keywords-energy');
    fireEvent.input(area, { target: { value: ' LNG, कच्चा तेल,' } });
    expect(last()?.extraKeywords.energy).toEqual(['LNG', 'कच्चा तेल']);
    expect(changes.at(-1)?.when).toBe('debounced');
    expect(area.value).toBe(' LNG, कच्चा तेल,');
    // A change that leaves the list as it was is not reported.
    const count = changes.length;
    fireEvent.input(area, { target: { value: ' LNG, कच्चा तेल, ' } });
    expect(changes.length).toBe(count);
    fireEvent.input(area, { target: { value: '' } });
    expect(last()?.extraKeywords).toEqual({});
  });

  test('the form shows the caps and says what was left out', () => {
    setup();
    expect(document.body.textContent).toContain(`Up to ${MAX_KEYWORDS_PER_TOPIC} per topic, each up to 60 characters`);
    const area = screen.getByTestId<HTMLTextAreaElement>('keywords-trade');
    const many = Array.from({ length: MAX_KEYWORDS_PER_TOPIC + 2 }, (_, i) => `w${i}`);
    fireEvent.input(area, { target: { value: [...many, 'W1', 'x'.repeat(61)].join('\n') } });
    const note = screen.getByTestId('keywords-trimmed-trade').textContent;
    expect(note).toContain('Not saved:');
    expect(note).toContain('1 repeated');
    expect(note).toContain('1 longer than 60 characters');
    expect(note).toContain(`2 over the limit of ${MAX_KEYWORDS_PER_TOPIC}`);
    expect(area.parentElement?.textContent).toContain(`${MAX_KEYWORDS_PER_TOPIC} of ${MAX_KEYWORDS_PER_TOPIC}`);
    expect(area.getAttribute('aria-describedby')).toContain('keywords-trade-trimmed');
  });

  test('a new stored value (a reset) replaces the typed text', () => {
    const { setOutside } = setup({ ...structuredClone(DEFAULT_SETTINGS), extraKeywords: { space: ['Gaganyaan', 'इसरो'] } });
    const area = screen.getByTestId<HTMLTextAreaElement>('keywords-space');
    expect(area.value).toBe('Gaganyaan\nइसरो');
    act(() => setOutside(structuredClone(DEFAULT_SETTINGS)));
    expect(area.value).toBe('');
  });
});
