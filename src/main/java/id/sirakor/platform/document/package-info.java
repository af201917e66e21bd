/**
 * The PDF documents of Sirakor, drawn with iText 9 (AGPL, see ADR 0011). Pure Java: no JPA, no
 * CDI, no container, so every document is unit-tested by reading the PDF back.
 *
 * <h2>Shape of a document</h2>
 * A document is a <em>model</em> of records holding ready-to-print texts ({@link
 * id.sirakor.platform.document.OfficialLetter}, {@link id.sirakor.platform.document.Ticket}) and a
 * <em>renderer</em> with one static {@code render(model) -> byte[]} ({@link
 * id.sirakor.platform.document.OfficialLetterPdf}, {@link id.sirakor.platform.document.TicketPdf}).
 * Services in the feature packages build the model from entities — names with titles, dates and
 * times through {@code platform.time.IndonesianTime}, letter numbers through {@link
 * id.sirakor.platform.document.LetterNumbers} — and hand it over; renderers format nothing
 * themselves except the letter's place and date.
 *
 * <h2>Shared pieces: {@link id.sirakor.platform.document.PdfKit}</h2>
 * <ul>
 * <li>{@code PdfKit.open(pageSize, margins, typeface, info)} starts a document with the PDF
 * standard fonts (Helvetica or Times, Courier for codes) in WinAnsi encoding and the document
 * information (title, author = the issuing unit, creator "Sirakor", language id-ID);
 * {@code finish()} returns the bytes.</li>
 * <li>{@code letterhead(Letterhead)}: the one kop surat (logo, centred capitals, address, thick
 * and thin rule) for letters, attendance lists and minutes.</li>
 * <li>{@code labelTable(rows, size, width[, besideFirstRow])}: the colon-aligned block
 * ({@code Nomor :}, {@code Hari/Tanggal :}) without borders; used for the letter heading and the
 * details table, and meant for the minutes' heading and the certificate's data.</li>
 * <li>{@code paragraph}, {@code text}, {@code bare(Cell)}: running text with the kit's leading, and
 * table cells without lines (layout tables never show borders).</li>
 * <li>{@code numberPagesFromSecond()}: "- 2 -" at the top of continuation pages.</li>
 * </ul>
 *
 * <h2>Limits to know</h2>
 * The standard fonts print Windows-1252 only (Indonesian, "–", "•", curly quotes); {@link
 * id.sirakor.platform.document.PdfKit#plain(String)} drops accents outside it and prints any other
 * character as "?" instead of letting it vanish. A document that needs other scripts needs an
 * embedded font and a decision of its own. Pages are held in memory until {@code finish()} (for
 * page numbers): fine for letters and lists of a few hundred rows, not for one PDF of thousands of
 * pages — certificates are one PDF each.
 */
package id.sirakor.platform.document;
