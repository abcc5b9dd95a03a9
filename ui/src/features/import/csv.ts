// Pure helpers of the import screen: the kind a file name suggests, the mapping a preview
// settled on (sent back so a changed select survives the next preview), the result sentence.
import type { CsvImportSummary } from '../../lib/bindings/CsvImportSummary';
import type { CsvKind } from '../../lib/bindings/CsvKind';
import type { CsvPreview } from '../../lib/bindings/CsvPreview';
import type { CsvProgress } from '../../lib/bindings/CsvProgress';

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

/** "12,000 rows · 45% of the file" while an import runs; "Starting…" before its first event. */
export function progressLine(p: CsvProgress | null, totalBytes: number, locale?: string): string {
  if (p === null) return 'Starting…';
  const rows = `${p.rows.toLocaleString(locale)} rows`;
  if (totalBytes <= 0) return rows;
  const share = Math.min(100, Math.floor((p.bytes / totalBytes) * 100));
  return `${rows} · ${share}% of the file`;
}

export function summaryLine(s: CsvImportSummary): string {
  const units = s.org_units_created > 0 ? `; ${s.org_units_created} org units created` : '';
  return `${s.added} added, ${s.updated} updated, ${s.unchanged} unchanged${units}`;
}
