/**
 * Export formats by file extension. Kept apart from formats.ts (which loads the Office
 * writers) so the CLI can check an output name without loading pptxgenjs and docx.
 */
export const EXPORT_FORMATS = ['html', 'pdf', 'pptx', 'docx', 'md'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

const BY_EXTENSION: Record<string, ExportFormat> = { '.html': 'html', '.htm': 'html', '.pdf': 'pdf', '.pptx': 'pptx', '.docx': 'docx', '.md': 'md' };

/** The list shown when an extension is not one we write. */
export const FORMAT_LIST = '.html .pdf .pptx .docx .md';

export function formatOfPath(path: string): ExportFormat | null {
  const m = /\.[^./\\]+$/.exec(path);
  return m ? (BY_EXTENSION[m[0].toLowerCase()] ?? null) : null;
}
