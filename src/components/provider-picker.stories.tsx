import { waitFor, within } from '@testing-library/dom';
import userEvent from '@testing-library/user-event';
import { builtInProviders, ConnectHub, type ProviderDefinition } from '../index.js';
import { generatedCatalogue, MAX_CATALOGUE } from '../dev/gallery/catalogue.js';
import type { Meta, StoryObj } from '../dev/gallery/csf.js';
import { hostArgs, storyMessages } from '../dev/gallery/provider-plays.js';

/** The picker: no provider preselected, so the widget opens on the searchable list. */
export default {
  title: 'Picker',
  component: ConnectHub,
  args: { ...hostArgs, providers: builtInProviders },
} satisfies Meta<typeof ConnectHub>;

type Story = StoryObj<typeof ConnectHub>;

/** Waits until the list shows exactly the providers named (the search is deferred by a frame or two). */
async function expectListed(canvasElement: HTMLElement, names: readonly string[]) {
  await waitFor(
    () => {
      const shown = within(canvasElement)
        .queryAllByRole('listitem')
        .map((item) => item.querySelector('button')?.getAttribute('aria-labelledby'))
        .map((id) => (id ? canvasElement.ownerDocument.getElementById(id)?.textContent : undefined));
      if (shown.join('|') !== names.join('|')) throw new Error(`The list shows ${shown.join(', ')}, not ${names.join(', ')}.`);
    },
    { timeout: 5000 },
  );
}

/** Every built-in provider with its logo, description and category; search and category chips above. */
export const Default: Story = {};

/** "pay" typed into the search: the providers whose name, category or description match. */
export const Filtered: Story = {
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await userEvent.setup().type(canvas.getByRole('searchbox', { name: storyMessages(args).searchLabel }), 'pay');
    await expectListed(canvasElement, ['GoCardless', 'Stripe']);
  },
};

/** The Payments chip pressed: the list narrows to one category. */
export const CategoryFilter: Story = {
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    const messages = storyMessages(args);
    await userEvent.setup().click(canvas.getByRole('button', { name: messages.categoryLabel('payments') }));
    await expectListed(canvasElement, ['GoCardless', 'Stripe']);
  },
};

/** A search that matches nothing: what to do next, and a way to clear it. */
export const NoMatch: Story = {
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    const messages = storyMessages(args);
    await userEvent.setup().type(canvas.getByRole('searchbox', { name: messages.searchLabel }), 'salesforce');
    await canvas.findByRole('button', { name: messages.clearSearch }, { timeout: 5000 });
  },
};

const catalogues = new Map<number, ProviderDefinition[]>();

/**
 * The widget with `count` generated providers, built when the story first renders: not as the
 * gallery loads this file with every other (story-index.ts spreads each story's args, so a list in
 * args would be built then, 1,200 definitions for stories nobody opened), and kept, so that a
 * rerender (another theme or width) gives the widget the same list.
 */
function withCatalogue(count: number): Story['render'] {
  return (args) => {
    let providers = catalogues.get(count);
    if (!providers) catalogues.set(count, (providers = generatedCatalogue(count)));
    return <ConnectHub {...args} providers={providers} />;
  };
}

/** 200 generated providers (made with `defineProvider`, lettermark logos) in 10 categories. */
export const LargeCatalogue: Story = {
  name: '200 providers',
  render: withCatalogue(200),
};

/**
 * 1,000 generated providers: the list renders its first rows and says how many there are; the
 * rest come as it scrolls into view.
 */
export const HugeCatalogue: Story = {
  name: '1,000 providers',
  render: withCatalogue(MAX_CATALOGUE),
  play: async ({ canvasElement }) => {
    await waitFor(
      () => {
        const first = within(canvasElement).queryAllByRole('listitem')[0];
        if (first?.getAttribute('aria-setsize') !== String(MAX_CATALOGUE)) throw new Error(`The list does not say it has ${MAX_CATALOGUE} items.`);
      },
      { timeout: 5000 },
    );
  },
};

/** "summit sign" typed into the search of 1,000 providers: the five editions of one product. */
export const HugeCatalogueSearched: Story = {
  name: '1,000 providers, searched',
  render: withCatalogue(MAX_CATALOGUE),
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await userEvent.setup().type(canvas.getByRole('searchbox', { name: storyMessages(args).searchLabel }), 'summit sign');
    await expectListed(canvasElement, ['Summit Sign', 'Summit Sign Cloud Edition', 'Summit Sign Go', 'Summit Sign Plus', 'Summit Sign Pro']);
  },
};
