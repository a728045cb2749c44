/**
 * A plain search page around any engine: the field, and the first 20 results as a list, the
 * way a page built on MiniSearch or FlexSearch would show them. Same contract as Wayfinder's
 * search page for the benches: `#search-input`, and `.search-results[data-query]` set to the
 * text the rows answer once they are in the DOM.
 */
import { loadOrg, toDocs, type PeerDoc } from './peerData';

const LIMIT = 20;

export async function startSearchPage(
  build: (docs: PeerDoc[]) => (query: string) => PeerDoc[],
): Promise<void> {
  const input = document.getElementById('search-input') as HTMLInputElement;
  const results = document.querySelector<HTMLElement>('.search-results')!;
  const search = build(toDocs(await loadOrg()));
  const show = (query: string) => {
    const hits = query.trim() ? search(query).slice(0, LIMIT) : [];
    const items = hits.map((d) => {
      const li = document.createElement('li');
      const title = document.createElement('strong');
      title.textContent = d.title;
      const sub = document.createElement('span');
      sub.textContent = d.subtitle;
      li.append(title, sub);
      return li;
    });
    results.replaceChildren(...items);
    results.setAttribute('data-query', query);
  };
  input.addEventListener('input', () => show(input.value));
  input.disabled = false;
  const q = new URLSearchParams(location.search).get('q');
  if (q) {
    input.value = q;
    show(q);
  }
}
