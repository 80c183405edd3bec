package huma

import (
	"context"
	"net/http"

	"github.com/danielgtaylor/huma/v2"
)

type ChallengeOutput struct {
	WWWAuthenticate string `header:"WWW-Authenticate"`
	Status          int
}

func withHeaders(ctx context.Context, in *MeInput) (*MeOutput, error) {
	if in.Token == "" {
		return nil, huma.ErrorWithHeaders(huma.Error401Unauthorized("sign in first"), http.Header{"WWW-Authenticate": {`Bearer realm="api"`}})
	}
	return &MeOutput{}, nil
}

func withHeadersVar(ctx context.Context, in *MeInput) (*MeOutput, error) {
	err := huma.ErrorWithHeaders(huma.NewError(http.StatusUnauthorized, "sign in first"), http.Header{"Www-Authenticate": {"Bearer"}})
	if in.Token == "" {
		return nil, err
	}
	return &MeOutput{}, nil
}

// challenge is built elsewhere; it may hold the challenge.
func challenge() http.Header { return http.Header{"WWW-Authenticate": {"Bearer"}} }

// challengeField: an output whose status is 401 and whose header field
// carries the challenge.
func challengeField(ctx context.Context, in *MeInput) (*ChallengeOutput, error) {
	if in.Token == "" {
		return &ChallengeOutput{Status: http.StatusUnauthorized, WWWAuthenticate: "Bearer"}, nil
	}
	return &ChallengeOutput{Status: http.StatusOK}, nil
}

// forbidden is not a 401.
func forbidden(ctx context.Context, in *MeInput) (*MeOutput, error) {
	return nil, huma.Error403Forbidden("not yours")
}

func RegisterGood(api huma.API) {
	huma.Get(api, "/g1", withHeaders)
	huma.Get(api, "/g2", withHeadersVar)
	huma.Get(api, "/g3", func(ctx context.Context, in *MeInput) (*MeOutput, error) {
		if in.Token == "" {
			return nil, huma.ErrorWithHeaders(huma.Error401Unauthorized("sign in first"), challenge())
		}
		return &MeOutput{}, nil
	})
	huma.Get(api, "/g4", challengeField)
	huma.Get(api, "/g5", forbidden)
	api.UseMiddleware(func(ctx huma.Context, next func(huma.Context)) {
		if ctx.Header("Authorization") == "" {
			ctx.SetHeader("WWW-Authenticate", "Bearer")
			huma.WriteErr(api, ctx, http.StatusUnauthorized, "sign in first")
			return
		}
		next(ctx)
	})
}
