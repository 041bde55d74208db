/** Pages of a PDF: its page objects (`/Type /Page`), not the page tree (`/Type /Pages`). */
export function pdfPages(pdf: Buffer): number {
  return pdf.toString('latin1').match(/\/Type\s*\/Page(?![A-Za-z])/g)?.length ?? 0;
}
