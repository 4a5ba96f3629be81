import fc from 'fast-check';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { parseInlineMarkup, safeHref, type InlineNode } from './inline-markup.js';
import { MarkupText } from './markup-text.js';

// Property-based tests (SPEC §2, §7 "Content and input"): guide text from a definition is data.
// Whatever the string, the parser returns nodes and never throws; the only anchors it makes point
// to https: (with a host and no credentials) or mailto:, and rendering makes no other element or
// attribute than the renderer's own.

function links(nodes: InlineNode[]): Array<Extract<InlineNode, { type: 'link' }>> {
  return nodes.flatMap((node) => {
    if (node.type === 'link') return [node, ...links(node.children)];
    return 'children' in node ? links(node.children) : [];
  });
}

function hasNestedLink(nodes: InlineNode[], insideLink = false): boolean {
  return nodes.some((node) => {
    if (node.type === 'link' && insideLink) return true;
    return 'children' in node && hasNestedLink(node.children, insideLink || node.type === 'link');
  });
}

/** The text a reader sees, without markers; link URLs only where they stand in for an empty label. */
function visibleText(nodes: InlineNode[]): string {
  return nodes.map((node) => ('children' in node ? visibleText(node.children) : node.text)).join('');
}

/** Checks an href the way the browser will read it (jsdom's WHATWG URL parser, via an anchor). */
function expectSafeAnchorHref(href: string) {
  const anchor = document.createElement('a');
  anchor.href = href;
  expect(['https:', 'mailto:']).toContain(anchor.protocol);
  if (anchor.protocol === 'https:') {
    expect(anchor.hostname).not.toBe('');
    expect(anchor.username).toBe('');
    expect(anchor.password).toBe('');
  }
  expect(href).not.toMatch(/[\p{Cc}\p{Cf}\s]/u);
}

/** Hundreds of runs each; the machine running them may be busy. */
const PROPERTY_TIMEOUT_MS = 60_000;

const ALLOWED_ELEMENTS = new Set(['A', 'STRONG', 'CODE', 'WBR', 'SPAN']);
const ALLOWED_ATTRIBUTES: Record<string, readonly string[]> = {
  A: ['href', 'target', 'rel'],
  SPAN: ['class'],
  STRONG: [],
  CODE: [],
  WBR: ['aria-hidden'],
};

/** Renders with the real renderer and checks every element and attribute it produced. */
function expectRendersAsData(text: string) {
  const container = document.createElement('div');
  container.innerHTML = renderToStaticMarkup(createElement(MarkupText, { text }));
  for (const element of container.querySelectorAll('*')) {
    expect(ALLOWED_ELEMENTS.has(element.tagName)).toBe(true);
    for (const attribute of element.attributes) {
      expect(ALLOWED_ATTRIBUTES[element.tagName]).toContain(attribute.name);
    }
    if (element.tagName === 'A') {
      expectSafeAnchorHref(element.getAttribute('href') ?? '');
      expect(element.getAttribute('rel')).toBe('noopener noreferrer');
      expect(element.getAttribute('target')).toBe('_blank');
    }
  }
}

const hostileCharacter = fc.constantFrom(
  '\u0000',
  '\u0001',
  '\u0008',
  '\t',
  '\n',
  '\r',
  '\u001f',
  '\u007f',
  '\u00a0',
  '\u200b',
  '\u202e',
  '\u2028',
  '\ufeff',
  '\ud800',
  '\udc00',
  '🔑',
  '👨‍👩‍👧',
  '<',
  '>',
  '"',
  "'",
  '&',
  '\\',
  '%',
  '@',
  ':',
  '/',
);

const markupPiece = fc.constantFrom('**', '`', '[', ']', '(', ')', '](', '[x](', '*', '``');
const urlPiece = fc.constantFrom(
  'https://a.example/',
  'https://user:pw@a.example/',
  'mailto:me@a.example',
  'javascript:alert(1)',
  'JaVaScRiPt:',
  'java\tscript:',
  'data:text/html,<script>alert(1)</script>',
  'vbscript:',
  '//evil.example/',
  'http://a.example/',
  'file:///etc/passwd',
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
);

const guideText = fc
  .array(
    fc.oneof(
      { weight: 4, arbitrary: fc.string({ unit: 'binary', maxLength: 6 }) },
      { weight: 3, arbitrary: markupPiece },
      { weight: 2, arbitrary: hostileCharacter },
      { weight: 2, arbitrary: urlPiece },
      { weight: 2, arbitrary: fc.string({ unit: 'grapheme-ascii', maxLength: 8 }) },
    ),
    { maxLength: 60 },
  )
  .map((parts) => parts.join(''));

