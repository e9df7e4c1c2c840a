package vn.hoagiai;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every user-visible text comes from the message bundles: the Vietnamese and English
 * bundles hold the same keys, and templates hold no literal text.
 */
class MessageBundlesTests {

	private static final Path MESSAGES = Path.of("src/main/resources/messages");

	private static final Path TEMPLATES = Path.of("src/main/resources/templates");

	private static final Pattern LITERAL_ATTRIBUTE = Pattern
		.compile("\\s(?<!th:)(title|placeholder|alt|aria-label)=\"([^\"]*\\p{L}[^\"]*)\"");

	private static final Set<String> ALLOWED_LITERALS = Set.of("x");

	@Test
	void everyBundleHasTheSameKeysInBothLanguages() throws IOException {
		try (Stream<Path> files = Files.list(MESSAGES)) {
			for (Path vi : files.filter((p) -> !p.getFileName().toString().contains("_")).toList()) {
				Path en = vi.resolveSibling(vi.getFileName().toString().replace(".properties", "_en.properties"));
				assertThat(en).as("English bundle for " + vi).exists();
				assertThat(keys(en)).as("keys of " + en).isEqualTo(keys(vi));
			}
		}
	}

	@Test
	void templatesHoldNoLiteralText() throws IOException {
		List<String> problems = new ArrayList<>();
		try (Stream<Path> files = Files.walk(TEMPLATES)) {
			for (Path template : files.filter((p) -> p.toString().endsWith(".html")).toList()) {
				String html = Files.readString(template)
					.replaceAll("(?s)<!--.*?-->", "")
					.replaceAll("(?s)<script.*?</script>", "<script></script>")
					.replaceAll("(?s)<style.*?</style>", "<style></style>");
				for (String raw : textNodes(html)) {
					String node = raw.strip();
					if (node.codePoints().anyMatch(Character::isLetter) && !ALLOWED_LITERALS.contains(node)) {
						problems.add(TEMPLATES.relativize(template) + ": text \"" + node + "\"");
					}
				}
				Matcher attribute = LITERAL_ATTRIBUTE.matcher(html);
				while (attribute.find()) {
					problems.add(TEMPLATES.relativize(template) + ": attribute " + attribute.group(1) + "=\""
							+ attribute.group(2) + "\"");
				}
			}
		}
		assertThat(problems).as("literal text in templates (use th:text with a message key)").isEmpty();
	}

	/**
	 * The text between tags, with quoted attribute values (which may hold '>') skipped.
	 */
	private static List<String> textNodes(String html) {
		List<String> nodes = new ArrayList<>();
		StringBuilder text = new StringBuilder();
		boolean inTag = false;
		char quote = 0;
		for (char c : html.toCharArray()) {
			if (inTag) {
				if (quote != 0) {
					quote = (c == quote) ? 0 : quote;
				}
				else if (c == '"' || c == '\'') {
					quote = c;
				}
				else if (c == '>') {
					inTag = false;
				}
			}
			else if (c == '<') {
				inTag = true;
				nodes.add(text.toString());
				text.setLength(0);
			}
			else {
				text.append(c);
			}
		}
		nodes.add(text.toString());
		return nodes;
	}

	private static Set<String> keys(Path bundle) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = Files.newInputStream(bundle)) {
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return new TreeSet<>(properties.stringPropertyNames());
	}

}
