/** Placeholder written by the shell; the feature owner replaces this file (keep the export). */
import { Placeholder } from '../../components/Placeholder';
import type { PageProps } from '../../app/pageProps';

export function TopicPage(_props: Partial<PageProps>) {
  return <Placeholder titleKey="page.topic" />;
}
