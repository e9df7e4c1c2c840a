package vn.hoagiai.documents;

import java.util.ArrayList;
import java.util.List;

/**
 * An official document as both renderers see it. A letterhead (issuer, number, national
 * title, place and date) heads the first page when present; then the title and its
 * summary line, the body, the signatures and the recipients ("Nơi nhận"). Portrait for
 * letters and records, landscape for wide tables such as the register book.
 *
 * @param letterhead the top of the first page, or null (a book's cover has none)
 * @param title the document's kind in capitals ("VĂN BẢN HÒA GIẢI THÀNH"), or null
 * @param summary the line under the title ("Về việc ..."), or null
 * @param body the blocks in order
 * @param signatures the signature blocks, laid out side by side, up to three a row
 * @param recipients the "Nơi nhận" entries; none leaves the block out
 * @param orientation the page orientation
 */
public record Document(Letterhead letterhead, String title, String summary, List<Block> body,
		List<Signature> signatures, List<String> recipients, Orientation orientation) {

	public Document {
		body = List.copyOf(body);
		signatures = List.copyOf(signatures);
		recipients = List.copyOf(recipients);
	}

	/** Page orientation; both use A4 with the margins of Decree 30/2020/NĐ-CP. */
	public enum Orientation {

		PORTRAIT, LANDSCAPE

	}

	public static Builder portrait() {
		return new Builder(Orientation.PORTRAIT);
	}

	/** A landscape document, for wide tables such as the register book. */
	public static Builder landscape() {
		return new Builder(Orientation.LANDSCAPE);
	}

	/** Builds a document block by block. */
	public static final class Builder {

		private final Orientation orientation;

		private final List<Block> body = new ArrayList<>();

		private final List<Signature> signatures = new ArrayList<>();

		private final List<String> recipients = new ArrayList<>();

		private Letterhead letterhead;

		private String title;

		private String summary;

		private Builder(Orientation orientation) {
			this.orientation = orientation;
		}

		public Builder letterhead(Letterhead letterhead) {
			this.letterhead = letterhead;
			return this;
		}

		public Builder title(String title, String summary) {
			this.title = title;
			this.summary = summary;
			return this;
		}

		public Builder heading(String text) {
			return add(new Block.Heading(text));
		}

		public Builder paragraph(String text) {
			return add(Block.Paragraph.of(text));
		}

		public Builder labelled(String label, String text) {
			return add(Block.Paragraph.labelled(label, text));
		}

		public Builder centered(String text, boolean bold) {
			return add(Block.Paragraph.centered(text, bold));
		}

		public Builder table(List<Block.Column> columns, List<List<String>> rows, boolean numbered) {
			return add(new Block.Table(columns, rows, numbered));
		}

		public Builder pageBreak() {
			return add(new Block.PageBreak());
		}

		public Builder add(Block block) {
			this.body.add(block);
			return this;
		}

		public Builder sign(Signature signature) {
			this.signatures.add(signature);
			return this;
		}

		public Builder recipient(String recipient) {
			this.recipients.add(recipient);
			return this;
		}

		public Document build() {
			return new Document(this.letterhead, this.title, this.summary, this.body, this.signatures, this.recipients,
					this.orientation);
		}

	}

}
