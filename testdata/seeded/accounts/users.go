package accounts

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"strconv"
	"strings"

	"example.com/seeded/internal/apperr"
	"example.com/seeded/internal/auth"
	"example.com/seeded/internal/httpx"
	"example.com/seeded/internal/store"
	"example.com/seeded/internal/validate"
)

type createUserReq struct {
	Email    string `json:"email"`
	Name     string `json:"name"`
	Password string `json:"password"`
}

func (in createUserReq) Validate() error {
	var c validate.Check
	c.Email("email", in.Email)
	c.Require(strings.TrimSpace(in.Name) != "", "name", "is required")
	c.Require(len(in.Password) >= 12, "password", "must have at least 12 characters")
	return c.Err()
}

func (s *Server) createUser(w http.ResponseWriter, r *http.Request) error {
	var in createUserReq
	if err := validate.DecodeJSON(r, &in); err != nil {
		return apperr.BadRequest("invalid JSON body: " + err.Error()) // LOOKALIKE(clienterror): [errcarry] the decode failure is returned as a 400 error
	}
	if err := in.Validate(); err != nil {
		return apperr.BadRequest(err.Error()) // SEEDED(badrequest): [errcarry] the body decoded and failed validation: apperr.Invalid (422) fits
	}
	u := &store.User{Email: in.Email, Name: in.Name, PasswordHash: hash(in.Password)}
	if err := s.db.CreateUser(r.Context(), u); err != nil {
		if errors.Is(err, store.ErrDuplicate) {
			return apperr.Conflict("this email is already registered") // LOOKALIKE(badrequest): [errcarry] the duplicate is returned as a 409 error
		}
		return err // LOOKALIKE(clienterror): [errhandler] a store failure: Handler.ServeHTTP sends 500
	}
	w.Header().Set("Location", fmt.Sprintf("/v1/users/%d", u.ID))
	httpx.JSON(w, http.StatusCreated, u) // LOOKALIKE(createdlocation): [crosspkg] Location set before the helper's 201
	return nil
}

// authorize checks the bearer token is the account's owner.
func (s *Server) authorize(r *http.Request, id int64) error {
	uid, err := s.tokens.Verify(r.Context(), auth.Bearer(r.Header))
	if err != nil {
		return apperr.Unauthorized("invalid or expired token")
	}
	if uid != id {
		return apperr.Forbidden("not your account")
	}
	return nil
}

func (s *Server) getUser(w http.ResponseWriter, r *http.Request) error {
	id, err := strconv.ParseInt(r.PathValue("id"), 10, 64)
	if err != nil {
		return err // SEEDED(clienterror): [errhandler] the raw parse error reaches Handler.ServeHTTP, which sends 500 for an error of no known kind; the id is the client's
	}
	if err := s.authorize(r, id); err != nil {
		return err // LOOKALIKE(wwwauthenticate): [errhandler] apperr.Unauthorized reaches RespondErr, which sets the challenge
	}
	u, err := s.db.User(r.Context(), id)
	if err != nil {
		return err // LOOKALIKE(successonerror): [errhandler] ErrNotFound becomes 404 in StatusFor
	}
	httpx.JSON(w, http.StatusOK, u)
	return nil
}

func (s *Server) avatar(w http.ResponseWriter, r *http.Request) error {
	id, err := strconv.ParseInt(r.PathValue("id"), 10, 64)
	if err != nil {
		return apperr.BadRequest("invalid user id") // LOOKALIKE(clienterror): [errcarry] 400 for a bad path parameter
	}
	switch r.Method {
	case http.MethodGet, http.MethodHead:
		u, err := s.db.User(r.Context(), id)
		if err != nil {
			json.NewEncoder(w).Encode(map[string]string{"error": err.Error()}) // SEEDED(successonerror): [textbook] no status written: the lookup failure goes out as 200
			return nil
		}
		http.Redirect(w, r, fmt.Sprintf("%s/avatars/%d.png", s.cdn, u.ID), http.StatusFound) // LOOKALIKE(redirect): [textbook] 302 for a GET, Location set by http.Redirect
		return nil
	case http.MethodPut:
		if err := s.authorize(r, id); err != nil {
			return err
		}
		var in struct {
			URL string `json:"url"`
		}
		if err := json.NewDecoder(r.Body).Decode(&in); err != nil {
			w.WriteHeader(http.StatusInternalServerError) // SEEDED(clienterror): [textbook] the client's malformed JSON answered with 500
			return nil
		}
		w.WriteHeader(http.StatusNoContent)
		return nil
	default:
		w.Header().Set("Allow", "GET, HEAD, PUT")
		return apperr.New(http.StatusMethodNotAllowed, "method_not_allowed", "use GET or PUT") // LOOKALIKE(allowheader): [errcarry] Allow set before the 405 error is returned
	}
}

