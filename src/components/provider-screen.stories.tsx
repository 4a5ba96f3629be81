import { within } from '@testing-library/dom';
import type { ConnectHubProps } from '../index.js';
import { ConnectHub } from '../index.js';
import type { Meta, StoryObj } from '../dev/gallery/csf.js';
import { hostArgs, storyMessages } from '../dev/gallery/provider-plays.js';
import { onDemand, type OnDemand } from './on-demand.js';
import { ProviderViewCode } from './provider-screen.js';

/**
 * The provider screen before its code is here. The guide and form load on demand, usually in idle
 * time before anyone clicks; on a slow or broken network the user sees these.
 */
export default {
  title: 'Provider screen',
  component: ConnectHub,
  args: { ...hostArgs, provider: 'stripe' },
} satisfies Meta<typeof ConnectHub>;

type Story = StoryObj<typeof ConnectHub>;

/** Renders the widget with `code` standing in for the provider screen's chunk. */
function withCode(code: OnDemand<never>) {
  return function WithCode(args: ConnectHubProps) {
    return (
      <ProviderViewCode.Provider value={code}>
        <ConnectHub {...args} />
      </ProviderViewCode.Provider>
    );
  };
}

const neverLoads = onDemand<never>(() => new Promise(() => {}));
const cannotLoad = onDemand<never>(() => Promise.reject(new TypeError('Failed to fetch dynamically imported module')));

/** A slow network: the provider's name, and a loading status until its guide and form arrive. */
export const Loading: Story = {
  render: withCode(neverLoads),
  play: async ({ canvasElement, args }) => {
    await within(canvasElement).findByText(storyMessages(args).screenLoading, {}, { timeout: 5000 });
  },
};

/** The code could not load (offline, or a deploy removed it): the screen says so and offers a reload. */
export const CouldNotLoad: Story = {
  render: withCode(cannotLoad),
  play: async ({ canvasElement, args }) => {
    await within(canvasElement).findByRole('button', { name: storyMessages(args).reloadPage }, { timeout: 5000 });
  },
};
