package vn.hoagiai.support;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A real HTTP client with its own cookie jar, for tests that go through the whole
 * security chain as a browser would: sign in with the CSRF cookie, then call pages and
 * the API.
 */
public final class HttpSession {

	private final String base;

	private final CookieManager cookies = new CookieManager();

	private final HttpClient client;

	public HttpSession(int port) {
		this.base = "http://localhost:" + port;
		this.client = HttpClient.newBuilder()
			.cookieHandler(this.cookies)
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();
	}

	/** Signs in through the login form; returns the redirect target ("/" on success). */
	public String signIn(String username, String password) {
		get("/login");
		HttpResponse<String> response = post("/login", Map.of("username", username, "password", password));
		return response.headers().firstValue("Location").orElse("");
	}

	/** A page request, with the Accept header a browser sends. */
	public HttpResponse<String> get(String path) {
		return send(HttpRequest.newBuilder(URI.create(this.base + path))
			.header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8")
			.GET());
	}

	public HttpResponse<String> getJson(String path) {
		return send(HttpRequest.newBuilder(URI.create(this.base + path)).header("Accept", "application/json").GET());
	}

	/** A form post carrying the CSRF token from the XSRF-TOKEN cookie, as htmx does. */
	public HttpResponse<String> post(String path, Map<String, String> form) {
		return send(formRequest(path, form).header("X-XSRF-TOKEN", csrfToken()));
	}

	/** A form post without any CSRF token. */
	public HttpResponse<String> postWithoutCsrf(String path, Map<String, String> form) {
		return send(formRequest(path, form));
	}

	public String csrfToken() {
		return this.cookies.getCookieStore()
			.getCookies()
			.stream()
			.filter((c) -> c.getName().equals("XSRF-TOKEN"))
			.map(HttpCookie::getValue)
			.findFirst()
			.orElse("");
	}

	public HttpResponse<String> send(HttpRequest.Builder request) {
		try {
			return this.client.send(request.build(), HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/** A download (a spreadsheet, a PDF) as bytes. */
	public HttpResponse<byte[]> getBytes(String path) {
		try {
			return this.client.send(HttpRequest.newBuilder(URI.create(this.base + path)).GET().build(),
					HttpResponse.BodyHandlers.ofByteArray());
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	public String url(String path) {
		return this.base + path;
	}

	private HttpRequest.Builder formRequest(String path, Map<String, String> form) {
		String body = form.entrySet()
			.stream()
			.map((e) -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
					+ URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
		return HttpRequest.newBuilder(URI.create(this.base + path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body));
	}

}
