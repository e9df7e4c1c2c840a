package vn.hoagiai.identity;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.MapSession;

import vn.hoagiai.audit.AuditTrail;
import vn.hoagiai.shared.RecordNotFound;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

class UserSessionsTests {

	@SuppressWarnings("unchecked")
	private final FindByIndexNameSessionRepository<MapSession> store = mock(FindByIndexNameSessionRepository.class);

	private final UserSessions sessions = new UserSessions(this.store, mock(AuditTrail.class));

	private final MapSession phone = new MapSession("session-on-phone");

	private final MapSession office = new MapSession("session-in-office");

	@BeforeEach
	void twoSessions() {
		UserDetails user = IdentityFixtures.ducXuanOfficer();
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
		given(this.store.findByPrincipalName("tuphap.ducxuan"))
			.willReturn(Map.of(this.phone.getId(), this.phone, this.office.getId(), this.office));
	}

	@AfterEach
	void signOut() {
		SecurityContextHolder.clearContext();
	}

	@Test
	void listsMySessionsByHandleNeverById() {
		List<SessionView> mine = this.sessions.mine(this.office.getId());
		assertThat(mine).hasSize(2)
			.extracting(SessionView::handle)
			.doesNotContain(this.phone.getId(), this.office.getId());
		assertThat(mine).filteredOn(SessionView::current)
			.extracting(SessionView::handle)
			.containsExactly(UserSessions.handle(this.office.getId()));
	}

	@Test
	void endsAnotherOfMySessions() {
		this.sessions.endMine(UserSessions.handle(this.phone.getId()), this.office.getId());
		verify(this.store).deleteById(this.phone.getId());
	}

	@Test
	void aHandleThatIsNotMineAnswersNotFound() {
		assertThatThrownBy(() -> this.sessions.endMine("0123456789abcdef", this.office.getId()))
			.isInstanceOf(RecordNotFound.class);
		verify(this.store, never()).deleteById(anyString());
	}

	@Test
	void endingAllOthersKeepsTheCurrentSession() {
		assertThat(this.sessions.endMyOthers(this.office.getId())).isEqualTo(1);
		verify(this.store).deleteById(this.phone.getId());
		verify(this.store, never()).deleteById(this.office.getId());
	}

}
