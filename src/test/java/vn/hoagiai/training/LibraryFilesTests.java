package vn.hoagiai.training;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.util.unit.DataSize;

import vn.hoagiai.shared.Deployment;
import vn.hoagiai.shared.InvalidInput;
import vn.hoagiai.shared.TestDeployments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Upload checks: the type comes from the content, a file past the limit is refused while
 * it is read, and the name a browser sends never reaches the file system.
 */
class LibraryFilesTests {

	@TempDir
	Path data;

	StoredFiles files(long maxBytes) {
		Deployment deployment = TestDeployments.embeddedAt(this.data);
		return new StoredFiles(deployment,
				new TrainingSettings(java.util.Set.of(EventKind.COURSE), java.util.Set.of(Category.LAW_TEXT),
						java.time.LocalDate.of(2024, 1, 1), java.time.LocalDate.of(2030, 12, 31),
						DataSize.ofBytes(maxBytes)));
	}

	@Test
	void htmlRenamedPdfIsRefused() {
		byte[] html = "<!DOCTYPE html><html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8);

		assertThatThrownBy(() -> files(1_000_000).store(html)).isInstanceOf(InvalidInput.class)
			.satisfies((ex) -> assertThat(((InvalidInput) ex).problems().get(0).messageKey())
				.isEqualTo("library.file.unknownType"));
		assertThat(storedFiles()).isEmpty();
	}

	@Test
	void pdfDocxXlsxAreRecognisedByContentAndStoredByHash() {
		StoredFiles store = files(1_000_000);

		var pdf = store.store(DemoMaterial.pdf(List.of("Luật Hòa giải ở cơ sở")));
		var docx = store.store(DemoMaterial.docx("Sổ tay", List.of("Kỹ năng")));
		var xlsx = store.store(DemoMaterial.xlsx("Mẫu sổ", List.of(List.of("STT"))));
		var again = store.store(DemoMaterial.pdf(List.of("Luật Hòa giải ở cơ sở")));

		assertThat(List.of(pdf.type(), docx.type(), xlsx.type())).containsExactly(FileType.PDF, FileType.DOCX,
				FileType.XLSX);
		assertThat(again.hash()).isEqualTo(pdf.hash());
		assertThat(storedFiles()).hasSize(3)
			.allSatisfy((p) -> assertThat(p.getFileName().toString()).matches("[0-9a-f]{64}"));
	}

	@Test
	void mp4IsRecognisedByItsFtypBox() {
		byte[] mp4 = new byte[64];
		System.arraycopy(new byte[] { 0, 0, 0, 24, 'f', 't', 'y', 'p', 'i', 's', 'o', 'm' }, 0, mp4, 0, 12);

		assertThat(files(1_000).store(mp4).type()).isEqualTo(FileType.MP4);
	}

	@Test
	void oversizeUploadIsRefusedWhileReadingAndLeavesNothingOnDisk() {
		EndlessPdf endless = new EndlessPdf();

		assertThatThrownBy(() -> files(1024 * 1024).store(endless)).isInstanceOf(InvalidInput.class)
			.satisfies((ex) -> assertThat(((InvalidInput) ex).problems().get(0).messageKey())
				.isEqualTo("library.file.tooLarge"));
		assertThat(endless.served).isLessThan(2L * 1024 * 1024);
		assertThat(storedFiles()).isEmpty();
	}

	@Test
	void pathInTheFileNameIsHarmless() {
		assertThat(FileNames.safe("../../etc/passwd", FileType.PDF)).isEqualTo("passwd.pdf");
		assertThat(FileNames.safe("..\\..\\windows\\win.ini", FileType.DOCX)).isEqualTo("win.docx");
		assertThat(FileNames.safe("..", FileType.PDF)).isEqualTo("tai-lieu.pdf");
		assertThat(FileNames.safe("Luật \"mới\".html", FileType.PDF)).isEqualTo("Luật mới.pdf");
	}

	@Test
	void articlesLoseScriptsAndHandlers() {
		String clean = ArticleHtml
			.sanitise("<h2>Tiêu đề</h2><p onclick=\"x()\">Đoạn <a href=\"javascript:alert(1)\">liên kết</a></p>"
					+ "<script>alert(1)</script><img src=x onerror=alert(1)>");

		assertThat(clean).contains("<h2>Tiêu đề</h2>").doesNotContain("script", "onclick", "javascript", "<img");
	}

	private List<Path> storedFiles() {
		Path library = this.data.resolve("library");
		if (!Files.exists(library)) {
			return List.of();
		}
		try (var walk = Files.walk(library)) {
			return walk.filter(Files::isRegularFile).toList();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** A "PDF" that never ends, counting what was read from it. */
	static final class EndlessPdf extends InputStream {

		long served;

		@Override
		public int read() {
			return (this.served++ < 5) ? "%PDF-".charAt((int) this.served - 1) : 'x';
		}

		@Override
		public int read(byte[] b, int off, int len) {
			for (int i = 0; i < len; i++) {
				b[off + i] = (byte) read();
			}
			return len;
		}

	}

	@Test
	void contestPhotosAreJpegOrPngByContentAndNothingElse() {
		StoredFiles store = files(1_000_000);
		byte[] png = { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 'I', 'H', 'D', 'R' };
		byte[] jpeg = { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F', 0 };

		assertThat(
				store.store(new java.io.ByteArrayInputStream(png), FileType.PHOTOS, "contest.file.type.PHOTO").type())
			.isEqualTo(FileType.PNG);
		assertThat(
				store.store(new java.io.ByteArrayInputStream(jpeg), FileType.PHOTOS, "contest.file.type.PHOTO").type())
			.isEqualTo(FileType.JPEG);
		assertThatThrownBy(() -> store.store(new java.io.ByteArrayInputStream(DemoMaterial.pdf(List.of("Ảnh giả"))),
				FileType.PHOTOS, "contest.file.type.PHOTO"))
			.isInstanceOf(InvalidInput.class)
			.satisfies((ex) -> assertThat(((InvalidInput) ex).problems().get(0).messageKey())
				.isEqualTo("contest.file.type.PHOTO"));
	}

	@Test
	void theLibraryStillRefusesImages() {
		byte[] png = { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 'I', 'H', 'D', 'R' };

		assertThatThrownBy(() -> files(1_000_000).store(png)).isInstanceOf(InvalidInput.class);
	}

}
