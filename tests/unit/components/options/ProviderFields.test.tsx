// @vitest-environment happy-dom
/** The options page's model settings: validation, save inside the click, test, remove, key privacy. */
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/preact';
import { afterEach, expect, test, vi } from 'vitest';
import { type ProviderActions, ProviderFields } from '../../../../components/options/ProviderFields';
import type { ProviderConfig } from '../../../../utils/translate/provider/config';
import { renderWithI18n } from '../render';

afterEach(cleanup);

const OLLAMA: ProviderConfig = { endpoint: 'http://localhost:11434/v1', model: 'llama3.1', apiKey: '', abstractive: false };

function setup(over: Partial<ProviderActions> = {}, stored: ProviderConfig | null = null, lang: 'hi' | 'en' = 'en') {
  const actions: ProviderActions = {
    load: vi.fn(async () => stored),
    save: vi.fn(async () => 'saved' as const),
    remove: vi.fn(async () => {}),
    test: vi.fn(async () => ({ ok: true as const })),
    ...over,
  };
  renderWithI18n(<ProviderFields actions={actions} />, lang);
  return actions;
}

const type = (id: string, value: string) => fireEvent.input(screen.getByTestId(id), { target: { value } });
const status = () => screen.getByTestId('provider-status');

test('a stored config fills the form; the key field hides the key', async () => {
  setup({}, { ...OLLAMA, apiKey: 'sk-local-123' });
  await waitFor(() => expect((screen.getByTestId('provider-endpoint') as HTMLInputElement).value).toBe('http://localhost:11434/v1'));
  const key = screen.getByTestId('provider-key') as HTMLInputElement;
  expect(key.type).toBe('password');
  expect(key.value).toBe('sk-local-123');
  fireEvent.click(screen.getByLabelText('Show the key'));
  expect((screen.getByTestId('provider-key') as HTMLInputElement).type).toBe('text');
  expect(screen.getByTestId('provider-remove')).toBeTruthy();
});

test('an invalid endpoint is refused with a message, and nothing is saved or requested', async () => {
  const actions = setup();
  type('provider-endpoint', 'ftp://example.org');
  type('provider-model', 'm');
  fireEvent.click(screen.getByTestId('provider-save'));
  expect(actions.save).not.toHaveBeenCalled();
  expect(status().textContent).toContain('Check the endpoint');
});

test('save is called inside the click (no await before it: the permission prompt needs the gesture)', async () => {
  const actions = setup();
  type('provider-endpoint', 'http://localhost:11434/v1/');
  type('provider-model', 'llama3.1');
  fireEvent.click(screen.getByTestId('provider-save'));
  // Synchronously, before any microtask ran.
  expect(actions.save).toHaveBeenCalledWith(OLLAMA);
  await waitFor(() => expect(status().textContent).toBe('Saved. Kootniti may now reach localhost:11434.'));
});

test('a refused permission saves nothing and says so', async () => {
  setup({ save: vi.fn(async () => 'denied' as const) });
  type('provider-endpoint', 'https://api.example.com/v1');
  type('provider-model', 'gpt');
  fireEvent.click(screen.getByTestId('provider-save'));
  await waitFor(() => expect(status().textContent).toContain("didn't grant access to api.example.com"));
  expect(screen.queryByTestId('provider-remove')).toBeNull();
});

test.each([
  [{ ok: true as const }, 'Connected: llama3.1 answered.'],
  [{ ok: false as const, code: 'unauthorized' }, 'refused the API key (401)'],
  [{ ok: false as const, code: 'rate-limited' }, '(429)'],
  [{ ok: false as const, code: 'network' }, "Couldn't reach your model's server"],
  [{ ok: false as const, code: 'bad-response' }, "couldn't be read"],
  [{ ok: false as const, code: 'denied' }, "didn't grant access to localhost:11434"],
  [{ ok: false as const, code: 'not-allowed' }, 'OLLAMA_ORIGINS'],
  [{ ok: false as const, code: 'something-new' }, 'Translation failed.'],
])('test connection %j → "%s"', async (result, text) => {
  setup({ test: vi.fn(async () => result) });
  type('provider-endpoint', OLLAMA.endpoint);
  type('provider-model', OLLAMA.model);
  fireEvent.click(screen.getByTestId('provider-test'));
  await waitFor(() => expect(status().textContent).toContain(text));
});

test('remove forgets the config and empties the form', async () => {
  const actions = setup({}, OLLAMA);
  await waitFor(() => screen.getByTestId('provider-remove'));
  fireEvent.click(screen.getByTestId('provider-remove'));
  await waitFor(() => expect(status().textContent).toContain('no longer reaches any model'));
  expect(actions.remove).toHaveBeenCalled();
  expect((screen.getByTestId('provider-endpoint') as HTMLInputElement).value).toBe('');
});

test('Hindi UI', async () => {
  setup({}, null, 'hi');
  expect(screen.getByTestId('provider').textContent).toContain('आपका अपना मॉडल');
});
