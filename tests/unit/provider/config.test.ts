import { describe, expect, test } from 'vitest';
import {
  chatCompletionsUrl,
  describeEndpoint,
  isLocalHost,
  normalizeEndpoint,
  originPattern,
  validateProviderConfig,
} from '../../../utils/translate/provider/config';

describe('normalizeEndpoint', () => {
  test.each([
    ['https://api.openai.com/v1', 'https://api.openai.com/v1'],
    ['https://api.openai.com/v1/', 'https://api.openai.com/v1'],
    ['  https://api.openai.com/v1//  ', 'https://api.openai.com/v1'],
    ['https://api.openai.com/v1/chat/completions', 'https://api.openai.com/v1'],
    ['https://api.openai.com', 'https://api.openai.com/v1'],
    ['https://openrouter.ai/api/v1', 'https://openrouter.ai/api/v1'],
    ['HTTPS://API.Example.COM:8443/v1', 'https://api.example.com:8443/v1'],
    ['http://localhost:11434/v1', 'http://localhost:11434/v1'],
    ['http://localhost:11434', 'http://localhost:11434/v1'],
    ['http://127.0.0.1:1234/v1/', 'http://127.0.0.1:1234/v1'],
    ['http://[::1]:8080/v1', 'http://[::1]:8080/v1'],
    ['http://192.168.1.20:1234/v1', 'http://192.168.1.20:1234/v1'],
    ['http://10.0.0.5/v1', 'http://10.0.0.5/v1'],
    ['http://172.20.1.1:8000/v1', 'http://172.20.1.1:8000/v1'],
    ['http://gpu-box.local:11434/v1', 'http://gpu-box.local:11434/v1'],
  ])('%s → %s', (input, expected) => {
    expect(normalizeEndpoint(input)).toBe(expected);
  });

  test.each([
    ['', 'empty'],
    ['api.openai.com/v1', 'no scheme'],
    ['ftp://example.com/v1', 'other scheme'],
    ['javascript:alert(1)', 'script URL'],
    ['http://api.openai.com/v1', 'plain http to the internet'],
    ['http://172.32.0.1/v1', 'http outside 172.16/12'],
    ['http://8.8.8.8/v1', 'http to a public address'],
    ['https://user:pass@example.com/v1', 'credentials in the URL'],
    ['https://example.com/v1?key=abc', 'query'],
    ['https://example.com/v1#x', 'fragment'],
    [`https://example.com/${'a'.repeat(2100)}`, 'too long'],
  ])('refuses %s (%s)', (input) => {
    expect(normalizeEndpoint(input)).toBeNull();
  });
});

describe('isLocalHost', () => {
  test.each([
    ['localhost', true],
    ['api.localhost', true],
    ['127.0.0.1', true],
    ['127.1.2.3', true],
    ['[::1]', true],
    ['192.168.0.1', true],
    ['printer.local', true],
    ['example.com', false],
    ['192.169.0.1', false],
    ['localhost.example.com', false],
  ])('%s → %s', (host, expected) => {
    expect(isLocalHost(host)).toBe(expected);
  });
});

describe('validateProviderConfig', () => {
  const good = { endpoint: 'https://api.openai.com/v1/', model: ' gpt-4o-mini ', apiKey: 'sk-test', abstractive: true };

  test('normalises a good config', () => {
    expect(validateProviderConfig(good)).toEqual({ endpoint: 'https://api.openai.com/v1', model: 'gpt-4o-mini', apiKey: 'sk-test', abstractive: true });
  });

  test('an Ollama config needs no key and no abstractive flag', () => {
    expect(validateProviderConfig({ endpoint: 'http://localhost:11434/v1', model: 'llama3.1:8b' })).toEqual({
      endpoint: 'http://localhost:11434/v1',
      model: 'llama3.1:8b',
      apiKey: '',
      abstractive: false,
    });
  });

  test.each([
    ['null', null],
    ['a string', 'https://api.openai.com/v1'],
    ['an array', [good]],
    ['no endpoint', { ...good, endpoint: undefined }],
    ['a bad endpoint', { ...good, endpoint: 'http://example.com/v1' }],
    ['no model', { ...good, model: '' }],
    ['a blank model', { ...good, model: '   ' }],
    ['a model with a line break', { ...good, model: 'gpt\n4' }],
    ['a model too long', { ...good, model: 'm'.repeat(201) }],
    ['a key that is not a string', { ...good, apiKey: 42 }],
    ['a key with a space inside', { ...good, apiKey: 'sk test' }],
    ['a key with non-Latin-1 characters', { ...good, apiKey: 'sk-कुंजी' }],
    ['a key too long', { ...good, apiKey: 'k'.repeat(513) }],
    ['abstractive not a boolean', { ...good, abstractive: 'yes' }],
  ])('refuses %s', (_, value) => {
    expect(validateProviderConfig(value)).toBeNull();
  });
});

describe('originPattern', () => {
  test.each([
    ['https://api.openai.com/v1', 'https://api.openai.com/*'],
    ['http://localhost:11434/v1', 'http://localhost/*'],
    ['http://127.0.0.1:1234/v1', 'http://127.0.0.1/*'],
    ['http://[::1]:8080/v1', 'http://[::1]/*'],
    ['https://openrouter.ai/api/v1', 'https://openrouter.ai/*'],
  ])('%s → %s (no port: Chrome reads none as any, Firefox allows none)', (endpoint, pattern) => {
    expect(originPattern(endpoint)).toBe(pattern);
  });

  test('null for what is not an http(s) URL', () => {
    expect(originPattern('nonsense')).toBeNull();
    expect(originPattern('file:///etc/passwd')).toBeNull();
  });
});

describe('describeEndpoint', () => {
  test.each([
    ['https://api.openai.com/v1', 'api.openai.com'],
    ['http://localhost:11434/v1', 'localhost:11434'],
    ['not a url', ''],
  ])('%s → %s', (endpoint, shown) => {
    expect(describeEndpoint(endpoint)).toBe(shown);
  });
});

test('chatCompletionsUrl appends the route to the base', () => {
  expect(chatCompletionsUrl({ endpoint: 'http://localhost:11434/v1' })).toBe('http://localhost:11434/v1/chat/completions');
});
