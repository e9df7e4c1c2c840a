package vn.hoagiai.indicators;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;

import vn.hoagiai.audit.AuditTrail;
import vn.hoagiai.organization.UnitDirectory;
import vn.hoagiai.organization.UnitScope;

/**
 * The indicator services on an empty in-memory H2 that Flyway migrates, with the
 * organization lookups they use. {@code -Dhoagiai.test.ind-url=jdbc:postgresql://...}
 * runs it on PostgreSQL instead.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@DataJpaTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@TestPropertySource(properties = {
		"spring.datasource.url=${hoagiai.test.ind-url:jdbc:h2:mem:indtest;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1}",
		"spring.datasource.username=${hoagiai.test.ind-user:sa}", "spring.datasource.password=", "hoagiai.demo=false",
		"hoagiai.indicators.snapshots.enabled=false" })
@EnableConfigurationProperties({ IndicatorProperties.class, SnapshotSettings.class })
@Import({ UnitDirectory.class, UnitScope.class, AuditTrail.class, IndicatorQueries.class, UnitMaps.class,
		UnitTrees.class, IndicatorService.class, IndicatorRecords.class, TargetService.class, CommuneCounts.class,
		IndicatorSnapshots.class, SnapshotStore.class })
@interface IndicatorsJpaTest {

}
