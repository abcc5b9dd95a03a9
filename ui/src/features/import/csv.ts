// Pure helpers of the import screen: the kind a file name suggests, the mapping a preview
// settled on (sent back so a changed select survives the next preview), the result sentence.
import type { CsvImportSummary } from '../../lib/bindings/CsvImportSummary';
import type { CsvKind } from '../../lib/bindings/CsvKind';
import type { CsvPreview } from '../../lib/bindings/CsvPreview';

/** Files read in the page are held in memory twice (text and IPC); bigger ones go to the CLI. */
export const MAX_BYTES = 20_000_000;

export function guessKind(fileName: string): CsvKind {
  const key = fileName.toLowerCase().replace(/[^a-z0-9]/g, '');
  return key.includes('orgunit') || key.includes('units') || key.startsWith('org')
    ? 'org_units'
    : 'sponsors';
}

export function mappingOf(preview: CsvPreview): Record<string, string> {
  const out: Record<string, string> = {};
  for (const c of preview.columns) out[c.header] = c.field ?? '';
  return out;
}

export function summaryLine(s: CsvImportSummary): string {
  const units = s.org_units_created > 0 ? `; ${s.org_units_created} org units created` : '';
  return `${s.added} added, ${s.updated} updated, ${s.unchanged} unchanged${units}`;
}
