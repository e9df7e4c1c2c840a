package vn.hoagiai;

import java.net.URL;
import java.security.CodeSource;
import java.security.cert.Certificate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class HoagiaiApplicationTests {

	@Test
	void onlyAJarStartsFromTheBuildTimeBeanDefinitions() throws Exception {
		assertThat(HoagiaiApplication.isPackagedJar(source("jar:file:/srv/hoagiai.jar!/BOOT-INF/classes!/"))).isTrue();
		assertThat(HoagiaiApplication.isPackagedJar(source("file:/srv/app/hoagiai-0.1.0.jar"))).isTrue();
		assertThat(HoagiaiApplication.isPackagedJar(source("file:/work/hoagiai/target/classes/"))).isFalse();
		assertThat(HoagiaiApplication.isPackagedJar(null)).isFalse();
	}

	private static CodeSource source(String location) throws Exception {
		return new CodeSource(new URL(location), (Certificate[]) null);
	}

}
