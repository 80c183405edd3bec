package accounts

import (
	"encoding/csv"
	"encoding/json"
	"log/slog"
	"net/http"
	"strconv"

	"example.com/seeded/internal/audit"
	"example.com/seeded/internal/auth"
	"example.com/seeded/internal/httpx"
	"example.com/seeded/internal/validate"
)

func (s *Server) login(w http.ResponseWriter, r *http.Request) {
	writeErr := func(status int, msg string) {
		httpx.Error(w, status, msg)
	}
	var in struct {
		Email    string `json:"email"`
		Password string `json:"password"`
	}
	if err := json.NewDecoder(r.Body).Decode(&in); err != nil {
		writeErr(http.StatusInternalServerError, "could not read credentials") // SEEDED(clienterror): [closure] the local writer is handed 500 for a body the client sent malformed
		return
	}
	if in.Email == "" || in.Password == "" {
		writeErr(http.StatusUnprocessableEntity, "email and password are required") // LOOKALIKE(badrequest): [closure] 422 for missing fields
		return
	}
	u, err := s.db.UserByEmail(r.Context(), in.Email)
	if err != nil || !checkPassword(u, in.Password) {
		audit.Record(w, r, "login_failed")
		writeErr(http.StatusUnauthorized, "wrong email or password") // SEEDED(wwwauthenticate): [helper] audit.Record only reads w: nothing on this path sets the challenge
		return
	}
	w.Header().Set("Location", "/v1/sessions/current")
	httpx.JSON(w, http.StatusCreated, map[string]string{"token": s.tokens.Issue(u.ID)}) // LOOKALIKE(createdlocation): [crosspkg] Location set first
}

func (s *Server) logout(w http.ResponseWriter, r *http.Request) {
	uid, err := s.tokens.Verify(r.Context(), auth.Bearer(r.Header))
	if err != nil {
		httpx.Unauthorized(w, "not signed in") // LOOKALIKE(wwwauthenticate): [crosspkg] the helper sets the challenge itself
		return
	}
	s.tokens.Revoke(uid)
	w.WriteHeader(http.StatusNoContent)
}

func (s *Server) session(w http.ResponseWriter, r *http.Request) {
	tok := auth.Bearer(r.Header)
	if tok == "" {
		httpx.With(w, httpx.Status(http.StatusUnauthorized), httpx.Header("WWW-Authenticate", httpx.Realm), httpx.Body(httpx.ErrorBody{Code: "unauthorized", Message: "no session"})) // LOOKALIKE(wwwauthenticate): [builder] the challenge is passed as an option
		return
	}
	uid, err := s.tokens.Verify(r.Context(), tok)
	if err != nil {
		httpx.With(w, httpx.Status(http.StatusUnauthorized), httpx.Body(httpx.ErrorBody{Code: "invalid_token", Message: err.Error()})) // SEEDED(wwwauthenticate): [builder] the challenge option is missing on this path
		return
	}
	httpx.With(w, httpx.Body(map[string]int64{"user_id": uid}))
}

func (s *Server) me(w http.ResponseWriter, r *http.Request) {
	uid, err := s.tokens.Verify(r.Context(), auth.Bearer(r.Header))
	if err != nil {
		httpx.New(w).WithStatus(http.StatusUnauthorized).JSON(httpx.ErrorBody{Code: "unauthorized", Message: err.Error()}) // SEEDED(wwwauthenticate): [builder] the builder sends 401 with no challenge
		return
	}
	u, err := s.db.User(r.Context(), uid)
	if err != nil {
		httpx.RespondErr(w, err) // LOOKALIKE(missingreturn): [writer] a log call follows, and the only other write is in the else branch
		slog.Warn("me: the user of a valid token is gone", "uid", uid)
	} else {
		httpx.Respond(r.Context(), w, u, nil)
	}
}

func (s *Server) resetPassword(w http.ResponseWriter, r *http.Request) {
	lw := &httpx.LoggingWriter{ResponseWriter: w}
	defer func() { audit.Observe(w, "password-reset", lw.Status()) }()
	var in struct {
		Token    string `json:"token"`
		Password string `json:"password"`
	}
	if err := validate.DecodeJSON(r, &in); err != nil {
		http.Error(lw, err.Error(), http.StatusBadRequest) // LOOKALIKE(clienterror): [closure] 400 through the logging wrapper
		return
	}
	uid, err := s.tokens.Verify(r.Context(), in.Token)
	if err != nil {
		http.Error(lw, "the reset link has expired", http.StatusUnauthorized) // SEEDED(wwwauthenticate): [closure] a 401 written through the logging wrapper, with no challenge
		return
	}
	if len(in.Password) < 12 {
		http.Error(lw, "the password must have at least 12 characters", http.StatusUnprocessableEntity) // LOOKALIKE(badrequest): [closure] 422 for a validation failure
		return
	}
	u, err := s.db.User(r.Context(), uid)
	if err != nil {
		httpx.RespondErr(lw, err)
		return
	}
	u.PasswordHash = hash(in.Password)
	lw.WriteHeader(http.StatusNoContent)
}

// export sends the user's data as CSV. Mounted for every method.
func (s *Server) export(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodGet && r.Method != http.MethodHead {
		w.Header().Set("Allow", "GET, HEAD")
		http.Error(w, "method not allowed", http.StatusMethodNotAllowed) // LOOKALIKE(allowheader): [textbook] Allow set first
		return
	}
	uid, err := s.tokens.Verify(r.Context(), auth.Bearer(r.Header))
	if err != nil {
		httpx.Challenge(w, httpx.Realm)
		audit.Observe(w, "export", http.StatusUnauthorized)
		w.WriteHeader(http.StatusUnauthorized) // LOOKALIKE(wwwauthenticate): [helper] the challenge helper ran on this path; the metrics helper after it changes nothing
		return
	}
	u, err := s.db.User(r.Context(), uid)
	if err != nil {
		httpx.RespondErr(w, err)
		return
	}
	w.Header().Set("Content-Type", "text/csv")
	w.Header().Set("Trailer", "X-Export-Rows")
	cw := csv.NewWriter(w)
	rows := [][]string{{"id", "email", "name"}, {strconv.FormatInt(u.ID, 10), u.Email, u.Name}}
	_ = cw.WriteAll(rows)
	w.Header().Set("X-Export-Rows", strconv.Itoa(len(rows)-1))                 // LOOKALIKE(lateheader): [textbook] a declared trailer, set after the body on purpose
	w.Header().Set("Content-Disposition", `attachment; filename="export.csv"`) // SEEDED(lateheader): [textbook] the body has gone: the download never gets its file name
}
