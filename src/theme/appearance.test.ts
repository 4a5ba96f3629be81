import { afterEach, describe, expect, it, vi } from 'vitest';
import { themeRule } from './appearance.js';

describe('themeRule', () => {
  it('scopes the variables to one widget instance, in light and dark', () => {
    expect(themeRule('«r1»', { colorPrimary: '#0f766e', borderRadius: '4px' })).toBe(
      '.ch-root:not(#ch)[data-ch-instance="«r1»"],.ch-root:not(#ch)[data-ch-instance="«r1»"][data-theme]{--ch-accent:#0f766e;--ch-radius:4px}',
    );
  });

  it('is empty without variables', () => {
    expect(themeRule('x', undefined)).toBe('');
    expect(themeRule('x', {})).toBe('');
  });

  it.each(['red;} body{display:none', 'red</style><script>', 'url(x) /* */', 'red\\3b'])(
    'drops a value that could break out of the declaration: %s',
    (value) => {
      expect(themeRule('x', { colorPrimary: value, colorText: '#111' })).toBe(
        '.ch-root:not(#ch)[data-ch-instance="x"],.ch-root:not(#ch)[data-ch-instance="x"][data-theme]{--ch-fg:#111}',
      );
    },
  );

  it('ignores names that are not theme variables', () => {
    expect(themeRule('x', { position: 'fixed' } as never)).toBe('');
    // Names every object inherits are not theme variables either.
    expect(themeRule('x', { toString: 'red', constructor: 'blue' } as never)).toBe('');
  });

  describe('in development', () => {
    afterEach(() => vi.restoreAllMocks());

    it('says once which variable it ignores, and why', () => {
      const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
      themeRule('x', { colorPrimery: 'red' } as never);
      themeRule('y', { colorPrimery: 'blue' } as never);
      themeRule('x', { colorText: 'red;}' });
      expect(warn.mock.calls.map(([message]) => message)).toEqual([
        'ConnectHub: appearance.variables: "colorPrimery" is not a theme variable (see themeVariables for the names); it is ignored.',
        'ConnectHub: appearance.variables: the value of colorText may not contain ; { } < > \\ or a comment; it is ignored.',
      ]);
    });
  });
});
