import { afterEach, describe, expect, it, vi } from 'vitest';

afterEach(() => {
  vi.restoreAllMocks();
});
import { parseInlineMarkup, safeHref, type InlineNode } from './inline-markup.js';

const text = (value: string): InlineNode => ({ type: 'text', text: value });

/** Everything a reader would see, in order (code included, markers and URLs excluded). */
function visibleText(nodes: InlineNode[]): string {
  return nodes.map((node) => ('children' in node ? visibleText(node.children) : node.text)).join('');
}

function hasLink(nodes: InlineNode[]): boolean {
  return nodes.some((node) => node.type === 'link' || ('children' in node && hasLink(node.children)));
}

describe('parseInlineMarkup', () => {
  describe('given plain text', () => {
    it('returns it as one text node', () => {
      expect(parseInlineMarkup('Open the dashboard.')).toEqual([text('Open the dashboard.')]);
    });

    it('returns nothing for an empty string', () => {
      expect(parseInlineMarkup('')).toEqual([]);
    });
  });

  describe('given bold, code and links', () => {
    it('parses **bold**', () => {
      expect(parseInlineMarkup('Copy the **Secret key** now')).toEqual([
        text('Copy the '),
        { type: 'strong', children: [text('Secret key')] },
        text(' now'),
      ]);
    });

    it('parses `code`', () => {
      expect(parseInlineMarkup('Starts with `sk_live_`.')).toEqual([
        text('Starts with '),
        { type: 'code', text: 'sk_live_' },
        text('.'),
      ]);
    });

    it('parses [label](https://…)', () => {
      expect(parseInlineMarkup('Open [API keys](https://dashboard.stripe.com/apikeys).')).toEqual([
        text('Open '),
        { type: 'link', href: 'https://dashboard.stripe.com/apikeys', children: [text('API keys')] },
        text('.'),
      ]);
    });

    it('keeps balanced parentheses inside a URL', () => {
      expect(parseInlineMarkup('[wiki](https://en.wikipedia.org/wiki/Token_(security))')).toEqual([
        { type: 'link', href: 'https://en.wikipedia.org/wiki/Token_(security)', children: [text('wiki')] },
      ]);
    });

    it('uses the URL as the label of a link with an empty label', () => {
      expect(parseInlineMarkup('[](https://example.com/)')).toEqual([
        { type: 'link', href: 'https://example.com/', children: [text('https://example.com/')] },
      ]);
    });
  });

  describe('given nested markup', () => {
    it('keeps code spans literal', () => {
      expect(parseInlineMarkup('`**not bold** [x](https://a.example)`')).toEqual([
        { type: 'code', text: '**not bold** [x](https://a.example)' },
      ]);
    });

    it('allows code and links inside bold', () => {
      expect(parseInlineMarkup('**Use `rk_` keys from [the dashboard](https://a.example/k)**')).toEqual([
        {
          type: 'strong',
          children: [
            text('Use '),
            { type: 'code', text: 'rk_' },
            text(' keys from '),
            { type: 'link', href: 'https://a.example/k', children: [text('the dashboard')] },
          ],
        },
      ]);
    });

    it('allows bold and code inside a link label', () => {
      expect(parseInlineMarkup('[**Settings** → `API`](https://a.example/)')).toEqual([
        {
          type: 'link',
          href: 'https://a.example/',
          children: [{ type: 'strong', children: [text('Settings')] }, text(' → '), { type: 'code', text: 'API' }],
        },
      ]);
    });

    it('does not nest links: the inner one wins and the outer bracket stays text', () => {
      expect(parseInlineMarkup('[a [b](https://b.example/)](https://a.example/)')).toEqual([
        text('[a '),
        { type: 'link', href: 'https://b.example/', children: [text('b')] },
        text('](https://a.example/)'),
      ]);
    });

    it('does not let bold cross a link boundary', () => {
      expect(parseInlineMarkup('**a [b** c](https://a.example/)')).toEqual([
        text('**a '),
        { type: 'link', href: 'https://a.example/', children: [text('b** c')] },
      ]);
    });

    it('lets a bracket inside a code span belong to the code, not the label', () => {
      expect(parseInlineMarkup('[press `]` then](https://a.example/)')).toEqual([
        {
          type: 'link',
          href: 'https://a.example/',
          children: [text('press '), { type: 'code', text: ']' }, text(' then')],
        },
      ]);
    });
  });

  describe('given unmatched markers', () => {
    it.each([
      ['a lone **', 'a **lone'],
      ['a lone backtick', 'use ` here'],
      ['an empty code span', 'two `` backticks'],
      ['an empty bold', 'four **** stars'],
      ['spaced stars', '2 ** 3 ** 4'],
      ['a bracket without a URL', '[label] (https://a.example/)'],
      ['a link without a closing parenthesis', '[label](https://a.example/'],
      ['a link with an empty URL', '[label]()'],
      ['a lone ]', 'a ] b'],
    ])('keeps %s as text', (_, input) => {
      expect(parseInlineMarkup(input)).toEqual([text(input)]);
    });

    it('keeps an earlier opener that found no closer as text', () => {
      expect(parseInlineMarkup('**a **b**')).toEqual([text('**a '), { type: 'strong', children: [text('b')] }]);
    });
  });

  describe('given a link to an unsafe URL', () => {
    it.each([
      ['javascript:', 'javascript:alert(1)'],
      ['java<tab>script:', 'java\tscript:alert(1)'],
      ['java<newline>script:', 'java\nscript:alert(1)'],
      ['mixed case', 'JaVaScRiPt:alert(1)'],
      ['a leading control character', '\u0001javascript:alert(1)'],
      ['a leading NUL', '\u0000https://a.example/'],
      ['data:', 'data:text/html,<script>alert(1)</script>'],
      ['vbscript:', 'vbscript:msgbox(1)'],
      ['http:', 'http://a.example/'],
      ['protocol-relative', '//evil.example/'],
      ['a relative path', '/settings/keys'],
      ['file:', 'file:///etc/passwd'],
      ['credentials', 'https://user:pass@a.example/'],
      ['a username', 'https://user@a.example/'],
      ['an encoded scheme', 'javascript%3Aalert(1)'],
      ['a right-to-left override', 'https://a.example/\u202Eexe.txt'],
      ['a space', 'https://a.example/ x'],
      ['a non-breaking space', 'https://a.example/\u00A0x'],
    ])('renders %s as its label only', (_, url) => {
      vi.spyOn(console, 'warn').mockImplementation(() => {});
      const nodes = parseInlineMarkup(`Open [the **keys**](${url}) page`);
      expect(hasLink(nodes)).toBe(false);
      expect(visibleText(nodes)).toBe('Open the keys page');
    });

    it('tells the author in development, once per URL, since the link would be easy to miss', () => {
      const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
      parseInlineMarkup('See [the docs](http://docs.acme.example/keys).');
      parseInlineMarkup('Again [the docs](http://docs.acme.example/keys).');
      expect(warn).toHaveBeenCalledTimes(1);
      expect(warn).toHaveBeenCalledWith(expect.stringContaining('"http://docs.acme.example/keys"'));
      expect(warn).toHaveBeenCalledWith(expect.stringContaining('only https: and mailto: URLs become links'));
    });
  });
});

