package vn.hoagiai.identity;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface UserAccountRepository extends JpaRepository<UserAccount, Long> {

	Optional<UserAccount> findByUsername(String username);

	@Query("select count(u) from UserAccount u where u.demoPassword = true")
	long countWithDemoPassword();

}
