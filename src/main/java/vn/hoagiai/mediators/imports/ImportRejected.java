package vn.hoagiai.mediators.imports;

/**
 * A confirmed import that still has problems (the data changed since the preview):
 * nothing was saved; the new preview lists them.
 */
public class ImportRejected extends RuntimeException {

	private final transient ImportPreview preview;

	ImportRejected(ImportPreview preview) {
		super("import has " + preview.problems().size() + " problems");
		this.preview = preview;
	}

	public ImportPreview preview() {
		return this.preview;
	}

}
