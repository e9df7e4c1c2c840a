package vn.hoagiai.organization;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;

import vn.hoagiai.audit.AuditTrail;

/**
 * A JPA slice with the organization services on an in-memory H2 that Flyway migrates. To
 * run it on PostgreSQL instead, pass {@code -Dhoagiai.test.org-url=jdbc:postgresql://...}
 * and {@code -Dhoagiai.test.org-user=...}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@DataJpaTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@TestPropertySource(properties = {
		"spring.datasource.url=${hoagiai.test.org-url:jdbc:h2:mem:orgtest;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1}",
		"spring.datasource.username=${hoagiai.test.org-user:sa}", "spring.datasource.password=", "hoagiai.demo=false" })
@Import({ UnitDirectory.class, UnitScope.class, DirectoryMap.class, UnitWrites.class, PlanExecutor.class,
		Reorganiser.class, UnitAdministration.class, UnitHistory.class, AuditTrail.class, OrganizationFixtures.class })
@interface OrganizationJpaTest {

}
