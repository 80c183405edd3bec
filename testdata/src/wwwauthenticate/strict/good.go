package strict

import (
	"context"

	api "example.com/strictapi"
)

// Login's 401 declares the challenge in the spec, and sets it.
func (server) Login(ctx context.Context, req api.LoginRequestObject) (api.LoginResponseObject, error) {
	if req.Body.Password == "" {
		return api.Login401JSONResponse{Body: api.Error{Message: "wrong password"}, Headers: api.Login401ResponseHeaders{WWWAuthenticate: `Basic realm="api"`}}, nil
	}
	return api.Login204Response{}, nil
}

// CreateUser's failures are not 401s; a store failure is the handler's
// error, which the strict handler's error function writes.
func (server) CreateUser(ctx context.Context, req api.CreateUserRequestObject) (api.CreateUserResponseObject, error) {
	if req.Body == nil {
		return api.CreateUser400JSONResponse{Message: "no body"}, nil
	}
	return api.CreateUser202JSONResponse{Name: req.Body.Name}, nil
}

// viaDefault chooses the status in a field: not known here.
func viaDefault(ctx context.Context, code int) (api.GetUserResponseObject, error) {
	return api.GetUserdefaultJSONResponse{StatusCode: code}, nil
}
