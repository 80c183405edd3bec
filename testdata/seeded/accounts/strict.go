package accounts

// The v2 API is written in oapi-codegen's strict-server shape: a handler
// returns a typed response object per status, and the object writes itself.
// The types are written by hand here; the team keeps them next to the spec.

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"strconv"

	"example.com/seeded/internal/auth"
	"example.com/seeded/internal/store"
)

type Message struct {
	Message string `json:"message"`
}

type GetUserRequestObject struct{ ID int64 }

type GetUserResponseObject interface {
	VisitGetUserResponse(w http.ResponseWriter) error
}

type GetUser200JSONResponse store.User

func (resp GetUser200JSONResponse) VisitGetUserResponse(w http.ResponseWriter) error {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(200)
	return json.NewEncoder(w).Encode(resp)
}

type GetUser401JSONResponse Message

func (resp GetUser401JSONResponse) VisitGetUserResponse(w http.ResponseWriter) error {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(401) // SEEDED(wwwauthenticate): [typed] every 401 of GET /v2/users/{id} goes out without a challenge
	return json.NewEncoder(w).Encode(resp)
}

type GetUser404JSONResponse Message

func (resp GetUser404JSONResponse) VisitGetUserResponse(w http.ResponseWriter) error {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(404)
	return json.NewEncoder(w).Encode(resp)
}

type GetUser500JSONResponse Message

func (resp GetUser500JSONResponse) VisitGetUserResponse(w http.ResponseWriter) error {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(500)
	return json.NewEncoder(w).Encode(resp)
}

type CreateUserRequestObject struct{ Body *createUserReq }

type CreateUserResponseObject interface {
	VisitCreateUserResponse(w http.ResponseWriter) error
}

type CreateUser201ResponseHeaders struct{ Location string }

type CreateUser201JSONResponse struct {
	Body    store.User
	Headers CreateUser201ResponseHeaders
}

func (resp CreateUser201JSONResponse) VisitCreateUserResponse(w http.ResponseWriter) error {
	w.Header().Set("Content-Type", "application/json")
	w.Header().Set("Location", resp.Headers.Location)
	w.WriteHeader(201) // LOOKALIKE(createdlocation): [typed] Location comes from the typed headers
	return json.NewEncoder(w).Encode(resp.Body)
}

type CreateUser409JSONResponse Message

func (resp CreateUser409JSONResponse) VisitCreateUserResponse(w http.ResponseWriter) error {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(409)
	return json.NewEncoder(w).Encode(resp)
}

type CreateUser422JSONResponse Message

func (resp CreateUser422JSONResponse) VisitCreateUserResponse(w http.ResponseWriter) error {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(422)
	return json.NewEncoder(w).Encode(resp)
}

type CreateUser500JSONResponse Message

func (resp CreateUser500JSONResponse) VisitCreateUserResponse(w http.ResponseWriter) error {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(500)
	return json.NewEncoder(w).Encode(resp)
}

type DeleteUserRequestObject struct{ ID int64 }

type DeleteUserResponseObject interface {
	VisitDeleteUserResponse(w http.ResponseWriter) error
}

type DeleteUser204Response struct{}

func (resp DeleteUser204Response) VisitDeleteUserResponse(w http.ResponseWriter) error {
	w.WriteHeader(204)
	return json.NewEncoder(w).Encode(resp) // SEEDED(bodylessstatus): [typed] encodes "{}" after the 204
}

type DeleteUser404JSONResponse Message

func (resp DeleteUser404JSONResponse) VisitDeleteUserResponse(w http.ResponseWriter) error {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(404)
	return json.NewEncoder(w).Encode(resp)
}

// StrictServer is the v2 API.
type StrictServer interface {
	GetUser(ctx context.Context, req GetUserRequestObject) (GetUserResponseObject, error)
	CreateUser(ctx context.Context, req CreateUserRequestObject) (CreateUserResponseObject, error)
	DeleteUser(ctx context.Context, req DeleteUserRequestObject) (DeleteUserResponseObject, error)
}

type uidKey struct{}

