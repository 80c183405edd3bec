package strict

import (
	"context"
	"errors"

	"example.com/store"
	api "example.com/strictapi"
)

type server struct{ db *store.DB }

func (s server) GetUser(ctx context.Context, req api.GetUserRequestObject) (api.GetUserResponseObject, error) {
	item, err := s.db.Get(ctx, int(req.Id))
	if errors.Is(err, store.ErrNotFound) {
		return api.GetUser200JSONResponse{}, nil // want `lookup miss answered with status 200 and an empty body; write 404 \(http.StatusNotFound\) instead`
	}
	if err != nil {
		return nil, err
	}
	return api.GetUser200JSONResponse{Name: item.Name}, nil
}