describe('parseInlineMarkup, given any string', () => {
  it('never throws, makes only safe links, never nests them, and loses no plain text', () => {
    fc.assert(
      fc.property(guideText, (text) => {
        const nodes = parseInlineMarkup(text);
        for (const link of links(nodes)) {
          expect(safeHref(link.href)).toBe(link.href);
          expectSafeAnchorHref(link.href);
        }
        expect(hasNestedLink(nodes)).toBe(false);
        if (!text.includes('](')) {
          // Without link syntax nothing is dropped: every character but the markers survives, in
          // order. (A link's URL is not text: a refused link keeps only its label.)
          const strip = (value: string) => value.replace(/[*`[\]()]/g, '');
          expect(strip(visibleText(nodes))).toBe(strip(text));
        }
      }),
      { numRuns: 1000 },
    );
  }, PROPERTY_TIMEOUT_MS);

  it('renders as data: only <a>, <strong>, <code>, <wbr> and the hint <span>, with safe anchors', () => {
    fc.assert(
      fc.property(guideText, (text) => {
        expectRendersAsData(text);
      }),
      { numRuns: 300 },
    );
  }, PROPERTY_TIMEOUT_MS);

  it('handles 100 kB of any of it', () => {
    fc.assert(
      fc.property(guideText.filter((text) => text.length > 0), (unit) => {
        const text = unit.repeat(Math.ceil(100_000 / unit.length));
        const nodes = parseInlineMarkup(text);
        for (const link of links(nodes)) expectSafeAnchorHref(link.href);
      }),
      { numRuns: 10 },
    );
  }, PROPERTY_TIMEOUT_MS);
});

/** Ways to disguise a dangerous scheme: case, tabs and newlines inside, controls and spaces before. */
const disguisedScheme = fc
  .tuple(
    fc.constantFrom('javascript', 'vbscript', 'data', 'file', 'http', 'blob', 'filesystem'),
    fc.array(fc.boolean(), { minLength: 12, maxLength: 12 }),
    fc.array(fc.tuple(fc.nat(11), fc.constantFrom('\t', '\n', '\r', '\u0000', '\u000b', '\u000c')), { maxLength: 3 }),
    fc.array(fc.constantFrom('\u0000', '\u0001', '\u0008', '\u001f', ' ', '\u00a0', '\ufeff', '\u200b'), { maxLength: 3 }),
    fc.constantFrom(':alert(1)', ':text/html,<script>alert(1)</script>', '://evil.example/', ':msgbox(1)'),
  )
  .map(([scheme, upper, inserts, leading, rest]) => {
    let chars = [...scheme].map((char, index) => (upper[index] ? char.toUpperCase() : char));
    for (const [at, char] of inserts) chars = [...chars.slice(0, at), char, ...chars.slice(at)];
    return leading.join('') + chars.join('') + rest;
  });

const unsafeUrl = fc.oneof(
  disguisedScheme,
  fc.constantFrom('//evil.example/path', '///evil.example', '\\\\evil.example\\x', '/relative', 'relative/path'),
  fc
    .tuple(fc.constantFrom('user', 'user:pw', ':pw', 'a%40b'), fc.constantFrom('a.example', 'evil.example'))
    .map(([userinfo, host]) => `https://${userinfo}@${host}/`),
  fc.constantFrom('https://', 'mailto:', 'https://a.example/\u202Efdp.exe', 'https://a.example/ x'),
);

describe('safeHref and the parser, given a disguised dangerous URL', () => {
  it('refuses it, and the link becomes its label alone', () => {
    fc.assert(
      fc.property(unsafeUrl, fc.constantFrom('the keys', '**bold** label', '`code`'), (url, label) => {
        expect(safeHref(url)).toBeUndefined();
        const nodes = parseInlineMarkup(`Open [${label}](${url}) now`);
        expect(links(nodes)).toEqual([]);
        expectRendersAsData(`Open [${label}](${url}) now`);
      }),
      { numRuns: 500 },
    );
  }, PROPERTY_TIMEOUT_MS);

  it('still accepts https: and mailto: links with any letter case', () => {
    const host = fc.stringMatching(/^[a-z0-9]{1,10}(\.[a-z0-9]{1,10})?\.[a-z]{2,6}$/);
    const path = fc.stringMatching(/^(\/[A-Za-z0-9_.~-]{0,8}){0,3}$/);
    const url = fc.oneof(
      fc.tuple(fc.constantFrom('https', 'HTTPS', 'HttPs'), host, path).map(([scheme, domain, rest]) => `${scheme}://${domain}${rest}`),
      fc.tuple(fc.constantFrom('mailto', 'MAILTO', 'MailTo'), host).map(([scheme, domain]) => `${scheme}:support@${domain}`),
    );
    fc.assert(
      fc.property(url, (href) => {
        const [link] = links(parseInlineMarkup(`[docs](${href})`));
        expect(link?.href).toMatch(/^(https:\/\/|mailto:)/);
        expectRendersAsData(`[docs](${href})`);
      }),
      { numRuns: 100 },
    );
  }, PROPERTY_TIMEOUT_MS);
});
