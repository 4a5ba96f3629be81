import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { MarkupText } from './markup-text.js';

describe('MarkupText', () => {
  describe('given guide text with a link', () => {
    it('renders an anchor named by its label that opens safely in a new tab', () => {
      render(<MarkupText text="Open [API keys](https://dashboard.stripe.com/apikeys) now." />);
      // dom-accessibility-api trims the hidden span's leading space, browsers keep it; the DOM
      // text below shows the space is there.
      const link = screen.getByRole('link', { name: /^API keys ?\(opens in a new tab\)$/ });
      expect(link.textContent).toBe('API keys (opens in a new tab)');
      expect(link).toHaveAttribute('href', 'https://dashboard.stripe.com/apikeys');
      expect(link).toHaveAttribute('target', '_blank');
      expect(link).toHaveAttribute('rel', 'noopener noreferrer');
      expect(link.querySelector('.ch-visually-hidden')).toHaveTextContent('(opens in a new tab)');
    });

    it('renders a mailto link', () => {
      render(<MarkupText text="[Email us](mailto:support@example.com)" />);
      expect(screen.getByRole('link', { name: /Email us/ })).toHaveAttribute('href', 'mailto:support@example.com');
    });

    it('says the new-tab hint in the given words', () => {
      render(<MarkupText text="[Hilfe](https://a.example/)" newTabHint=" (neuer Tab)" />);
      expect(screen.getByRole('link', { name: /^Hilfe ?\(neuer Tab\)$/ })).toBeInTheDocument();
    });
  });

  describe('given bold and code', () => {
    it('renders <strong> and <code>', () => {
      const { container } = render(<MarkupText text="Copy the **Secret key**, it starts with `sk_live_`." />);
      expect(container.querySelector('strong')).toHaveTextContent('Secret key');
      expect(container.querySelector('code')).toHaveTextContent('sk_live_');
      expect(container).toHaveTextContent('Copy the Secret key, it starts with sk_live_.');
    });

    it('lets a path in code wrap after its inner slashes and before its inner dots, adding no character', () => {
      const { container } = render(<MarkupText text="See `dashboard.stripe.com/test/apikeys`, `/test`, `https://a.example/` and `sk_live_`." />);
      const [path, leading, address, prefix] = container.querySelectorAll('code');
      // Each break hidden from the accessibility tree, where Chromium would read it as a space.
      expect(path!.innerHTML).toBe('dashboard<wbr aria-hidden="true">.stripe<wbr aria-hidden="true">.com/<wbr aria-hidden="true">test/<wbr aria-hidden="true">apikeys');
      expect(path!.textContent).toBe('dashboard.stripe.com/test/apikeys');
      // Not after a leading or closing slash, not between the two of `//`, not in a plain word.
      expect(leading!.innerHTML).toBe('/test');
      expect(address!.innerHTML).toBe('https://<wbr aria-hidden="true">a<wbr aria-hidden="true">.example/');
      expect(prefix!.innerHTML).toBe('sk_live_');
    });
  });

  describe('given code with punctuation around it', () => {
    it('keeps the punctuation with the code, and the rest of the text as it was', () => {
      const { container } = render(<MarkupText text="On the EU instance (`app.eu.launchdarkly.com`). Keys start with `sk_live_`, then digits." />);
      const [eu, prefix] = [...container.querySelectorAll('code')].map((code) => code.parentElement!.textContent);
      expect(eu).toBe('(app.eu.launchdarkly.com).');
      expect(prefix).toBe('sk_live_,');
      expect(container).toHaveTextContent('On the EU instance (app.eu.launchdarkly.com). Keys start with sk_live_, then digits.');
    });

    // Japanese and Chinese set no line start with 、。」） and no line end with 「（ (kinsoku), and
    // write them full width, with no space between them and the code.
    it('keeps the full-width punctuation of Japanese and Chinese with the code too', () => {
      const text = 'テスト用`sk_test_`、本番用`sk_live_`。制限付きキーは「`rk_test_`」、アドレス（`/test`）。';
      const { container } = render(<MarkupText text={text} />);
      const runs = [...container.querySelectorAll('code')].map((code) => code.parentElement!.textContent);
      expect(runs).toEqual(['sk_test_、', 'sk_live_。', '「rk_test_」、', '（/test）。']);
      expect(container).toHaveTextContent(text.replaceAll('`', ''));
    });
  });

  describe('given a link to a javascript: URL', () => {
    it.each(['javascript:alert(1)', 'JaVaScRiPt:alert(1)', 'java\tscript:alert(1)', 'data:text/html,x'])(
      'shows the label as text without an anchor (%j)',
      (url) => {
        const { container } = render(<MarkupText text={`Click [here](${url}) please`} />);
        expect(screen.queryByRole('link')).toBeNull();
        expect(container.querySelector('a')).toBeNull();
        expect(container).toHaveTextContent('Click here please');
      },
    );
  });

  describe('given HTML in the text', () => {
    it('shows it as literal text and creates no element', () => {
      const html = '<script>alert(1)</script><img src=x onerror="alert(1)"><b>bold</b>';
      const { container } = render(<MarkupText text={html} />);
      expect(container.querySelector('script, img, b')).toBeNull();
      expect(container.childElementCount).toBe(0);
      expect(container.textContent).toBe(html);
    });

    it('keeps HTML inside a link label as text', () => {
      render(<MarkupText text={'[<img src=x onerror="alert(1)">](https://a.example/)'} />);
      const link = screen.getByRole('link');
      expect(link.querySelector('img')).toBeNull();
      expect(link).toHaveTextContent('<img src=x onerror="alert(1)">');
    });
  });
});
