import { render, type RenderResult } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ConnectHub, type ConnectHubProps } from '../components/connect-hub.js';

export type RenderHubResult = RenderResult & { user: ReturnType<typeof userEvent.setup> };

/**
 * Renders a ready-made `<ConnectHub endpoint="/api/connect">` with the given props. Each call
 * gets the widget's own fresh QueryClient (the widget creates one unless given one), so no
 * test shares request state with another.
 *
 * @example
 * const { user } = renderHub({ provider: 'stripe' });
 * await user.click(screen.getByRole('button', { name: 'Connect' }));
 */
export function renderHub(props: Partial<ConnectHubProps> = {}): RenderHubResult {
  const user = userEvent.setup();
  const result = render(<ConnectHub endpoint="/api/connect" {...props} />);
  return { ...result, user };
}