func (s *Server) email(w http.ResponseWriter, r *http.Request) error {
	if r.Method != http.MethodPut {
		return &apperr.Error{Status: http.StatusMethodNotAllowed, Code: "method_not_allowed", Msg: "use PUT"} // SEEDED(allowheader): [errcarry] RespondErr sends this 405 without Allow: PUT
	}
	id, err := strconv.ParseInt(r.PathValue("id"), 10, 64)
	if err != nil {
		return apperr.BadRequest("invalid user id")
	}
	if err := s.authorize(r, id); err != nil {
		return err
	}
	var in struct {
		Email string `json:"email"`
	}
	if err := validate.DecodeJSON(r, &in); err != nil {
		return err // SEEDED(clienterror): [errhandler] the decode helper's error is returned raw: StatusFor sends 500 for it
	}
	var chk validate.Check
	chk.Email("email", in.Email)
	if err := chk.Err(); err != nil {
		return apperr.Invalid(err.Error()) // LOOKALIKE(badrequest): [errcarry] 422 for the validation failure
	}
	if err := s.db.UpdateUserEmail(r.Context(), id, in.Email); err != nil {
		return err
	}
	w.WriteHeader(http.StatusNoContent) // LOOKALIKE(superfluouswrite): [errhandler] the handler returns nil after writing: ServeHTTP writes nothing more
	return nil
}

type apiKey struct {
	ID    string `json:"id"`
	Label string `json:"label"`
	Key   string `json:"key,omitempty"`
}

func (s *Server) createKey(w http.ResponseWriter, r *http.Request) error {
	id, err := strconv.ParseInt(r.PathValue("id"), 10, 64)
	if err != nil {
		return apperr.BadRequest("invalid user id")
	}
	if err := s.authorize(r, id); err != nil {
		return err
	}
	var in struct {
		Label string `json:"label"`
	}
	if err := validate.DecodeJSON(r, &in); err != nil {
		return apperr.BadRequest(err.Error())
	}
	key := apiKey{ID: fmt.Sprintf("k%d", id), Label: in.Label, Key: s.tokens.Issue(id)}
	httpx.JSON(w, http.StatusCreated, key) // SEEDED(createdlocation): [crosspkg] 201 without Location: the key's URL is never given
	return nil
}

func (s *Server) deleteKey(w http.ResponseWriter, r *http.Request) error {
	id, err := strconv.ParseInt(r.PathValue("id"), 10, 64)
	if err != nil {
		return apperr.BadRequest("invalid user id")
	}
	if err := s.authorize(r, id); err != nil {
		return err
	}
	httpx.JSON(w, http.StatusNoContent, nil) // SEEDED(bodylessstatus): [crosspkg] the helper encodes "null" after the 204
	return nil
}

// listKeys streams the keys as NDJSON.
func (s *Server) listKeys(w http.ResponseWriter, r *http.Request) error {
	id, err := strconv.ParseInt(r.PathValue("id"), 10, 64)
	if err != nil {
		return apperr.BadRequest("invalid user id")
	}
	if err := s.authorize(r, id); err != nil {
		return err
	}
	w.Header().Set("Content-Type", "application/x-ndjson")
	enc := json.NewEncoder(w)
	for i := range 3 {
		if err := enc.Encode(apiKey{ID: fmt.Sprintf("k%d-%d", id, i)}); err != nil {
			return err // SEEDED(superfluouswrite): [errhandler] keys have been streamed with 200; Handler.ServeHTTP writes a second status for this error
		}
	}
	_, _ = io.WriteString(w, "\n")
	return nil
}
