// Package stricthand returns typed responses written by hand: the missing
// challenge is the type's, reported in its package.
package stricthand

import (
	"context"

	api "example.com/stricthand"
)

type userKey struct{}

func GetUser(ctx context.Context, id int64) (api.GetUserResponseObject, error) {
	if _, ok := ctx.Value(userKey{}).(int64); !ok {
		return api.GetUser401JSONResponse{Message: "sign in first"}, nil
	}
	return api.GetUser200JSONResponse{Name: "x"}, nil
}
