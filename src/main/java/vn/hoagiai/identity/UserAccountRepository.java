package vn.hoagiai.identity;

import java.time.Instant;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface UserAccountRepository extends JpaRepository<UserAccount, Long>, JpaSpecificationExecutor<UserAccount> {

	boolean existsByUsername(String username);

	Optional<UserAccount> findByUsername(String username);

	/**
	 * Notes a sign-in without touching the version, so that signing in never makes an
	 * administrator's open edit stale.
	 */
	@Modifying
	@Query("update UserAccount u set u.lastLoginAt = ?2 where u.id = ?1")
	int recordSignIn(Long id, Instant at);

	@Query("select count(u) from UserAccount u where u.demoPassword = true")
	long countWithDemoPassword();

}
