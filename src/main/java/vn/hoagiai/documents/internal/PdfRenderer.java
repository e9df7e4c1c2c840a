package vn.hoagiai.documents.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.logging.Level;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;

import vn.hoagiai.documents.Document;

/**
 * Renders a document to PDF through openhtmltopdf. The four Liberation Serif faces are
 * read once from the classpath and embedded (subset) in every file; no font installed on
 * the machine is ever used.
 */
public final class PdfRenderer {

	static final String FAMILY = "Liberation Serif";

	private static final String FONTS = "liberation/LiberationSerif-";

	static {
		// the renderer logs every font load and layout pass at INFO
		XRLog.listRegisteredLoggers().forEach((name) -> XRLog.setLevel(name, Level.WARNING));
	}

	private final String css = resource("documents/official.css");

	private final byte[] regular = bytes(FONTS + "Regular.ttf");

	private final byte[] bold = bytes(FONTS + "Bold.ttf");

	private final byte[] italic = bytes(FONTS + "Italic.ttf");

	private final byte[] boldItalic = bytes(FONTS + "BoldItalic.ttf");

	public byte[] render(Document document) {
		ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
		PdfRendererBuilder builder = new PdfRendererBuilder();
		builder.useFastMode();
		builder.useFont(() -> new ByteArrayInputStream(this.regular), FAMILY, 400, FontStyle.NORMAL, true);
		builder.useFont(() -> new ByteArrayInputStream(this.bold), FAMILY, 700, FontStyle.NORMAL, true);
		builder.useFont(() -> new ByteArrayInputStream(this.italic), FAMILY, 400, FontStyle.ITALIC, true);
		builder.useFont(() -> new ByteArrayInputStream(this.boldItalic), FAMILY, 700, FontStyle.ITALIC, true);
		builder.withHtmlContent(Xhtml.of(document, this.css), null);
		builder.toStream(out);
		try {
			builder.run();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	private static byte[] bytes(String path) {
		try (InputStream in = PdfRenderer.class.getClassLoader().getResourceAsStream(path)) {
			if (in == null) {
				throw new IllegalStateException("Missing font on the classpath: " + path);
			}
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String resource(String path) {
		return new String(bytes(path), StandardCharsets.UTF_8);
	}

}
