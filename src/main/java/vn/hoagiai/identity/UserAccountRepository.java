package vn.hoagiai.identity;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

interface UserAccountRepository extends JpaRepository<UserAccount, Long>, JpaSpecificationExecutor<UserAccount> {

	boolean existsByUsername(String username);

	Optional<UserAccount> findByUsername(String username);

	@Query("select count(u) from UserAccount u where u.demoPassword = true")
	long countWithDemoPassword();

}
