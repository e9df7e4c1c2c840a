package vn.hoagiai.shared.spreadsheets;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;

import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads the first sheet of an xlsx file as a stream of rows, without loading the workbook
 * into memory. Guards against zip bombs (POI's inflation ratio and entry size limits) and
 * against too many rows; reports formula cells so that they can be refused.
 */
public final class StreamingSheetReader {

	static final int MAX_ROWS = 50_000;

	static {
		ZipSecureFile.setMinInflateRatio(0.01);
		ZipSecureFile.setMaxEntrySize(200L * 1024 * 1024);
	}

	private StreamingSheetReader() {
	}

	public static List<SheetRow> read(InputStream input) {
		try (OPCPackage pkg = OPCPackage.open(input)) {
			XSSFReader reader = new XSSFReader(pkg);
			ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
			XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
			if (!sheets.hasNext()) {
				throw new UnreadableWorkbook("import.file.noSheet", null);
			}
			try (InputStream sheet = sheets.next()) {
				RowHandler handler = new RowHandler(strings);
				parser().parse(sheet, handler);
				return handler.rows;
			}
		}
		catch (UnreadableWorkbook ex) {
			throw ex;
		}
		catch (TooManyRows ex) {
			throw new UnreadableWorkbook("import.file.tooManyRows", ex);
		}
		catch (NotOfficeXmlFileException | InvalidFormatException ex) {
			throw new UnreadableWorkbook("import.file.notXlsx", ex);
		}
		catch (IOException | SAXException | ParserConfigurationException | RuntimeException ex) {
			String message = String.valueOf(ex.getMessage());
			if (message.contains("Zip bomb") || message.contains("ratio") || message.contains("exceeds the max")) {
				throw new UnreadableWorkbook("import.file.zipBomb", ex);
			}
			throw new UnreadableWorkbook("import.file.notXlsx", ex);
		}
		catch (Exception ex) {
			throw new UnreadableWorkbook("import.file.notXlsx", ex);
		}
	}

	private static SAXParser parser() throws ParserConfigurationException, SAXException {
		SAXParserFactory factory = SAXParserFactory.newInstance();
		factory.setNamespaceAware(false);
		factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
		factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
		factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
		return factory.newSAXParser();
	}

	private static final class TooManyRows extends RuntimeException {

		TooManyRows() {
			super("too many rows");
		}

	}

	private static final class RowHandler extends DefaultHandler {

		private final ReadOnlySharedStringsTable strings;

		private final List<SheetRow> rows = new ArrayList<>();

		private Map<Integer, SheetCell> cells;

		private int rowNumber;

		private int column;

		private String type;

		private boolean formula;

		private boolean inValue;

		private final StringBuilder value = new StringBuilder();

		RowHandler(ReadOnlySharedStringsTable strings) {
			this.strings = strings;
		}

		@Override
		public void startElement(String uri, String localName, String name, Attributes attributes) {
			switch (name) {
				case "row" -> {
					this.cells = new HashMap<>();
					String r = attributes.getValue("r");
					this.rowNumber = (r != null) ? Integer.parseInt(r) : this.rowNumber + 1;
				}
				case "c" -> {
					String ref = attributes.getValue("r");
					this.column = (ref != null) ? new CellReference(ref).getCol() : this.column + 1;
					this.type = attributes.getValue("t");
					this.formula = false;
					this.value.setLength(0);
				}
				case "f" -> this.formula = true;
				case "v", "t" -> this.inValue = true;
				default -> {
				}
			}
		}

		@Override
		public void characters(char[] ch, int start, int length) {
			if (this.inValue) {
				this.value.append(ch, start, length);
			}
		}

		@Override
		public void endElement(String uri, String localName, String name) {
			switch (name) {
				case "v", "t" -> this.inValue = false;
				case "c" -> this.cells.put(this.column, cell());
				case "row" -> {
					if (this.rows.size() >= MAX_ROWS) {
						throw new TooManyRows();
					}
					this.rows.add(new SheetRow(this.rowNumber, this.cells));
				}
				default -> {
				}
			}
		}

		private SheetCell cell() {
			String raw = this.value.toString();
			if ("s".equals(this.type) && !raw.isEmpty()) {
				return new SheetCell(this.strings.getItemAt(Integer.parseInt(raw.strip())).getString(), false,
						this.formula);
			}
			boolean numeric = this.type == null || "n".equals(this.type);
			return new SheetCell(raw, numeric && !raw.isEmpty(), this.formula);
		}

	}

}
