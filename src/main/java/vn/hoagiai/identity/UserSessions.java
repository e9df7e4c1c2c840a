package vn.hoagiai.identity;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Service;

import vn.hoagiai.audit.AuditAction;
import vn.hoagiai.audit.AuditTrail;
import vn.hoagiai.audit.Changes;
import vn.hoagiai.shared.CurrentViewer;
import vn.hoagiai.shared.RecordNotFound;
import vn.hoagiai.shared.Viewer;

/**
 * The signed-in user's sessions in the shared session store (ASVS 3.3.4): list them, end
 * one or all others. Sessions are named by a handle derived from the id, never by the id.
 */
@Service
public class UserSessions {

	private final FindByIndexNameSessionRepository<? extends Session> sessions;

	private final AuditTrail audit;

	UserSessions(FindByIndexNameSessionRepository<? extends Session> sessions, AuditTrail audit) {
		this.sessions = sessions;
		this.audit = audit;
	}

	/** The current user's sessions, newest activity first. */
	public List<SessionView> mine(String currentSessionId) {
		Viewer viewer = CurrentViewer.require();
		return of(viewer.username()).values()
			.stream()
			.map((s) -> new SessionView(handle(s.getId()), LocalTimes.local(s.getCreationTime()),
					LocalTimes.local(s.getLastAccessedTime()), s.getId().equals(currentSessionId)))
			.sorted(Comparator.comparing(SessionView::lastAccessedAt).reversed())
			.toList();
	}

	/**
	 * Ends the current user's session with {@code handle}; another user's or an unknown
	 * handle answers {@link RecordNotFound}.
	 */
	public void endMine(String handle, String currentSessionId) {
		Viewer viewer = CurrentViewer.require();
		Session session = of(viewer.username()).values()
			.stream()
			.filter((s) -> handle(s.getId()).equals(handle) && !s.getId().equals(currentSessionId))
			.findFirst()
			.orElseThrow(() -> new RecordNotFound("Session", handle));
		end(viewer, session);
	}

	/** Ends every session of the current user but {@code currentSessionId}. */
	public int endMyOthers(String currentSessionId) {
		Viewer viewer = CurrentViewer.require();
		List<? extends Session> others = of(viewer.username()).values()
			.stream()
			.filter((s) -> !s.getId().equals(currentSessionId))
			.toList();
		others.forEach((s) -> end(viewer, s));
		return others.size();
	}

	/** Ends every session of {@code username}, after a deactivation or password reset. */
	int endAll(String username) {
		Map<String, ? extends Session> all = of(username);
		all.keySet().forEach(this.sessions::deleteById);
		return all.size();
	}

	private void end(Viewer viewer, Session session) {
		this.sessions.deleteById(session.getId());
		this.audit.record(AuditAction.LOGOUT, "Session", handle(session.getId()), viewer.unitId(),
				Changes.none().note("endedBy", viewer.username()));
	}

	private Map<String, ? extends Session> of(String username) {
		return this.sessions.findByPrincipalName(username);
	}

	static String handle(String sessionId) {
		return ApiTokens.hash("session:" + sessionId).substring(0, 16);
	}

}
