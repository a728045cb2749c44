/** FlexSearch page: a forward-tokenised index (prefix matches while typing), results as a plain list. */
import { Index } from 'flexsearch';
import { startSearchPage } from './searchPage';

void startSearchPage((docs) => {
  const index = new Index({ tokenize: 'forward', resolution: 9 });
  docs.forEach((d, i) => index.add(i, `${d.title} ${d.text}`));
  return (query) => (index.search(query, { limit: 20 }) as number[]).map((i) => docs[i]!);
});
