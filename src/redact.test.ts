// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { redact } from './redact.js';

describe('redact', () => {
  it('replaces every occurrence of every secret', () => {
    expect(redact('a SECRET1 b SECRET1 c OTHER22', ['SECRET1', 'OTHER22'])).toBe('a •••• b •••• c ••••');
  });

  it('replaces a secret quoted in JSON or in a URL', () => {
    const token = 'CANARY"quoted"\\tök/en&x+y';
    const text = `body ${JSON.stringify({ key: token })} url https://acme.example/?key=${encodeURIComponent(token)} raw ${token}`;
    expect(redact(text, [token])).toBe('body {"key":"••••"} url https://acme.example/?key=•••• raw ••••');
  });

  it('replaces a value under 4 characters only where it stands as a word of its own', () => {
    expect(redact('use the eu instance', ['eu'])).toBe('use the •••• instance');
    expect(redact('Europe, eu, (eu) and neutral', ['eu'])).toBe('Europe, ••••, (••••) and neutral');
    expect(redact('PIN 7 then 7,7 but not 17 or 7a', ['7'])).toBe('PIN •••• then ••••,•••• but not 17 or 7a');
    // Nor inside a name: a field's key must still name its field.
    expect(redact('api_key, eu_west', ['api', 'eu'])).toBe('api_key, eu_west');
    // Letters are any script's, not only ASCII's.
    expect(redact('Zürich, ü', ['ü'])).toBe('Zürich, ••••');
    expect(redact('éué u', ['u'])).toBe('éué ••••');
  });

  it('takes a short value as text, not as a pattern', () => {
    expect(redact('a.b axb', ['.'])).toBe('a.b axb');
    expect(redact('cost $1 or (x)', ['$1', '(x)'])).toBe('cost •••• or ••••');
    expect(redact('x .* y', ['.*'])).toBe('x •••• y');
  });

  it('leaves the text as it is for no secrets or an empty one', () => {
    expect(redact('nothing to hide', [])).toBe('nothing to hide');
    expect(redact('nothing to hide', [''])).toBe('nothing to hide');
  });
});