// strictRoutes adapts a StrictServer to net/http the way the generated
// wrapper does: parameters are parsed here, the handler's response writes
// itself, and a handler's error is a 500.
func (s *Server) strictRoutes(ss StrictServer) http.Handler {
	mux := http.NewServeMux()
	withUser := func(r *http.Request) context.Context {
		ctx := r.Context()
		if uid, err := s.tokens.Verify(ctx, auth.Bearer(r.Header)); err == nil {
			ctx = context.WithValue(ctx, uidKey{}, uid)
		}
		return ctx
	}
	mux.HandleFunc("GET /users/{id}", func(w http.ResponseWriter, r *http.Request) {
		id, err := strconv.ParseInt(r.PathValue("id"), 10, 64)
		if err != nil {
			http.Error(w, fmt.Sprintf("Invalid format for parameter id: %s", err), http.StatusBadRequest) // LOOKALIKE(clienterror): [typed] the wrapper answers a bad path parameter with 400
			return
		}
		resp, err := ss.GetUser(withUser(r), GetUserRequestObject{ID: id})
		if err != nil {
			http.Error(w, err.Error(), http.StatusInternalServerError) // LOOKALIKE(clienterror): [typed] the handler's own failure
			return
		}
		if err := resp.VisitGetUserResponse(w); err != nil {
			slog.Warn("writing response", "err", err)
		}
	})
	mux.HandleFunc("POST /users", func(w http.ResponseWriter, r *http.Request) {
		var body createUserReq
		if err := json.NewDecoder(r.Body).Decode(&body); err != nil {
			http.Error(w, "can't decode JSON body: "+err.Error(), http.StatusBadRequest) // LOOKALIKE(badrequest): [typed] 400 for a body that does not decode
			return
		}
		resp, err := ss.CreateUser(withUser(r), CreateUserRequestObject{Body: &body})
		if err != nil {
			http.Error(w, err.Error(), http.StatusInternalServerError)
			return
		}
		if err := resp.VisitCreateUserResponse(w); err != nil {
			slog.Warn("writing response", "err", err)
		}
	})
	mux.HandleFunc("DELETE /users/{id}", func(w http.ResponseWriter, r *http.Request) {
		id, err := strconv.ParseInt(r.PathValue("id"), 10, 64)
		if err != nil {
			http.Error(w, fmt.Sprintf("Invalid format for parameter id: %s", err), http.StatusBadRequest)
			return
		}
		resp, err := ss.DeleteUser(withUser(r), DeleteUserRequestObject{ID: id})
		if err != nil {
			http.Error(w, err.Error(), http.StatusInternalServerError)
			return
		}
		if err := resp.VisitDeleteUserResponse(w); err != nil {
			slog.Warn("writing response", "err", err)
		}
	})
	return mux
}

type strictImpl struct{ db *store.DB }

func (si strictImpl) GetUser(ctx context.Context, req GetUserRequestObject) (GetUserResponseObject, error) {
	if _, ok := ctx.Value(uidKey{}).(int64); !ok {
		return GetUser401JSONResponse{Message: "sign in first"}, nil
	}
	u, err := si.db.User(ctx, req.ID)
	if errors.Is(err, store.ErrNotFound) {
		return GetUser200JSONResponse{}, nil // SEEDED(successonerror): [typed] an unknown user is served as an empty user with 200: GetUser404JSONResponse exists for this
	}
	if err != nil {
		return GetUser500JSONResponse{Message: "internal error"}, nil // LOOKALIKE(clienterror): [typed] the store failed: 500
	}
	return GetUser200JSONResponse(*u), nil
}

func (si strictImpl) CreateUser(ctx context.Context, req CreateUserRequestObject) (CreateUserResponseObject, error) {
	if err := req.Body.Validate(); err != nil {
		return CreateUser500JSONResponse{Message: err.Error()}, nil // SEEDED(clienterror): [typed] the client's body failed validation and is answered with 500: CreateUser422JSONResponse
	}
	u := &store.User{Email: req.Body.Email, Name: req.Body.Name, PasswordHash: hash(req.Body.Password)}
	err := si.db.CreateUser(ctx, u)
	if errors.Is(err, store.ErrDuplicate) {
		return CreateUser409JSONResponse{Message: "this email is already registered"}, nil // LOOKALIKE(badrequest): [typed] a duplicate is a 409
	}
	if err != nil {
		return nil, err
	}
	return CreateUser201JSONResponse{Body: *u, Headers: CreateUser201ResponseHeaders{Location: fmt.Sprintf("/v2/users/%d", u.ID)}}, nil
}

func (si strictImpl) DeleteUser(ctx context.Context, req DeleteUserRequestObject) (DeleteUserResponseObject, error) {
	uid, ok := ctx.Value(uidKey{}).(int64)
	if !ok || uid != req.ID {
		return DeleteUser404JSONResponse{Message: "no such user"}, nil
	}
	if err := si.db.DeleteUser(ctx, req.ID); errors.Is(err, store.ErrNotFound) {
		return DeleteUser404JSONResponse{Message: "no such user"}, nil // LOOKALIKE(successonerror): [typed] not found answered with the 404 type
	} else if err != nil {
		return nil, err
	}
	return DeleteUser204Response{}, nil
}
