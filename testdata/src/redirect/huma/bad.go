package huma

import (
	"context"
	"net/http"

	"github.com/danielgtaylor/huma/v2"
)

type In struct {
	ID string `path:"id"`
}

type MovedOutput struct {
	Status   int
	Location string `header:"Location"`
}

type StatusOnly struct {
	Status int
}

// moved forgets the target its header field would carry.
func moved(ctx context.Context, in *In) (*MovedOutput, error) {
	return &MovedOutput{Status: http.StatusMovedPermanently}, nil // want `^301 \(http\.StatusMovedPermanently\) redirect without Location header; set it to the target first, e\.g\. a field tagged .header:"Location". in the output, set to url$`
}

func noField(ctx context.Context, in *In) (*StatusOnly, error) {
	return &StatusOnly{Status: http.StatusSeeOther}, nil // want `303 \(http\.StatusSeeOther\) redirect without Location header`
}

func Register(api huma.API) {
	huma.Get(api, "/old/{id}", moved)
	huma.Post(api, "/forms", noField)
	api.UseMiddleware(func(ctx huma.Context, next func(huma.Context)) {
		if ctx.Header("X-Old") != "" {
			ctx.SetStatus(http.StatusFound) // want `302 \(http\.StatusFound\) redirect without Location header; set it to the target first, e\.g\. ctx\.SetHeader\("Location", url\)`
			return
		}
		next(ctx)
	})
}