describe('safeHref', () => {
  it.each([
    'javascript:alert(1)',
    'java\tscript:alert(1)',
    'java\nscript:alert(1)',
    'java\rscript:alert(1)',
    'JaVaScRiPt:alert(1)',
    '\u0001javascript:alert(1)',
    ' javascript:alert(1)',
    'https://a.example/\u0000',
    'data:text/html,<script>alert(1)</script>',
    'DATA:text/html;base64,PHNjcmlwdD4=',
    'vbscript:msgbox(1)',
    'http://a.example/',
    '//evil.example/',
    '/relative/path',
    'relative/path',
    'file:///etc/passwd',
    'https://user:pass@a.example/',
    'https://user@a.example/',
    'https://:pass@a.example/',
    'https://',
    'mailto:',
    'ftp://a.example/',
    '',
  ])('refuses %j', (raw) => {
    expect(safeHref(raw)).toBeUndefined();
  });

  it('accepts an https URL with a host and returns it normalised', () => {
    expect(safeHref('HTTPS://Dashboard.Stripe.com/apikeys')).toBe('https://dashboard.stripe.com/apikeys');
  });

  it('accepts a mailto URL', () => {
    expect(safeHref('mailto:support@example.com')).toBe('mailto:support@example.com');
  });

  it('renders a mailto link as an anchor', () => {
    expect(parseInlineMarkup('[email us](mailto:support@example.com)')).toEqual([
      { type: 'link', href: 'mailto:support@example.com', children: [text('email us')] },
    ]);
  });
});

describe('given hostile input', () => {
  const size = 100_000;

  // No timing assertion (SPEC §7: performance is measured by the benchmark, not by tests);
  // a quadratic parser would still blow the test timeout on these inputs.
  it.each([
    ['**[`(', '**[`('],
    ['**[(', '**[('],
    ['[a](', '[a]('],
    ['[', '['],
    ['`', '`'],
    ['*', '*'],
    ['](', ']('],
    ['[x](https://a.example/', '[x](https://a.example/'],
  ])('parses 100 kB of repeated %j without losing text', (_, unit) => {
    const input = unit.repeat(Math.ceil(size / unit.length));
    const nodes = parseInlineMarkup(input);
    // Markers may be consumed; every other character survives, in order.
    const strip = (value: string) => value.replace(/[*`[\]()]/g, '');
    expect(strip(visibleText(nodes))).toBe(strip(input));
  });

  it('keeps 100 kB of plain text intact', () => {
    const input = 'lorem ipsum dolor '.repeat(6_000);
    expect(parseInlineMarkup(input)).toEqual([text(input)]);
  });

  it('parses 100 kB of well-formed markup', () => {
    const unit = '**b** `c` [l](https://a.example/) ';
    const input = unit.repeat(Math.ceil(size / unit.length));
    const nodes = parseInlineMarkup(input);
    expect(nodes.filter((node) => node.type === 'link')).toHaveLength(Math.ceil(size / unit.length));
  });

  it.each([
    ['NUL', 'a\u0000**b\u0000**`\u0000`'],
    ['lone surrogates', '\uD800**\uDC00**[\uD83D](https://a.example/\uDE00)'],
    ['a right-to-left override', '\u202E**evil**[\u202Eabc](https://a.example/)'],
    ['emoji', '🔑 **Key 👨‍👩‍👧** `🙂` [🔗](https://a.example/🙂)'],
  ])('does not throw on %s and keeps its characters', (_, input) => {
    const nodes = parseInlineMarkup(input);
    expect(visibleText(nodes).length).toBeGreaterThan(0);
    for (const ch of ['\u0000', '\uD800', '\uDC00', '\u202E', '🔑'].filter((c) => input.includes(c))) {
      expect(visibleText(nodes)).toContain(ch);
    }
  });

  it('does not throw when given a non-string at run time', () => {
    expect(parseInlineMarkup(undefined as unknown as string)).toEqual([]);
  });
});
