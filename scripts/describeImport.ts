/** What the CLI prints about a table import: the mapping used and the quirks found (proposals). */
import type { FlatInfo } from '../src/import/analyseTable';
import { MAPPED_FIELDS, type ColumnMapping } from '../src/import/mapping';

/** "name ← Full Name, manager ← Manager's Email (by e-mail)": what was used, for the log. */
export function describeMapping(mapping: ColumnMapping): string {
  const parts = MAPPED_FIELDS.flatMap((f) => {
    const column = mapping.columns[f];
    return column === undefined ? [] : [`${f} ← ${column}`];
  });
  const by =
    mapping.managerMatch === 'column'
      ? `column "${mapping.managerKey ?? ''}"`
      : mapping.managerMatch;
  return `${parts.join(', ')}${mapping.columns.manager ? ` (managers by ${by})` : ''}`;
}

const list = (values: readonly { value: string; rows: number }[]) =>
  values.map((v) => `"${v.value}" (${v.rows})`).join(', ');

/** One line per finding, saying whether it is applied and which flag turns it off. */
export function describeFindings(flat: FlatInfo, lang: 'en' | 'fr'): string[] {
  const f = flat.findings;
  const m = flat.mapping;
  const fr = lang === 'fr';
  const out: string[] = [];
  if (!m.columns.manager && !flat.headcountFile) {
    out.push(
      m.noReportingLines
        ? fr
          ? 'aucune colonne de responsable : importé sans liens hiérarchiques (--no-reporting-lines)'
          : 'no manager column: imported without reporting lines (--no-reporting-lines)'
        : fr
          ? 'AUCUNE COLONNE DE RESPONSABLE : tous les liens hiérarchiques seraient perdus. Indiquez la colonne (--mapping) ou --no-reporting-lines'
          : 'NO MANAGER COLUMN: every reporting line would be lost. Give the column (--mapping) or --no-reporting-lines',
    );
  }
  if (f.topMarkers.length > 0)
    out.push(
      m.topMarkers?.length
        ? `${fr ? 'proposé, appliqué' : 'proposed, applied'}: top of tree = ${m.topMarkers.map((t) => `"${t}"`).join(', ')} — ${list(f.topMarkers)} (--top-markers "")`
        : `${fr ? 'trouvé, non appliqué' : 'found, not applied'}: top-of-tree markers ${list(f.topMarkers)} (--top-markers "${f.topMarkers.map((t) => t.value).join(',')}")`,
    );
  if (f.selfReports > 0)
    out.push(
      `${m.selfIsTop ? (fr ? 'proposé, appliqué' : 'proposed, applied') : fr ? 'trouvé, non appliqué' : 'found, not applied'}: ${f.selfReports} ${fr ? 'ligne(s) rattachée(s) à elle-même : en haut de l’arbre' : 'row(s) reporting to itself: top of tree'} (--no-self-top)`,
    );
  if (f.duplicateIds > 0 && f.duplicateIdsScoped !== undefined)
    out.push(
      `${m.scopeIds ? (fr ? 'proposé, appliqué' : 'proposed, applied') : fr ? 'trouvé, non appliqué' : 'found, not applied'}: ${fr ? `identifiants uniques par organisation (${f.duplicateIds} doublons sinon, ${f.duplicateIdsScoped} ainsi)` : `ids unique per organisation (${f.duplicateIds} duplicates otherwise, ${f.duplicateIdsScoped} so)`} (${m.scopeIds ? '--no-scope-ids' : '--scope-ids'})`,
    );
  if (f.organisations > 1)
    out.push(
      `${f.organisations} ${fr ? 'organisations : un arbre par organisation' : 'organisations: one tree each'}`,
    );
  if (f.vacancies.length > 0)
    out.push(
      `${m.vacancyMarkers?.length ? (fr ? 'proposé, appliqué' : 'proposed, applied') : fr ? 'trouvé, non appliqué' : 'found, not applied'}: ${fr ? 'postes vacants' : 'vacant seats'} ${list(f.vacancies)} (--no-vacancies)`,
    );
  if (f.teamEmails.length > 0)
    out.push(
      `${m.teamEmails?.length ? (fr ? 'proposé, appliqué' : 'proposed, applied') : fr ? 'trouvé, non appliqué' : 'found, not applied'}: ${f.teamEmails.length} ${fr ? 'adresses d’équipe gardées comme canal de l’unité ou du poste, par ex.' : 'team mailboxes kept as the unit’s or seat’s channel, e.g.'} ${list(f.teamEmails.slice(0, 3))} (--no-team-emails)`,
    );
  if (f.headcountRows > 0)
    out.push(
      `${f.headcountRows} ${fr ? 'lignes d’effectifs (N agents d’un grade sous un poste)' : 'headcount rows (N staff of a grade under a post)'}`,
    );
  if (flat.setAside.length > 0)
    out.push(
      `${flat.setAside.length} ${fr ? 'lignes mises de côté (--set-aside fichier.csv pour les écrire)' : 'rows set aside (--set-aside file.csv writes them)'}`,
    );
  return out;
}
