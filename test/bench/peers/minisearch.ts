/** MiniSearch page: prefix and fuzzy search over title and text, as its docs suggest for search-as-you-type. */
import MiniSearch from 'minisearch';
import type { PeerDoc } from './peerData';
import { startSearchPage } from './searchPage';

void startSearchPage((docs) => {
  const byId = new Map(docs.map((d) => [d.id, d]));
  const index = new MiniSearch<PeerDoc>({
    fields: ['title', 'text'],
    storeFields: [],
    searchOptions: { prefix: true, fuzzy: 0.2, boost: { title: 2 } },
  });
  index.addAll(docs);
  return (query) => index.search(query).map((r) => byId.get(String(r.id))!);
});
