import { MarkupText } from '../markup/markup-text.js';
import { useConnectHub } from './connect-hub-context.js';

/** Definition text (guide, warning, help) in the widget's locale: inline markup, never HTML. */
export function RichText({ text }: { text: string }) {
  const { messages } = useConnectHub('RichText');
  return <MarkupText text={text} newTabHint={messages.opensInNewTab} />;
}
